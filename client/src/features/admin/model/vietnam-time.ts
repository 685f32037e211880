// The district's calendar (UTC+7, no daylight saving): a day starts at 00:00 in Ia H'Drai whatever
// the browser's zone.
const OFFSET = '+07:00';
const OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Today's date in Vietnam, `YYYY-MM-DD`. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + OFFSET_MS).toISOString().slice(0, 10);
}

/** An ISO date plus (or minus) whole days, by calendar. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a Vietnamese day starts, as the API's DateTime. */
export function startOfVietnamDay(isoDate: string): string {
  return `${isoDate}T00:00:00${OFFSET}`;
}

/** The last second of a Vietnamese day. */
export function endOfVietnamDay(isoDate: string): string {
  return `${isoDate}T23:59:59${OFFSET}`;
}
