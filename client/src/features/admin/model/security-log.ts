import type { SecurityEventFilter, SecurityEventKind } from '../../../apollo/generated';
import { parseDisplayDate } from '../../../ui/date-input';
import { addDays, startOfVietnamDay } from '../../../ui/vietnam-time';

export const SECURITY_EVENT_KINDS: readonly SecurityEventKind[] = [
  'SIGN_IN',
  'SIGN_IN_FAILED',
  'ACCOUNT_LOCKED',
  'SIGN_OUT',
  'PASSWORD_CHANGED',
  'PASSWORD_RESET',
  'USER_CREATED',
  'USER_UPDATED',
  'API_TOKEN_CREATED',
  'API_TOKEN_REVOKED',
];

/** Rows fetched per "load more". */
export const SECURITY_LOG_PAGE = 50;

export interface SecurityLogFilterForm {
  kind: SecurityEventKind | '';
  userId: string;
  /** dd/mm/yyyy, or empty: from the first day on record. */
  from: string;
  /** dd/mm/yyyy, inclusive, or empty: up to now. */
  to: string;
}

export const EMPTY_SECURITY_LOG_FILTER: SecurityLogFilterForm = { kind: '', userId: '', from: '', to: '' };

export type SecurityLogFilterParse =
  | { ok: true; filter: SecurityEventFilter }
  | { ok: false; from: boolean; to: boolean; order: boolean };

/**
 * The form as the API's filter. Days are Vietnamese days: `from` is the start of its day, and `to`
 * includes its whole day (the API's `to` is exclusive, so it is the start of the next one).
 */
export function toSecurityEventFilter(form: SecurityLogFilterForm): SecurityLogFilterParse {
  const from = form.from.trim() === '' ? null : parseDisplayDate(form.from);
  const to = form.to.trim() === '' ? null : parseDisplayDate(form.to);
  const badFrom = form.from.trim() !== '' && from === null;
  const badTo = form.to.trim() !== '' && to === null;
  const order = from !== null && to !== null && from > to;
  if (badFrom || badTo || order) return { ok: false, from: badFrom, to: badTo, order };
  const filter: SecurityEventFilter = {};
  if (form.kind) filter.kind = form.kind;
  if (form.userId) filter.userId = form.userId;
  if (from) filter.from = startOfVietnamDay(from);
  if (to) filter.to = startOfVietnamDay(addDays(to, 1));
  return { ok: true, filter };
}
