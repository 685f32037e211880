import { ApolloLink, type ErrorLike } from '@apollo/client';
import { CombinedGraphQLErrors, ServerError } from '@apollo/client/errors';
import { useSyncExternalStore } from 'react';
import { tap } from 'rxjs';

const DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE';

interface ErrorWithCode {
  extensions?: Record<string, unknown> | null;
}

const hasCode = (errors: readonly ErrorWithCode[] | null | undefined) =>
  errors?.some((error) => error.extensions?.code === DATABASE_UNAVAILABLE) ?? false;

/**
 * The server answered that its database cannot be reached (HTTP 503, code DATABASE_UNAVAILABLE):
 * as GraphQL errors, or as a ServerError when the answer came as plain `application/json`.
 */
export function isDatabaseUnavailable(error: ErrorLike | undefined): boolean {
  if (CombinedGraphQLErrors.is(error)) return hasCode(error.errors);
  if (!ServerError.is(error) || error.statusCode !== 503) return false;
  try {
    return hasCode((JSON.parse(error.bodyText) as { errors?: ErrorWithCode[] }).errors);
  } catch {
    return false;
  }
}

/** Whether the database was unavailable at the server's last answer; read by the banner. */
export interface DatabaseStatus {
  unavailable(): boolean;
  /** Each answer from the server: `true` when it said DATABASE_UNAVAILABLE, `false` for any other. */
  report(unavailable: boolean): void;
  subscribe(listener: () => void): () => void;
}

export function createDatabaseStatus(): DatabaseStatus {
  let unavailable = false;
  const listeners = new Set<() => void>();
  return {
    unavailable: () => unavailable,
    report(next) {
      if (next === unavailable) return;
      unavailable = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

/** The console's one status, fed by every HTTP operation (see `databaseStatusLink`). */
export const databaseStatus = createDatabaseStatus();

/**
 * Reports every answer to `status`: DATABASE_UNAVAILABLE raises the banner, any other answer from
 * the server lowers it. A request that reached no server (offline) says nothing about the database.
 */
export function databaseStatusLink(status: DatabaseStatus): ApolloLink {
  return new ApolloLink((operation, forward) =>
    forward(operation).pipe(
      tap({
        next: (result) => status.report('errors' in result && hasCode(result.errors)),
        error: (error: ErrorLike) => {
          if (isDatabaseUnavailable(error)) status.report(true);
          else if (ServerError.is(error)) status.report(false);
        },
      }),
    ),
  );
}

export function useDatabaseUnavailable(): boolean {
  return useSyncExternalStore(databaseStatus.subscribe, databaseStatus.unavailable);
}
