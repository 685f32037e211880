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

// The district's clock: a change made at 23:30 in Ia H'Drai is dated that day, whatever the browser's zone.
const dateTimeFormat = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** An instant as `20/04/2022 14:05`, Vietnam time. */
export function formatDateTime(instant: string): string {
  const parts = Object.fromEntries(
    dateTimeFormat.formatToParts(new Date(instant)).map((part) => [part.type, part.value]),
  );
  return `${parts.day}/${parts.month}/${parts.year} ${parts.hour}:${parts.minute}`;
}

/** Today's date in Vietnam (UTC+7, no daylight saving), `YYYY-MM-DD`, whatever the browser's zone. */
export function vietnamToday(now: Date): string {
  return new Date(now.getTime() + 7 * 60 * 60 * 1000).toISOString().slice(0, 10);
}
