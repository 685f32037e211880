import { formatDate } from './format';
import { vietnamClock } from './vietnam-time';

// Dates as officers write them (dd/mm/yyyy), turned into the API's YYYY-MM-DD by string work only,
// so no time zone can move the day.

const DISPLAY_DATE = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** `20/04/2022` (or `20.4.2022`, or already `2022-04-20`) as `2022-04-20`; null when not a calendar date. */
export function parseDisplayDate(text: string): string | null {
  const trimmed = text.trim();
  const iso = ISO_DATE.exec(trimmed);
  const display = DISPLAY_DATE.exec(trimmed);
  let year: number;
  let month: number;
  let day: number;
  if (iso) {
    [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  } else if (display) {
    [day, month, year] = [Number(display[1]), Number(display[2]), Number(display[3])];
  } else {
    return null;
  }
  if (month < 1 || month > 12 || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** An instant as `20/04/2022 14:05` on the district's clock (a change at 23:30 there is dated that day). */
export function formatDateTime(instant: string): string {
  const { date, time } = vietnamClock(new Date(instant));
  return `${formatDate(date)} ${time}`;
}
