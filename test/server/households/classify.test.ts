import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

const CLASSIFY = /* GraphQL */ `
  query Classify($input: ClassifyHouseholdInput!) {
    classifyHousehold(input: $input) { status deprivationCount explanation standard { number issuer issuedOn } }
  }
`;

type Result = {
  classifyHousehold: {
    status: string;
    deprivationCount: number;
    explanation: string;
    standard: { number: string; issuer: string; issuedOn: string };
  };
};

const THREE = ['EMPLOYMENT', 'NUTRITION', 'HOUSING_AREA'];
const TWO = ['EMPLOYMENT', 'NUTRITION'];

// Decree 07/2021/NĐ-CP, Art. 3: rural line 1,500,000 (average standard up to 2,250,000), urban 2,000,000
// (up to 3,000,000); poor = at or below the line AND at least 3 deprivations.
const CASES: [string, string, string[], string][] = [
  ['RURAL', '1500000', THREE, 'POOR'],
  ['RURAL', '1500000', TWO, 'NEAR_POOR'],
  ['RURAL', '0', THREE, 'POOR'],
  ['RURAL', '1500001', THREE, 'AVERAGE_LIVING_STANDARD'],
  ['RURAL', '1500001', [], 'AVERAGE_LIVING_STANDARD'],
  ['RURAL', '2250000', THREE, 'AVERAGE_LIVING_STANDARD'],
  ['RURAL', '2250001', THREE, 'NOT_POOR'],
  ['URBAN', '2000000', THREE, 'POOR'],
  ['URBAN', '2000000', TWO, 'NEAR_POOR'],
  ['URBAN', '2000001', THREE, 'AVERAGE_LIVING_STANDARD'],
  ['URBAN', '3000000', [], 'AVERAGE_LIVING_STANDARD'],
  ['URBAN', '3000001', THREE, 'NOT_POOR'],
  // Urban household at the rural line: still under the urban one.
  ['URBAN', '1500001', TWO, 'NEAR_POOR'],
  // The same deprivation twice counts once.
  ['RURAL', '1000000', ['EMPLOYMENT', 'EMPLOYMENT', 'NUTRITION'], 'NEAR_POOR'],
];

describe('classifyHousehold', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('analyst');
  });
  afterAll(() => app?.close());

  const classify = (input: Record<string, unknown>) => app.gql<Result>(CLASSIFY, { input }, token);

  it.each(CASES)('%s income %s with %j is %s', async (area, income, deprivations, status) => {
    const { data, errors } = await classify({
      area,
      monthlyIncomePerCapita: income,
      deprivations,
      on: '2023-06-01',
    });
    expect(errors).toBeUndefined();
    expect(data?.classifyHousehold.status).toBe(status);
    expect(data?.classifyHousehold.deprivationCount).toBe(new Set(deprivations).size);
    expect(data?.classifyHousehold.standard).toEqual({
      number: '07/2021/NĐ-CP',
      issuer: 'Chính phủ',
      issuedOn: '2021-01-27',
    });
  });

  it('explains itself with the thresholds it applied', async () => {
    const explain = async (area: string, income: string, deprivations: string[]) =>
      (await classify({ area, monthlyIncomePerCapita: income, deprivations, on: '2022-01-01' })).data?.classifyHousehold
        .explanation;
    expect(await explain('RURAL', '1500000', THREE)).toBe(
      'income 1.500.000 ≤ 1.500.000 (rural line) and 3 deprivations ≥ 3: POOR (07/2021/NĐ-CP, in force from 2022-01-01)',
    );
    expect(await explain('URBAN', '2000000', TWO)).toBe(
      'income 2.000.000 ≤ 2.000.000 (urban line) and 2 deprivations < 3: NEAR_POOR (07/2021/NĐ-CP, in force from 2022-01-01)',
    );
    expect(await explain('RURAL', '2250000', [])).toBe(
      'income 2.250.000 > 1.500.000 (rural line) and ≤ 2.250.000 (rural average-living-standard bound): AVERAGE_LIVING_STANDARD (07/2021/NĐ-CP, in force from 2022-01-01)',
    );
    expect(await explain('URBAN', '3000001', THREE)).toBe(
      'income 3.000.001 > 3.000.000 (urban average-living-standard bound): NOT_POOR (07/2021/NĐ-CP, in force from 2022-01-01)',
    );
  });

  it.each([
    ['2022-01-01', true],
    ['2025-12-31', true],
    ['2021-12-31', false],
    ['2026-01-01', false],
  ])('on %s a standard is in force: %s', async (on, inForce) => {
    const { data, errors } = await classify({
      area: 'RURAL',
      monthlyIncomePerCapita: '1500000',
      deprivations: THREE,
      on,
    });
    if (inForce) {
      expect(errors).toBeUndefined();
      expect(data?.classifyHousehold.status).toBe('POOR');
    } else {
      expect(errors?.map((error) => [error.extensions?.code, error.message])).toEqual([
        ['BAD_USER_INPUT', `No poverty standard is in force on ${on}.`],
      ]);
    }
  });

  it('defaults to today in Vietnam, and says so when no standard is in force then', async () => {
    const today = new Date(Date.now() + 7 * 3600_000).toISOString().slice(0, 10);
    const { data, errors } = await classify({ area: 'RURAL', monthlyIncomePerCapita: '1', deprivations: [] });
    if (today <= '2025-12-31') expect(data?.classifyHousehold.status).toBe('NEAR_POOR');
    else expect(errors?.[0].message).toBe(`No poverty standard is in force on ${today}.`);
  });

  it('refuses money that is not whole đồng', async () => {
    const { errors } = await classify({ area: 'RURAL', monthlyIncomePerCapita: '1500000.5', deprivations: [] });
    expect(errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('needs a sign-in', async () => {
    const result = await app.gql(CLASSIFY, {
      input: { area: 'RURAL', monthlyIncomePerCapita: '1', deprivations: [], on: '2022-01-01' },
    });
    expect(result.errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
  });
});
