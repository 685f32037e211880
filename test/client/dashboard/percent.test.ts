import { describe, expect, it } from 'vitest';
import { hundredths, percentOf } from '../../../client/src/ui/percent';

describe('percentOf', () => {
  it('gives two decimals of exact đồng, half away from zero', () => {
    expect(percentOf(8_474_000_000n, 27_730_000_000n)).toBe(30.56);
    expect(percentOf(1n, 3n)).toBe(33.33);
    expect(percentOf(2n, 3n)).toBe(66.67);
    // 1/8 = 12.5%; 1/16 = 6.25%; 1/32 = 3.125% → 3.13 (half up), never the float's 3.12.
    expect(percentOf(1n, 32n)).toBe(3.13);
    expect(percentOf(-1n, 32n)).toBe(-3.13);
  });

  it('stays exact beyond what a float holds', () => {
    // 10^15 đồng (the largest cell) against a plan of 3 × 10^15: a float sum would already round.
    expect(percentOf(1_000_000_000_000_001n, 3_000_000_000_000_000n)).toBe(33.33);
    expect(percentOf(999_999_999_999_999n, 1_000_000_000_000_000n)).toBe(100);
  });

  it('answers all and nothing', () => {
    expect(percentOf(0n, 5n)).toBe(0);
    expect(percentOf(5n, 5n)).toBe(100);
  });

  it('has nothing to measure against a whole of zero', () => {
    expect(percentOf(0n, 0n)).toBeNull();
    expect(percentOf(5n, 0n)).toBeNull();
  });

  it('compares percentages in hundredths, as the server does', () => {
    expect(hundredths(32.73)).toBe(3273);
    expect(hundredths(0.1 + 0.2)).toBe(30);
  });
});
