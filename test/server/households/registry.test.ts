import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHouseholds } from '../../../server/src/db/seeders/demo-households.seeder';
import { startTestApp, type TestApp } from '../../support/test-app';
import { unitIds } from './helpers';

const RATES = /* GraphQL */ `
  query Rates($year: Int!, $level: AdminLevel!, $parentId: ID) {
    povertyRates(year: $year, level: $level, parentId: $parentId) { unit { code name level } households poor nearPoor rate }
  }
`;
type Rate = {
  unit: { code: string; name: string; level: string };
  households: number;
  poor: number;
  nearPoor: number;
  rate: number;
};

describe('the synthetic demo registry (end-2021 figures of Ia H’Drai)', () => {
  let app: TestApp;
  let analyst: string;
  beforeAll(async () => {
    app = await startTestApp();
    await app.orm.em.fork().transactional((em) => seedDemoHouseholds(em));
    analyst = await app.login('analyst');
  });
  afterAll(() => app?.close());

  const rates = async (variables: Record<string, unknown>): Promise<Rate[]> => {
    const { data, errors } = await app.gql<{ povertyRates: Rate[] }>(RATES, variables, analyst);
    expect(errors).toBeUndefined();
    return data?.povertyRates ?? [];
  };

  // How fast it seeds is measured by the benches, not asserted here (a loaded machine fails a timing).
  it('is seeded only once', async () => {
    expect(await app.orm.em.fork().transactional((em) => seedDemoHouseholds(em))).toBe(0);
  });

  it('gives the district 3,162 households and 1,288 poor: 40.73%', async () => {
    expect(await rates({ year: 2021, level: 'DISTRICT' })).toEqual([
      expect.objectContaining({
        unit: expect.objectContaining({ name: "Ia H'Drai" }),
        households: 3162,
        poor: 1288,
        rate: 40.73,
      }),
    ]);
  });

  it('adds up: communes to the district, villages to their commune, and each rate is its own count', async () => {
    const [district] = await rates({ year: 2021, level: 'DISTRICT' });
    const communes = await rates({ year: 2021, level: 'COMMUNE' });
    expect(communes.map((rate) => rate.unit.name).sort()).toEqual(['Ia Dom', 'Ia Tơi', 'Ia Đal']);
    const sum = (list: Rate[], key: 'households' | 'poor' | 'nearPoor') =>
      list.reduce((total, rate) => total + rate[key], 0);
    expect([sum(communes, 'households'), sum(communes, 'poor'), sum(communes, 'nearPoor')]).toEqual([
      district.households,
      district.poor,
      district.nearPoor,
    ]);
    const ids = await unitIds(app, analyst);
    for (const commune of communes) {
      expect(commune.rate).toBe(Math.round((10_000 * commune.poor) / commune.households) / 100);
      const villages = await rates({ year: 2021, level: 'VILLAGE', parentId: ids[commune.unit.code] });
      expect(villages.length).toBeGreaterThan(0);
      expect(villages.every((village) => village.unit.code.startsWith(commune.unit.code))).toBe(true);
      expect([sum(villages, 'households'), sum(villages, 'poor')]).toEqual([commune.households, commune.poor]);
    }
  });

  it('matches hand counts straight from the tables', async () => {
    const [hand] = await app.orm.em.fork().execute<{ households: number; poor: number; em: number; em_poor: number }[]>(
      `select count(*)::int as households, count(*) filter (where a.status = 'POOR')::int as poor,
              count(*) filter (where h.ethnic_minority)::int as em,
              count(*) filter (where h.ethnic_minority and a.status = 'POOR')::int as em_poor
         from household h join assessment a on a.household_id = h.id and a.year = 2021`,
    );
    // Kon Tum Ethnic Committee, Biểu số 05 (2022): 1,944 ethnic-minority households, 976 of them poor.
    expect(hand).toEqual({ households: 3162, poor: 1288, em: 1944, em_poor: 976 });
  });

  it('counts the ethnic-minority households through the households filter', async () => {
    const { data } = await app.gql<{
      all: { totalCount: number };
      em: { totalCount: number };
      emPoor: { totalCount: number };
    }>(
      `{ all: households(first: 0, filter: { year: 2021 }) { totalCount }
         em: households(first: 0, filter: { ethnicMinority: true }) { totalCount }
         emPoor: households(first: 0, filter: { ethnicMinority: true, status: POOR, year: 2021 }) { totalCount } }`,
      {},
      analyst,
    );
    expect(data).toEqual({ all: { totalCount: 3162 }, em: { totalCount: 1944 }, emPoor: { totalCount: 976 } });
  });

  it('marks every invented place and household as synthetic', async () => {
    const [row] = await app.orm.em.fork().execute<{ real_households: number; real_villages: number }[]>(
      `select (select count(*) from household where not synthetic)::int as real_households,
              (select count(*) from admin_unit where level = 'VILLAGE' and not synthetic)::int as real_villages`,
    );
    expect(row).toEqual({ real_households: 0, real_villages: 0 });
  });

  it('has no figures for a year nobody reviewed', async () => {
    expect(await rates({ year: 2022, level: 'DISTRICT' })).toEqual([
      expect.objectContaining({ households: 0, poor: 0, nearPoor: 0, rate: 0 }),
    ]);
  });

  it('leaves the 2022 targets unknown until 2022 is reviewed', async () => {
    const { data } = await app.gql<{
      plans: { targets: { indicator: string; actual: number | null; met: boolean | null }[] }[];
    }>('{ plans(year: 2022) { targets { indicator actual met } } }', {}, analyst);
    expect(data?.plans[0].targets).toEqual([
      { indicator: 'POOR_HOUSEHOLD_RATE', actual: null, met: null },
      { indicator: 'POOR_HOUSEHOLD_RATE_REDUCTION', actual: null, met: null },
    ]);
  });
});
