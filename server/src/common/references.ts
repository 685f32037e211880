import type { Reference } from '@mikro-orm/core';

/**
 * The entity behind a reference: at once when the request has already loaded it (a grid's cells
 * point at envelopes and units loaded beside them), so that a list of a thousand rows does not
 * cost a thousand promises; otherwise loaded, batched by the ORM's dataloader.
 */
export const entityOf = <T extends object>(reference: Reference<T>): T | Promise<T> =>
  reference.isInitialized() ? reference.getEntity() : (reference.load() as Promise<T>);

/** As entityOf, for an optional reference. */
export const optionalEntityOf = <T extends object>(
  reference: Reference<T> | null | undefined,
): T | Promise<T> | null => (reference ? entityOf(reference) : null);
