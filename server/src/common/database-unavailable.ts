import type { ApolloServerPlugin } from '@apollo/server';
import { GraphQLError } from 'graphql';
import { ErrorCode } from './errors';

export const DATABASE_UNAVAILABLE_MESSAGE = 'The database is unavailable; try again shortly.';

// connection_exception (08…), admin_shutdown, crash_shutdown, cannot_connect_now (57P01-03: stopping,
// restarting, starting up), too_many_connections.
const UNAVAILABLE_SQLSTATE = /^(08...|57P0[1-3]|53300)$/;
const UNAVAILABLE_ERRNO = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// node-postgres's words for a connection that closed or broke under a query.
const UNAVAILABLE_MESSAGE =
  /^Connection terminated|^Client has encountered a connection error|^Connection ended unexpectedly/;

/**
 * Whether an error means PostgreSQL cannot be reached or is going away, as node-postgres, knex
 * and MikroORM report it (MikroORM copies the driver's `code`; GraphQL wraps it as `originalError`).
 */
export const isDatabaseUnavailable = (error: unknown, depth = 0): boolean => {
  if (!(error instanceof Error) || depth > 5) return false;
  const { code } = error as { code?: unknown };
  if (typeof code === 'string' && (UNAVAILABLE_ERRNO.has(code) || UNAVAILABLE_SQLSTATE.test(code))) return true;
  if (UNAVAILABLE_MESSAGE.test(error.message)) return true;
  const inner = [error.cause, error instanceof GraphQLError ? error.originalError : undefined];
  if (error instanceof AggregateError) inner.push(...error.errors);
  return inner.some((cause) => isDatabaseUnavailable(cause, depth + 1));
};

export const databaseUnavailable = () =>
  new GraphQLError(DATABASE_UNAVAILABLE_MESSAGE, {
    extensions: { code: ErrorCode.DATABASE_UNAVAILABLE, http: { status: 503 } },
  });

/** For a `.catch`: a lost database becomes DATABASE_UNAVAILABLE (HTTP 503), anything else goes on as it was. */
export const rethrowIfDatabaseUnavailable = (error: unknown): never => {
  throw isDatabaseUnavailable(error) ? databaseUnavailable() : error;
};

/** HTTP 503 for an operation whose answer says the database is unavailable (formatError gives the code). */
export const databaseUnavailableStatusPlugin: ApolloServerPlugin = {
  async requestDidStart() {
    return {
      async willSendResponse({ response }) {
        const errors = response.body.kind === 'single' ? response.body.singleResult.errors : undefined;
        if (errors?.some((error) => error.extensions?.code === ErrorCode.DATABASE_UNAVAILABLE)) {
          response.http.status = 503;
        }
      },
    };
  },
};
