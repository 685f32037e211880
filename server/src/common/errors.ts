import { GraphQLError } from 'graphql';

/** Codes of thrown GraphQL errors (the third tier: not business outcomes, which are userErrors). */
export enum ErrorCode {
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  FORBIDDEN = 'FORBIDDEN',
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
  /** PostgreSQL cannot be reached (HTTP 503): nothing the caller did; try again shortly. */
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
}

export const unauthenticated = () =>
  new GraphQLError('Sign in first: send "Authorization: Bearer <token>" from the login mutation.', {
    extensions: { code: ErrorCode.UNAUTHENTICATED, http: { status: 401 } },
  });

export const forbidden = (what = 'this operation') =>
  new GraphQLError(`Your role does not allow ${what}.`, { extensions: { code: ErrorCode.FORBIDDEN } });

export const badUserInput = (message: string, field?: string) =>
  new GraphQLError(message, { extensions: { code: ErrorCode.BAD_USER_INPUT, ...(field ? { field } : {}) } });

export const notFound = (what: string) =>
  new GraphQLError(`No such ${what}.`, { extensions: { code: ErrorCode.NOT_FOUND } });
