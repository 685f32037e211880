// Amounts as finance officers type them, read exactly: BigInt arithmetic only, never a float.
// Vietnamese notation groups thousands with dots and writes decimals after a comma:
// "1.500.000.000", "1500000000", "1,5 tỷ", "250 triệu", "250 triệu đồng", "1.500.000.000 ₫".

/** The unit a bare number is read in, and shown in: whole đồng or millions of đồng (triệu đồng). */
export type AmountUnit = 'DONG' | 'MILLION';

export type AmountError = 'EMPTY' | 'NEGATIVE' | 'MALFORMED' | 'FRACTION_OF_DONG' | 'TOO_LARGE';

export type AmountParse = { ok: true; value: bigint } | { ok: false; error: AmountError };

/** The largest amount one allocation may carry (the server's limit: 10^15 đồng). */
export const MAX_AMOUNT = 10n ** 15n;

const ONE_MILLION = 1_000_000n;

const UNIT_SCALE: Record<AmountUnit, bigint> = { DONG: 1n, MILLION: ONE_MILLION };

// Words that scale the number before them. Longest first, so "triệu" is not read as "tr" + "iệu".
const SCALE_WORDS: readonly [string, bigint][] = [
  ['nghìn tỷ', 10n ** 12n],
  ['ngàn tỷ', 10n ** 12n],
  ['triệu', ONE_MILLION],
  ['trieu', ONE_MILLION],
  ['nghìn', 1000n],
  ['ngàn', 1000n],
  ['tỷ', 10n ** 9n],
  ['tỉ', 10n ** 9n],
  ['ty', 10n ** 9n],
  ['tr', ONE_MILLION],
];

// A trailing currency word says "đồng", which also overrides a grid shown in millions.
const CURRENCY_SUFFIX = /\s*(?:₫|đồng|đ|dong|vnđ|vnd)$/;

// 1.500.000.000 or 1500000000, optionally with a decimal part after a comma.
const VIETNAMESE_NUMBER = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?$/;
// 1 500 000 000 (spaces, as some spreadsheets group): the same, spaces for dots.
const SPACED_NUMBER = /^(\d{1,3}(?: \d{3})+)(?:,(\d+))?$/;
// 1,500,000,000 from an English-language spreadsheet: two or more comma groups cannot be a decimal.
const ENGLISH_GROUPED = /^\d{1,3}(?:,\d{3}){2,}$/;

/**
 * Reads an amount of đồng. A bare number is in `unit`; "tỷ", "triệu", "nghìn" scale it and
 * "đồng"/"₫" pin it to đồng. Negative, fractional-đồng and malformed input is refused, never rounded.
 */
export function parseAmount(text: string, unit: AmountUnit = 'DONG'): AmountParse {
  let rest = text
    .normalize('NFC')
    .replace(/[\u00a0\u202f\u2007]/g, ' ')
    .trim()
    .toLowerCase()
    .replace(/\s+/g, ' ');
  if (rest === '') return { ok: false, error: 'EMPTY' };
  if (/^[-−–(]/.test(rest)) return { ok: false, error: 'NEGATIVE' };

  let scale = UNIT_SCALE[unit];
  const currency = CURRENCY_SUFFIX.exec(rest);
  if (currency) {
    rest = rest.slice(0, currency.index).trimEnd();
    scale = 1n;
  }
  for (const [word, wordScale] of SCALE_WORDS) {
    if (rest.endsWith(word) && /[\d\s]$/.test(rest.slice(0, -word.length))) {
      rest = rest.slice(0, -word.length).trimEnd();
      scale = wordScale;
      break;
    }
  }

  const number = readNumber(rest);
  if (!number) return { ok: false, error: 'MALFORMED' };
  const { whole, fraction } = number;
  const denominator = 10n ** BigInt(fraction.length);
  const scaledFraction = (fraction === '' ? 0n : BigInt(fraction)) * scale;
  if (scaledFraction % denominator !== 0n) return { ok: false, error: 'FRACTION_OF_DONG' };
  const value = BigInt(whole) * scale + scaledFraction / denominator;
  if (value > MAX_AMOUNT) return { ok: false, error: 'TOO_LARGE' };
  return { ok: true, value };
}

function readNumber(text: string): { whole: string; fraction: string } | null {
  if (ENGLISH_GROUPED.test(text)) return { whole: text.replaceAll(',', ''), fraction: '' };
  const match = VIETNAMESE_NUMBER.exec(text) ?? SPACED_NUMBER.exec(text);
  if (!match) return null;
  const [, whole = '', fraction = ''] = match;
  return { whole: whole.replace(/[. ]/g, ''), fraction };
}

// Intl formats a bigint exactly, however large: never through a float.
const dongFormat = new Intl.NumberFormat('vi-VN');

/** `1500000000n` as `1.500.000.000`. */
export function groupThousands(value: bigint): string {
  return dongFormat.format(value);
}

/**
 * The amount as a grid shows it: đồng grouped (`1.500.000.000`), or millions with up to three
 * decimals, trailing zeros dropped (`1.500`, `1.234,57`), rounded half away from zero.
 */
export function formatAmount(value: bigint, unit: AmountUnit): string {
  if (unit === 'DONG') return groupThousands(value);
  return formatScaled(value, 3, true);
}

/**
 * The exact amount in `unit`, for an editor or the clipboard: reading it back with `parseAmount`
 * gives the same bigint (millions keep up to six decimals: `1.234,567891`).
 */
export function formatAmountExact(value: bigint, unit: AmountUnit): string {
  if (unit === 'DONG') return groupThousands(value);
  return formatScaled(value, 6, true);
}

/** `1.500.000.000 ₫`. */
export function formatDong(value: bigint): string {
  return `${groupThousands(value)} ₫`;
}

function formatScaled(value: bigint, fractionDigits: number, trimZeros: boolean): string {
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const step = ONE_MILLION / 10n ** BigInt(fractionDigits);
  const scaled = (magnitude + step / 2n) / step;
  const scale = 10n ** BigInt(fractionDigits);
  const sign = negative && scaled !== 0n ? '-' : '';
  let fraction = (scaled % scale).toString().padStart(fractionDigits, '0');
  if (trimZeros) fraction = fraction.replace(/0+$/, '');
  const whole = groupThousands(scaled / scale);
  return fraction === '' ? `${sign}${whole}` : `${sign}${whole},${fraction}`;
}
