import { IsolationLevel } from '@mikro-orm/core';
import { notFound } from '../../../common/errors';
import type { Context } from '../../../context';
import type { OfficialDocument } from './document';

/**
 * A document built from one snapshot of the database: a dozen queries make one, and a save landing
 * between two of them must not leave a total that does not add up. NOT_FOUND for an unknown plan.
 */
export const buildDocument = async (
  context: Context,
  build: (context: Context) => Promise<OfficialDocument | null>,
): Promise<OfficialDocument> => {
  const document = await context.em.transactional((em) => build({ ...context, em }), {
    isolationLevel: IsolationLevel.REPEATABLE_READ,
    readOnly: true,
  });
  if (!document) throw notFound('plan');
  return document;
};
