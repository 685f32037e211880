import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber, formatPercent, parseMoney } from '../../client/src/ui/format';

describe('parseMoney', () => {
  it('keeps every digit of amounts beyond the range of a float', () => {
    expect(parseMoney('9007199254740993')).toBe(9007199254740993n);
  });

  it('rejects anything that is not whole đồng', () => {
    for (const bad of ['', '12.5', '1,000', '1e9', ' 100', 'abc', '+5']) {
      expect(() => parseMoney(bad), bad).toThrow(RangeError);
    }
  });
});

describe('formatMoney', () => {
  it('groups thousands with dots and puts the đồng sign after the amount', () => {
    expect(formatMoney('1234567000')).toBe('1.234.567.000 ₫');
    expect(formatMoney('1250000000')).toBe('1.250.000.000 ₫');
  });

  it('handles small, zero and negative amounts', () => {
    expect(formatMoney('0')).toBe('0 ₫');
    expect(formatMoney('999')).toBe('999 ₫');
    expect(formatMoney('1000')).toBe('1.000 ₫');
    expect(formatMoney('-1500000')).toBe('-1.500.000 ₫');
  });

  it('is exact where a float would round', () => {
    expect(formatMoney('123456789012345678901')).toBe('123.456.789.012.345.678.901 ₫');
    expect(formatMoney('9007199254740993')).toBe('9.007.199.254.740.993 ₫');
  });
});

describe('formatDate', () => {
  it('turns an ISO date into dd/mm/yyyy', () => {
    expect(formatDate('2022-04-30')).toBe('30/04/2022');
    expect(formatDate('2022-06-10')).toBe('10/06/2022');
    expect(formatDate('2021-01-27')).toBe('27/01/2021');
  });

  it('never shifts the day, whatever the time zone', () => {
    // The first and last day of a year are where a UTC/local mix-up would show.
    expect(formatDate('2022-01-01')).toBe('01/01/2022');
    expect(formatDate('2022-12-31')).toBe('31/12/2022');
  });

  it('accepts 29 February only in leap years', () => {
    expect(formatDate('2024-02-29')).toBe('29/02/2024');
    expect(() => formatDate('2022-02-29')).toThrow(RangeError);
  });

  it('rejects values that are not calendar dates', () => {
    for (const bad of ['', '30/04/2022', '2022-4-30', '2022-13-01', '2022-04-31', '2022-04-30T00:00']) {
      expect(() => formatDate(bad), bad).toThrow(RangeError);
    }
  });
});

describe('formatNumber and formatPercent', () => {
  it('uses a comma for decimals and a dot for thousands', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatNumber(8)).toBe('8');
  });

  it('shows percentages with at most two decimals', () => {
    expect(formatPercent(32.73)).toBe('32,73%');
    expect(formatPercent(40.73)).toBe('40,73%');
    expect(formatPercent(8)).toBe('8%');
    expect(formatPercent(12.345)).toBe('12,35%');
  });
});
