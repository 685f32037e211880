/** Why a sign-in did not succeed, as the form explains it. */
export type LoginFailure =
  | { code: 'INVALID_CREDENTIALS' | 'FAILED' | 'UNREACHABLE' }
  | { code: 'ACCOUNT_LOCKED' | 'RATE_LIMITED'; retryMinutes: number | null };

interface LoginRefusal {
  userErrors: readonly { code: string }[];
  retryAfterSeconds: number | null;
}

/** The failure a `login` payload without a token stands for. */
export function loginFailureOf(payload: LoginRefusal): LoginFailure {
  const codes = payload.userErrors.map((error) => error.code);
  if (codes.includes('ACCOUNT_LOCKED')) {
    return { code: 'ACCOUNT_LOCKED', retryMinutes: retryMinutes(payload.retryAfterSeconds) };
  }
  return { code: codes.includes('INVALID_CREDENTIALS') ? 'INVALID_CREDENTIALS' : 'FAILED' };
}

/** Whole minutes to wait, rounded up so that trying again after them works; at least 1. */
export function retryMinutes(seconds: number | null): number | null {
  if (seconds === null || !Number.isFinite(seconds) || seconds < 0) return null;
  return Math.max(1, Math.ceil(seconds / 60));
}

interface GraphQLErrorLike {
  extensions?: Record<string, unknown> | null;
}

/** The server's rate limit refused the request (HTTP 429): the failure, with how long to wait. */
export function rateLimitFailureOf(
  errors: readonly GraphQLErrorLike[] | null,
  statusCode: number | null,
): LoginFailure | null {
  const limited = errors?.find((error) => error.extensions?.code === 'RATE_LIMITED');
  if (!limited && statusCode !== 429) return null;
  const seconds = limited?.extensions?.retryAfterSeconds;
  return { code: 'RATE_LIMITED', retryMinutes: retryMinutes(typeof seconds === 'number' ? seconds : null) };
}
