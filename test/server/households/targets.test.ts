import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';
import { csvOf, type ImportRow, runImport, unitIds } from './helpers';

const reviews = (year: string, incomes: string[]): ImportRow[] =>
  incomes.map((income, index) => ({
    household_code: `TGT-${index + 1}`,
    village_code: index < 2 ? 'KT-IAHDRAI-IATOI-SYN01' : 'KT-IAHDRAI-IADAL-SYN01',
    area_type: 'RURAL',
    ethnic_minority: '0',
    member_name: `Chủ hộ ${index + 1}`,
    relation: 'HEAD',
    review_year: year,
    income,
    deprivations: '1;2;3',
  }));

const TARGETS = /* GraphQL */ `
  { plans(year: 2022) { id targets { indicator comparator value baseline actual met unit { name } } } }
`;
type Targets = {
  plans: {
    id: string;
    targets: {
      indicator: string;
      comparator: string;
      value: number;
      actual: number | null;
      met: boolean | null;
      unit: { name: string };
    }[];
  }[];
};

describe('Target.actual and met, from the registry', () => {
  let app: TestApp;
  let planning: string;
  beforeAll(async () => {
    app = await startTestApp({ households: true });
    planning = await app.login('planning');
    await app.orm.em.fork().execute('delete from household where synthetic');
    // 2021: 2 of 4 poor (50.00%); 2022: 1 of 4 (25.00%). Ia Tơi: 2 of 2, then 0. Ia Đal: 0 of 2, then 1.
    for (const [year, incomes] of [
      ['2021', ['1000000', '1200000', '3000000', '3000000']],
      ['2022', ['2000000', '2000000', '1400000', '3000000']],
    ] as const) {
      const { payload } = await runImport(app, planning, 'commit', `${year}.csv`, csvOf(reviews(year, [...incomes])));
      expect(payload?.committed).toBe(true);
    }
  });
  afterAll(() => app?.close());

  it('gives the district the 2022 rate, and the fall from 2021', async () => {
    const { data } = await app.gql<Targets>(TARGETS, {}, planning);
    expect(data?.plans[0].targets).toEqual([
      expect.objectContaining({ indicator: 'POOR_HOUSEHOLD_RATE', value: 32.73, actual: 25, met: true }),
      expect.objectContaining({ indicator: 'POOR_HOUSEHOLD_RATE_REDUCTION', value: 8, actual: 25, met: true }),
    ]);
  });

  it("gives a commune target its commune's figures", async () => {
    const ids = await unitIds(app, planning);
    const { data } = await app.gql<Targets>(TARGETS, {}, planning);
    const planId = data?.plans[0].id;
    const targets = [
      ['KT-IAHDRAI-IATOI', 'POOR_HOUSEHOLD_RATE', 'AT_MOST', 10],
      ['KT-IAHDRAI-IATOI', 'POOR_HOUSEHOLD_RATE_REDUCTION', 'AT_LEAST', 100],
      ['KT-IAHDRAI-IADAL', 'POOR_HOUSEHOLD_RATE', 'AT_MOST', 32.73],
      ['KT-IAHDRAI-IADAL', 'POOR_HOUSEHOLD_RATE_REDUCTION', 'AT_LEAST', 8],
    ] as const;
    for (const [commune, indicator, comparator, value] of targets) {
      const set = await app.gql(
        `mutation { setTarget(input: { planId: "${planId}", unitId: "${ids[commune]}", indicator: ${indicator},
           comparator: ${comparator}, value: ${value} }) { userErrors { code } } }`,
        {},
        planning,
      );
      expect(set.errors).toBeUndefined();
    }
    const after = await app.gql<Targets>(TARGETS, {}, planning);
    const of = (name: string) =>
      after.data?.plans[0].targets
        .filter((target) => target.unit.name === name)
        .map(({ indicator, actual, met }) => ({ indicator, actual, met }));
    expect(of('Ia Tơi')).toEqual([
      { indicator: 'POOR_HOUSEHOLD_RATE', actual: 0, met: true },
      { indicator: 'POOR_HOUSEHOLD_RATE_REDUCTION', actual: 100, met: true },
    ]);
    expect(of('Ia Đal')).toEqual([
      { indicator: 'POOR_HOUSEHOLD_RATE', actual: 50, met: false },
      { indicator: 'POOR_HOUSEHOLD_RATE_REDUCTION', actual: -50, met: false },
    ]);
    // Ia Dom has no household: its figures stay unknown (units by code: Ia Đal, Ia Dom, Ia Tơi).
    expect(
      (
        await app.gql<{ povertyRates: { households: number }[] }>(
          `{ povertyRates(year: 2022, level: COMMUNE) { households } }`,
          {},
          planning,
        )
      ).data?.povertyRates.map((rate) => rate.households),
    ).toEqual([2, 0, 2]);
  });
});
