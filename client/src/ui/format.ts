import { formatDong } from './amount';

// Display formats of the console. Figures always use Vietnamese notation (dot thousands, comma
// decimals, dd/mm/yyyy), in both languages, so they read exactly as in the plan's documents.

const MONEY_PATTERN = /^-?\d+$/;
const DATE_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

const numberFormat = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });

/** Parses a Money scalar (whole đồng as a decimal string) without ever going through a float. */
export function parseMoney(amount: string): bigint {
  if (!MONEY_PATTERN.test(amount)) {
    throw new RangeError(`Not a Money value: "${amount}"`);
  }
  return BigInt(amount);
}

/** `1234567000` as `1.234.567.000 ₫`. */
export function formatMoney(amount: string): string {
  return formatDong(parseMoney(amount));
}

/** `2022-04-30` as `30/04/2022`; string work only, so no time zone can move the day. */
export function formatDate(isoDate: string): string {
  const match = DATE_PATTERN.exec(isoDate);
  if (!match) {
    throw new RangeError(`Not a Date value: "${isoDate}"`);
  }
  const [, year = '', month = '', day = ''] = match;
  const monthNumber = Number(month);
  const dayNumber = Number(day);
  if (monthNumber < 1 || monthNumber > 12 || dayNumber < 1 || dayNumber > daysInMonth(year, monthNumber)) {
    throw new RangeError(`Not a calendar date: "${isoDate}"`);
  }
  return `${day}/${month}/${year}`;
}

/** Up to two decimals, Vietnamese notation: `1234.5` as `1.234,5`. */
export function formatNumber(value: number): string {
  return numberFormat.format(value);
}

/** `32.73` as `32,73%`. */
export function formatPercent(value: number): string {
  return `${formatNumber(value)}%`;
}

function daysInMonth(year: string, month: number): number {
  // Day 0 of the next month is the last day of this one; UTC keeps local zones out of it.
  return new Date(Date.UTC(Number(year), month, 0)).getUTCDate();
}
