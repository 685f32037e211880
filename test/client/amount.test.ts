import { describe, expect, it } from 'vitest';
import { formatAmount, formatAmountExact, groupThousands, MAX_AMOUNT, parseAmount } from '../../client/src/ui/amount';

const value = (text: string, unit: 'DONG' | 'MILLION' = 'DONG') => {
  const parsed = parseAmount(text, unit);
  if (!parsed.ok) throw new Error(`${text}: ${parsed.error}`);
  return parsed.value;
};

describe('parseAmount: every form an officer types', () => {
  it.each([
    ['1.500.000.000', 1_500_000_000n],
    ['1500000000', 1_500_000_000n],
    ['1,5 tỷ', 1_500_000_000n],
    ['1,5 tỉ', 1_500_000_000n],
    ['1,5tỷ', 1_500_000_000n],
    ['2 tỷ', 2_000_000_000n],
    ['1,25 Tỷ đồng', 1_250_000_000n],
    ['250 triệu', 250_000_000n],
    ['250triệu', 250_000_000n],
    ['250 tr', 250_000_000n],
    ['250 triệu đồng', 250_000_000n],
    ['0,5 triệu', 500_000n],
    ['1.250,5 triệu', 1_250_500_000n],
    ['500 nghìn', 500_000n],
    ['500 ngàn', 500_000n],
    ['1.500.000.000 ₫', 1_500_000_000n],
    ['1.500.000.000đ', 1_500_000_000n],
    ['1.500.000.000 đồng', 1_500_000_000n],
    ['1.500.000.000 VND', 1_500_000_000n],
    ['1 500 000 000', 1_500_000_000n],
    ['1\u00a0500\u00a0000\u00a0000', 1_500_000_000n],
    ['1.500.000.000,00', 1_500_000_000n],
    ['1,500,000,000', 1_500_000_000n],
    ['  42  ', 42n],
    ['0', 0n],
    ['007', 7n],
  ])('%s is %s đồng', (text, expected) => {
    expect(value(text)).toBe(expected);
  });

  it('reads bare numbers in millions when the grid shows millions, and words still win', () => {
    expect(value('1.500', 'MILLION')).toBe(1_500_000_000n);
    expect(value('1,5', 'MILLION')).toBe(1_500_000n);
    expect(value('1,234567', 'MILLION')).toBe(1_234_567n);
    expect(value('1,5 tỷ', 'MILLION')).toBe(1_500_000_000n);
    expect(value('1.500.000 đồng', 'MILLION')).toBe(1_500_000n);
  });

  it('stays exact far beyond the range of a float', () => {
    expect(value('999.999.999.999.999')).toBe(999_999_999_999_999n);
    expect(value('1.000.000.000.000.000')).toBe(MAX_AMOUNT);
    expect(value('0,000001 tỷ')).toBe(1_000n);
    expect(value('123456,789 triệu')).toBe(123_456_789_000n);
  });
});

describe('parseAmount: what it refuses', () => {
  it.each([
    ['1,5,0', 'MALFORMED'],
    ['-5', 'NEGATIVE'],
    ['-0', 'NEGATIVE'],
    ['−5', 'NEGATIVE'],
    ['(5)', 'NEGATIVE'],
    ['1.5 đồng', 'MALFORMED'],
    ['', 'EMPTY'],
    ['   ', 'EMPTY'],
    ['1.5', 'MALFORMED'],
    ['1.50.000', 'MALFORMED'],
    ['1,5', 'FRACTION_OF_DONG'],
    ['1,0000000001 tỷ', 'FRACTION_OF_DONG'],
    ['0,0000001', 'FRACTION_OF_DONG'],
    ['1e9', 'MALFORMED'],
    ['abc', 'MALFORMED'],
    ['tỷ', 'MALFORMED'],
    ['1,500', 'FRACTION_OF_DONG'],
    ['1.000.000.000.000.001', 'TOO_LARGE'],
    ['2 nghìn tỷ tỷ', 'MALFORMED'],
  ])('%s → %s', (text, error) => {
    expect(parseAmount(text)).toEqual({ ok: false, error });
  });

  it('refuses a fraction of a đồng in millions too', () => {
    expect(parseAmount('0,0000001', 'MILLION')).toEqual({ ok: false, error: 'FRACTION_OF_DONG' });
  });

  // The console sends `value.toString()`: a bigint has no -0 and no leading zero, which the server's
  // Money scalar refuses.
  it.each(['0', '00', '007', '0 tỷ', '0,5 triệu', '000.000'])(
    'reads "%s" as an amount sent in its one form',
    (text) => {
      expect(value(text).toString()).toMatch(/^(0|[1-9]\d*)$/);
    },
  );
});

describe('formatting', () => {
  it('groups thousands with dots', () => {
    expect(groupThousands(0n)).toBe('0');
    expect(groupThousands(1_234_567_000n)).toBe('1.234.567.000');
    expect(groupThousands(-1_500n)).toBe('-1.500');
  });

  it('shows millions with up to three decimals, rounded half away from zero', () => {
    expect(formatAmount(1_500_000_000n, 'MILLION')).toBe('1.500');
    expect(formatAmount(1_234_567n, 'MILLION')).toBe('1,235');
    expect(formatAmount(1_500n, 'MILLION')).toBe('0,002');
    expect(formatAmount(-700_000_005n, 'MILLION')).toBe('-700');
    expect(formatAmount(1_500_000_000n, 'DONG')).toBe('1.500.000.000');
  });

  it('writes an exact form that parses back to the same amount', () => {
    for (const amount of [0n, 1n, 999n, 1_234_567n, 1_500_000_000n, 987_654_321_123n, MAX_AMOUNT]) {
      for (const unit of ['DONG', 'MILLION'] as const) {
        expect(value(formatAmountExact(amount, unit), unit)).toBe(amount);
      }
    }
  });
});
