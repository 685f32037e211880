import { describe, expect, it } from 'vitest';
import {
  lowestDisbursement,
  millionsForChart,
  moneyLine,
  moneyOverview,
  totalLine,
} from '../../../client/src/features/dashboard/model/money';

const amounts = (assigned: string, allocated: string, disbursed: string) => ({ assigned, allocated, disbursed });

describe('money lines', () => {
  it('reads the API amounts exactly and computes both shares of the assigned money', () => {
    expect(moneyLine('x', amounts('14350000000', '12000000000', '4700000000'))).toEqual({
      item: 'x',
      assigned: 14_350_000_000n,
      allocated: 12_000_000_000n,
      disbursed: 4_700_000_000n,
      allocatedShare: 83.62,
      disbursedShare: 32.75,
    });
  });

  it('has no share where nothing was assigned', () => {
    expect(moneyLine('x', amounts('0', '0', '0'))).toMatchObject({ allocatedShare: null, disbursedShare: null });
  });

  it('adds the totals and recomputes the shares from them, never averaging shares', () => {
    const total = totalLine([moneyLine('a', amounts('100', '100', '100')), moneyLine('b', amounts('900', '0', '0'))]);
    expect(total).toEqual({
      item: null,
      assigned: 1000n,
      allocated: 100n,
      disbursed: 100n,
      allocatedShare: 10,
      disbursedShare: 10,
    });
  });
});

describe('the units with the lowest disbursement', () => {
  const unit = (name: string, assigned: string, disbursed: string) =>
    moneyLine({ id: name, name }, amounts(assigned, assigned, disbursed));

  it('lists units that received money by share disbursed, the larger unpaid amount first on a tie', () => {
    const lines = [
      unit('Ia Tơi', '7100000000', '4260000000'), // 60%
      unit('Cơ quan Tổ chức - Nội vụ', '220000000', '0'), // 0%
      unit('Ia Dom', '4900000000', '490000000'), // 10%
      unit('Ia Đal', '1000000000', '0'), // 0%, more unpaid than Tổ chức
      unit('Mặt trận', '0', '0'), // nothing allocated: not a unit to chase
    ];
    expect(lowestDisbursement(lines, 3).map((line) => line.item.name)).toEqual([
      'Ia Đal',
      'Cơ quan Tổ chức - Nội vụ',
      'Ia Dom',
    ]);
  });
});

describe('the dashboard money overview', () => {
  it('keeps projects, sources and units apart, and leaves the unallocated remainder out of the units', () => {
    const overview = moneyOverview({
      byProject: [
        { ...amounts('300', '200', '50'), project: { code: '1' } },
        { ...amounts('100', '100', '100'), project: { code: '2' } },
      ],
      bySource: [{ ...amounts('400', '300', '150'), source: 'CENTRAL_BUDGET' }],
      byUnit: [
        { ...amounts('200', '200', '50'), unit: { id: 'u1', name: 'Ia Tơi' } },
        { ...amounts('100', '100', '100'), unit: { id: 'u2', name: 'Ia Dom' } },
        // Grouped by unit, the assigned-but-unallocated money comes back without a unit.
        { ...amounts('100', '0', '0'), unit: null },
      ],
    });
    expect(overview.projects.map((line) => line.item.code)).toEqual(['1', '2']);
    expect(overview.projectTotal).toMatchObject({
      assigned: 400n,
      allocated: 300n,
      disbursed: 150n,
      disbursedShare: 37.5,
    });
    expect(overview.sourceTotal.assigned).toBe(overview.projectTotal.assigned);
    expect(overview.lowest.map((line) => [line.item.name, line.disbursedShare])).toEqual([
      ['Ia Tơi', 25],
      ['Ia Dom', 100],
    ]);
  });
});

describe('chart values', () => {
  it('are millions of đồng to the thousand', () => {
    expect(millionsForChart(12_500_000_000n)).toBe(12_500);
    expect(millionsForChart(1_234_567n)).toBe(1.234);
    expect(millionsForChart(0n)).toBe(0);
  });
});
