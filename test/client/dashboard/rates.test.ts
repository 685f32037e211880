import { describe, expect, it } from 'vitest';
import {
  latestReading,
  pointsFromTarget,
  rateOverview,
  rateStanding,
  reductionStanding,
} from '../../../client/src/features/dashboard/model/rates';

const atMost = (value: number, actual: number | null = null, met: boolean | null = null) => ({
  comparator: 'AT_MOST' as const,
  value,
  actual,
  met,
});

describe('the latest reading of a rate', () => {
  it("takes the plan year's review once there is one, else the year before's", () => {
    expect(latestReading(2022, { households: 3162, rate: 30.1 }, { households: 3162, rate: 40.73 })).toEqual({
      year: 2022,
      rate: 30.1,
    });
    expect(latestReading(2022, { households: 0, rate: 0 }, { households: 3162, rate: 40.73 })).toEqual({
      year: 2021,
      rate: 40.73,
    });
  });

  it('does not take the API’s 0 of a year nobody was reviewed in for a rate', () => {
    expect(latestReading(2022, { households: 0, rate: 0 }, { households: 0, rate: 0 })).toBeNull();
    expect(latestReading(2022, undefined, null)).toBeNull();
  });
});

describe('standing against a rate target', () => {
  it("follows the server's verdict when the plan year is judged", () => {
    expect(rateStanding(atMost(32.73, 31, true), { year: 2022, rate: 31 }, 2022)).toBe('MET');
    expect(rateStanding(atMost(32.73, 35, false), { year: 2022, rate: 35 }, 2022)).toBe('NOT_MET');
  });

  it('is at risk while the last review is above the target, on track while it is within', () => {
    expect(rateStanding(atMost(32.73), { year: 2021, rate: 40.73 }, 2022)).toBe('AT_RISK');
    expect(rateStanding(atMost(32.73), { year: 2021, rate: 32.73 }, 2022)).toBe('ON_TRACK');
    expect(rateStanding({ ...atMost(8), comparator: 'AT_LEAST' }, { year: 2021, rate: 7.99 }, 2022)).toBe('AT_RISK');
  });

  it('cannot say without a review or a target', () => {
    expect(rateStanding(atMost(32.73), null, 2022)).toBe('UNKNOWN');
    expect(rateStanding(null, { year: 2021, rate: 40.73 }, 2022)).toBe('NO_TARGET');
  });

  it('leaves the reduction to the server', () => {
    expect(reductionStanding({ ...atMost(8), comparator: 'AT_LEAST' })).toBe('UNKNOWN');
    expect(reductionStanding({ comparator: 'AT_LEAST', value: 8, actual: 8.5, met: true })).toBe('MET');
    expect(reductionStanding(null)).toBe('NO_TARGET');
  });

  it('measures the gap in exact hundredths', () => {
    expect(pointsFromTarget(40.73, { value: 32.73 })).toBe(8);
    expect(pointsFromTarget(39.45, { value: 38 })).toBe(1.45);
    expect(pointsFromTarget(30, { value: 32.73 })).toBe(-2.73);
  });
});

describe('the rate overview', () => {
  const district = {
    id: 'd',
    name: "Ia H'Drai",
    children: [
      { id: 'c2', name: 'Ia Tơi', level: 'COMMUNE' },
      { id: 'c1', name: 'Ia Dom', level: 'COMMUNE' },
      { id: 'v', name: 'Thôn 1', level: 'VILLAGE' },
    ],
  };
  const target = (
    unitId: string,
    indicator: 'POOR_HOUSEHOLD_RATE' | 'POOR_HOUSEHOLD_RATE_REDUCTION',
    value: number,
  ) => ({
    ...atMost(value),
    comparator: indicator === 'POOR_HOUSEHOLD_RATE' ? ('AT_MOST' as const) : ('AT_LEAST' as const),
    indicator,
    unit: { id: unitId, name: unitId, level: unitId === 'd' ? 'DISTRICT' : 'COMMUNE' },
  });
  const rate = (id: string, households: number, value: number) => ({ households, rate: value, unit: { id, name: id } });

  it('puts the district against its targets and every commune against its own, communes by name', () => {
    const overview = rateOverview(
      {
        year: 2022,
        district,
        targets: [
          target('d', 'POOR_HOUSEHOLD_RATE', 32.73),
          target('d', 'POOR_HOUSEHOLD_RATE_REDUCTION', 8),
          target('c2', 'POOR_HOUSEHOLD_RATE', 38),
        ],
      },
      {
        district: [rate('d', 0, 0), rate('other-district', 10, 50)],
        districtBefore: [rate('d', 3162, 40.73)],
        communes: [rate('c1', 0, 0), rate('c2', 0, 0)],
        communesBefore: [rate('c1', 1000, 41.08), rate('c2', 1100, 39.45)],
      },
    );
    expect(overview.district).toMatchObject({
      reading: { year: 2021, rate: 40.73 },
      standing: 'AT_RISK',
      gap: 8,
      target: { value: 32.73 },
    });
    expect(overview.reductionTarget?.value).toBe(8);
    expect(overview.reduction).toBe('UNKNOWN');
    expect(overview.communes.map((line) => [line.unit.name, line.standing, line.gap])).toEqual([
      ['Ia Dom', 'NO_TARGET', null],
      ['Ia Tơi', 'AT_RISK', 1.45],
    ]);
  });
});
