// The district's clock and calendar, for the console and the server alike: the server imports this
// file too (server/src/common/vietnam-time.ts), so it stays plain TypeScript with no DOM or React.
// Vietnam keeps UTC+7 all year, with no daylight saving (tz database: Asia/Ho_Chi_Minh since 1975);
// Intl converts, so neither the machine's zone nor the browser's can move a day.

export const VIETNAM_TIME_ZONE = 'Asia/Ho_Chi_Minh';

// The inverse, a Vietnamese day to instants, needs the offset itself: Intl only goes the other way.
const VIETNAM_OFFSET = '+07:00';
const DAY_MS = 24 * 60 * 60 * 1000;

const clock = new Intl.DateTimeFormat('en-US', {
  timeZone: VIETNAM_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** What a clock in Ia H'Drai shows at an instant: the date `YYYY-MM-DD` and the time `HH:mm`. */
export function vietnamClock(instant: Date): { date: string; time: string } {
  const parts: Partial<Record<Intl.DateTimeFormatPartTypes, string>> = {};
  for (const part of clock.formatToParts(instant)) parts[part.type] = part.value;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}` };
}

/** Today's date in Vietnam, `YYYY-MM-DD`. */
export function todayInVietnam(now: Date = new Date()): string {
  return vietnamClock(now).date;
}

/** An ISO date plus (or minus) whole days, by calendar. */
export function addDays(isoDate: string, days: number): string {
  return new Date(Date.parse(`${isoDate}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The instant a Vietnamese day starts, as the API's DateTime. */
export function startOfVietnamDay(isoDate: string): string {
  return `${isoDate}T00:00:00${VIETNAM_OFFSET}`;
}

/** The last second of a Vietnamese day. */
export function endOfVietnamDay(isoDate: string): string {
  return `${isoDate}T23:59:59${VIETNAM_OFFSET}`;
}
