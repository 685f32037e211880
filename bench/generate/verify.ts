import type { AddressInfo } from 'node:net';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { createApp } from '../../server/src/app';
import { toGlobalId } from '../../server/src/common/node';
import { connectAndMigrate } from '../../server/src/db/database';
import { GENERATED_PREFIX } from './households';

export interface Verification {
  checks: string[];
  failures: string[];
}

interface GraphQLBody<T> {
  data?: T | null;
  errors?: { message: string }[];
}

const RATES = /* GraphQL */ `
  query Rates($year: Int!, $level: AdminLevel!, $parentId: ID) {
    povertyRates(level: $level, parentId: $parentId, year: $year) { households poor nearPoor rate unit { id code } }
  }
`;

const PAGE = /* GraphQL */ `
  query Page($filter: HouseholdFilter) {
    households(first: 100, filter: $filter) {
      totalCount
      edges { node { code commune { id } ethnicMinority status(year: 2022) memberCount } }
      pageInfo { hasNextPage }
    }
  }
`;

/**
 * Reads the generated data back through the real API (createApp, HTTP, GraphQL) and compares it
 * with SQL over the same tables: commune poverty rates for the first generated province, and one
 * filtered page of households. Signs in as the demo `admin`.
 */
export const verifyThroughApi = async (databaseUrl: string, adminPassword: string): Promise<Verification> => {
  const checks: string[] = [];
  const failures: string[] = [];
  const expect = (ok: boolean, what: string) => (ok ? checks : failures).push(what);
  const orm = await connectAndMigrate(databaseUrl, { quiet: true });
  const app = await createApp({
    orm,
    config: { authSecret: undefined, tokenTtlSeconds: 3600, production: false },
    log: (message) => console.error(`[server] ${message}`),
    serveClient: false,
  });
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  try {
    await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(app.httpServer.address() as AddressInfo).port}`;
    let token: string | undefined;
    // Slowest request so far, by operation name: the checks also tell how the API copes at this scale.
    const slowest = new Map<string, number>();
    const call = async <T>(query: string, variables: Record<string, unknown>): Promise<T> => {
      const at = performance.now();
      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
        body: JSON.stringify({ query, variables }),
      });
      const body = (await response.json()) as GraphQLBody<T>;
      if (!body.data || body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body).slice(0, 400)}`);
      const name = /(?:query|mutation) (\w+)/.exec(query)?.[1] ?? 'anonymous';
      slowest.set(name, Math.max(slowest.get(name) ?? 0, performance.now() - at));
      return body.data;
    };
    const login = await call<{ login: { token: string | null } }>(
      'mutation Login($input: LoginInput!) { login(input: $input) { token } }',
      { input: { username: 'admin', password: adminPassword } },
    );
    token = login.login.token ?? undefined;
    if (!token) throw new Error('cannot sign in as admin');

    // The first generated province and its districts, by their global ids.
    const provinceCode = `${GENERATED_PREFIX}P01`;
    const { povertyRates: provinces } = await call<{
      povertyRates: { households: number; poor: number; rate: number; unit: { id: string; code: string } }[];
    }>(RATES, { year: 2022, level: 'PROVINCE' });
    const province = provinces.find((row) => row.unit.code === provinceCode);
    if (!province) throw new Error(`${provinceCode} is not among the provinces`);
    const { povertyRates: districts } = await call<{
      povertyRates: { unit: { id: string; code: string } }[];
    }>(RATES, { year: 2022, level: 'DISTRICT', parentId: province.unit.id });

    for (const year of [2021, 2022]) {
      const api = new Map<string, { households: number; poor: number; nearPoor: number; rate: number }>();
      for (const district of districts) {
        const { povertyRates } = await call<{
          povertyRates: { households: number; poor: number; nearPoor: number; rate: number; unit: { code: string } }[];
        }>(RATES, { year, level: 'COMMUNE', parentId: district.unit.id });
        for (const row of povertyRates) api.set(row.unit.code, row);
      }
      const { rows } = await pool.query<{
        code: string;
        households: number;
        poor: number;
        near_poor: number;
        rate: string;
      }>(
        `select c.code, count(*)::int as households, count(*) filter (where a.status = 'POOR')::int as poor,
                count(*) filter (where a.status = 'NEAR_POOR')::int as near_poor,
                round(100.0 * count(*) filter (where a.status = 'POOR') / count(*), 2)::text as rate
           from household h join assessment a on a.household_id = h.id and a.year = $2
           join admin_unit c on c.id = h.commune_id
          where c.code like $1 group by c.code order by c.code`,
        [`${provinceCode}-%`, year],
      );
      const wrong = rows.filter((row) => {
        const got = api.get(row.code);
        return (
          !got ||
          got.households !== row.households ||
          got.poor !== row.poor ||
          got.nearPoor !== row.near_poor ||
          got.rate !== Number(row.rate)
        );
      });
      expect(
        rows.length > 0 && rows.length === api.size && wrong.length === 0,
        `povertyRates(level: COMMUNE, year: ${year}) for ${provinceCode}: ${api.size} communes from ${districts.length} districts, ` +
          `${rows.length} by SQL, ${wrong.length} differing`,
      );
      const poor = rows.reduce((sum, row) => sum + row.poor, 0);
      const households = rows.reduce((sum, row) => sum + row.households, 0);
      checks.push(`  ${year}: ${households} households, ${poor} poor (${((100 * poor) / households).toFixed(2)}%)`);
    }

    // One page of poor ethnic-minority households of the province's first commune.
    const {
      rows: [commune],
    } = await pool.query<{ id: number; code: string }>(
      `select id, code from admin_unit where level = 'COMMUNE' and code like $1 order by code limit 1`,
      [`${provinceCode}-%`],
    );
    const communeGlobalId = toGlobalId('AdminUnit', commune.id);
    const {
      rows: [expected],
    } = await pool.query<{ count: number }>(
      `select count(*)::int as count from household h
        where h.commune_id = $1 and h.ethnic_minority
          -- One review a year per generated household: the 2022 one is the latest of 2022.
          and exists (select 1 from assessment a where a.household_id = h.id and a.year = 2022 and a.status = 'POOR')`,
      [commune.id],
    );
    const { households } = await call<{
      households: {
        totalCount: number;
        edges: {
          node: {
            code: string;
            commune: { id: string };
            ethnicMinority: boolean;
            status: string | null;
            memberCount: number;
          };
        }[];
      };
    }>(PAGE, { filter: { communeId: communeGlobalId, status: 'POOR', year: 2022, ethnicMinority: true } });
    const nodes = households.edges.map((edge) => edge.node);
    const fits = nodes.every(
      (node) =>
        node.code.startsWith(GENERATED_PREFIX) &&
        node.commune.id === communeGlobalId &&
        node.ethnicMinority &&
        node.status === 'POOR' &&
        node.memberCount >= 1 &&
        node.memberCount <= 9,
    );
    expect(
      households.totalCount === expected.count && nodes.length === Math.min(100, expected.count) && fits,
      `households(first: 100, filter: { communeId: ${commune.code}, status: POOR, year: 2022, ethnicMinority: true }): ` +
        `totalCount ${households.totalCount} (SQL ${expected.count}), ${nodes.length} on the page, all matching: ${fits}`,
    );
    for (const [name, ms] of slowest) checks.push(`slowest ${name} request: ${ms.toFixed(0)} ms`);
  } finally {
    await pool.end();
    await app.stop();
    await orm.close(true);
  }
  return { checks, failures };
};
