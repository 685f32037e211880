import type { ApiScope, CreateApiTokenInput } from '../../../apollo/generated';
import { parseDisplayDate } from '../../../ui/date-input';
import { addDays, endOfVietnamDay, todayInVietnam } from '../../../ui/vietnam-time';

export const API_SCOPES: readonly ApiScope[] = ['PLAN', 'BUDGET', 'HOUSEHOLDS', 'AUDIT'];

export const DEFAULT_TOKEN_DAYS = 90;
/** The server refuses a token that lives longer (EXPIRY_TOO_FAR). */
export const MAX_TOKEN_DAYS = 366;
// Room for the request's trip and a browser clock slightly ahead of the server's.
const MAX_LIFETIME_MARGIN_MS = 5 * 60 * 1000;

export type ApiTokenField = 'name' | 'userId' | 'scopes' | 'expiresAt';

export const API_TOKEN_FIELDS: readonly ApiTokenField[] = ['name', 'userId', 'scopes', 'expiresAt'];

export interface ApiTokenFormValues {
  name: string;
  userId: string;
  scopes: ReadonlySet<ApiScope>;
  /** As typed, dd/mm/yyyy. */
  expiresOn: string;
}

export type ExpiryError = 'INVALID' | 'PAST' | 'TOO_FAR';

/** The default expiry, `DEFAULT_TOKEN_DAYS` from today (Vietnam), as an ISO date. */
export function defaultExpiryDate(now: Date): string {
  return addDays(todayInVietnam(now), DEFAULT_TOKEN_DAYS);
}

/** The last date a token may be given, as an ISO date. */
export function lastExpiryDate(now: Date): string {
  return addDays(todayInVietnam(now), MAX_TOKEN_DAYS);
}

/**
 * The expiry date as the instant the token stops: the end of that day in Vietnam, except on the last
 * allowed day, where it is cut to the server's limit (366 days from now) so the server accepts it.
 */
export function parseExpiry(
  text: string,
  now: Date,
): { ok: true; expiresAt: string } | { ok: false; error: ExpiryError } {
  const date = parseDisplayDate(text);
  if (date === null) return { ok: false, error: 'INVALID' };
  if (date <= todayInVietnam(now)) return { ok: false, error: 'PAST' };
  if (date > lastExpiryDate(now)) return { ok: false, error: 'TOO_FAR' };
  const endOfDay = Date.parse(endOfVietnamDay(date));
  const limit = now.getTime() + MAX_TOKEN_DAYS * 24 * 60 * 60 * 1000 - MAX_LIFETIME_MARGIN_MS;
  return { ok: true, expiresAt: endOfDay <= limit ? endOfVietnamDay(date) : new Date(limit).toISOString() };
}

export type ApiTokenInputParse =
  | { ok: true; input: CreateApiTokenInput }
  | { ok: false; errors: Partial<Record<ApiTokenField, 'REQUIRED' | ExpiryError>> };

/** The form as the API's input, or what the form can already tell is missing or wrong. */
export function toCreateApiTokenInput(values: ApiTokenFormValues, now: Date): ApiTokenInputParse {
  const errors: Partial<Record<ApiTokenField, 'REQUIRED' | ExpiryError>> = {};
  const name = values.name.trim();
  if (!name) errors.name = 'REQUIRED';
  if (!values.userId) errors.userId = 'REQUIRED';
  if (values.scopes.size === 0) errors.scopes = 'REQUIRED';
  const expiry = parseExpiry(values.expiresOn, now);
  if (!expiry.ok) errors.expiresAt = expiry.error;
  if (!expiry.ok || Object.keys(errors).length > 0) return { ok: false, errors };
  return {
    ok: true,
    input: {
      name,
      userId: values.userId,
      scopes: API_SCOPES.filter((scope) => values.scopes.has(scope)),
      expiresAt: expiry.expiresAt,
    },
  };
}
