import { readFileSync } from 'node:fs';
import { Kind, type OperationDefinitionNode, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GraphQLResponse, TestApp } from '../../support/test-app';
import { startTestApp } from '../../support/test-app';
import {
  type AnalyticsData,
  allocatedTo,
  BENEFITS_PER_COMMUNE,
  COMPONENTS,
  dataOf,
  disbursedBy,
  ENVELOPE_AMOUNT,
  seedAnalytics,
  UNITS,
} from './fixtures';

// Every ```graphql block of docs/api.md, with the ```json block of variables right after it.
interface Example {
  name: string;
  query: string;
  variables: string | null;
}

const extractExamples = (markdown: string): Example[] =>
  [...markdown.matchAll(/```graphql\n([\s\S]*?)```(?:\s*```json\n([\s\S]*?)```)?/g)].map((match) => {
    const operations = parse(match[1]).definitions.filter(
      (definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION,
    );
    const name = operations.length === 1 ? operations[0].name?.value : undefined;
    if (!name) throw new Error(`docs/api.md: each example is one named operation:\n${match[1]}`);
    return { name, query: match[1], variables: match[2] ?? null };
  });

const EXAMPLES = extractExamples(readFileSync('docs/api.md', 'utf8'));

type Result = GraphQLResponse<Record<string, unknown>>;
interface Connection<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: N }[];
}

const sum = (values: string[]) => values.reduce((total, value) => total + BigInt(value), 0n);
const codesOf = (result: Result) => result.errors?.map((error) => [error.extensions?.code, error.path?.join('.')]);

describe('docs/api.md: every example runs as an analyst’s API token and gives what the text says', () => {
  let app: TestApp;
  let data: AnalyticsData;
  let admin: string;
  let secret = '';
  // The "<…>" values of the examples, filled in as the documented steps find them.
  const ids: Record<string, string> = {};

  const substitute = (text: string): string =>
    text.replace(/<([^<>\n]+)>/g, (placeholder) => {
      const value = ids[placeholder];
      if (value === undefined) throw new Error(`docs/api.md uses ${placeholder}, which no step of the test finds`);
      return value;
    });

  const run = (name: string, token: string, extra: Record<string, unknown> = {}): Promise<Result> => {
    const example = EXAMPLES.find((candidate) => candidate.name === name);
    if (!example) throw new Error(`docs/api.md has no example ${name}`);
    const variables = example.variables ? (JSON.parse(substitute(example.variables)) as Record<string, unknown>) : {};
    return app.gql(substitute(example.query), { ...variables, ...extra }, token);
  };

  /** Runs a list example, then follows its cursors to the end: every row once, as many as totalCount. */
  const everyPage = async <N>(name: string, field: string): Promise<{ total: number; nodes: N[] }> => {
    const nodes: N[] = [];
    let after: string | null = null;
    let total = -1;
    for (let pages = 0; pages < 200; pages += 1) {
      const result = await run(name, secret, after ? { after } : {});
      expect(result.errors, name).toBeUndefined();
      const page = dataOf(result)[field] as Connection<N>;
      if (total === -1) total = page.totalCount;
      expect(page.totalCount).toBe(total);
      nodes.push(...page.edges.map((edge) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(nodes).toHaveLength(total);
    expect(new Set(nodes.map((node) => JSON.stringify(node))).size).toBe(total);
    return { total, nodes };
  };

  beforeAll(async () => {
    app = await startTestApp({ households: true });
    data = await seedAnalytics(app);
    admin = await app.login('admin');
    // The Labour office enters two communes' targets from the plan's appendix.
    const planning = await app.login('planning');
    for (const [commune, value] of [
      ['KT-IAHDRAI-IATOI', 35],
      ['KT-IAHDRAI-IADAL', 30],
    ] as const) {
      const set = dataOf(
        await app.gql<{ setTarget: { userErrors: unknown[] } }>(
          `mutation ($input: SetTargetInput!) { setTarget(input: $input) { userErrors { code } } }`,
          {
            input: {
              planId: data.plan2022.planId,
              unitId: data.communes[commune],
              indicator: 'POOR_HOUSEHOLD_RATE',
              comparator: 'AT_MOST',
              value,
            },
          },
          planning,
        ),
      );
      expect(set.setTarget.userErrors).toEqual([]);
    }
    ids['<id of a household>'] = data.benefits[0].household;
  }, 120_000);
  afterAll(() => app?.close());

  it('has exactly the examples this test checks, each one named', () => {
    expect(EXAMPLES.map((example) => example.name)).toEqual([
      'Users',
      'CreateApiToken',
      'WhoAmI',
      'RevokeApiToken',
      'PlanIds',
      'AllocationByProjectAndSource',
      'DisbursementRateByUnit',
      'PovertyRateVsTarget',
      'AllocationsPage',
      'DisbursementsPage',
      'BenefitsPage',
      'HouseholdsPage',
      'AuditLogPage',
      'PersonalFieldsRefused',
      'IncomeRefused',
    ]);
  });

  it('1. an admin finds the analyst and creates a token; the token reads as ANALYST', async () => {
    const users = dataOf(await run('Users', admin)) as { users: { id: string; username: string }[] };
    const analyst = users.users.find((user) => user.username === 'analyst');
    expect(analyst).toBeDefined();
    ids['<id of the analyst user>'] = analyst?.id ?? '';

    // The reader picks the expiry; the test picks one 90 days ahead, so that it never goes stale.
    const expiry = new Date(Date.now() + 90 * 86_400_000);
    ids['<expiry, at most 366 days ahead, e.g. 2027-06-30T00:00:00+07:00>'] = expiry.toISOString();
    const created = dataOf(await run('CreateApiToken', admin)) as {
      createApiToken: {
        secret: string | null;
        apiToken: { id: string; prefix: string; expiresAt: string } | null;
        userErrors: unknown[];
      };
    };
    expect(created.createApiToken.userErrors).toEqual([]);
    expect(created.createApiToken.apiToken?.expiresAt).toBe(expiry.toISOString());
    secret = created.createApiToken.secret ?? '';
    expect(secret.startsWith(created.createApiToken.apiToken?.prefix ?? '?')).toBe(true);
    ids['<id of the token>'] = created.createApiToken.apiToken?.id ?? '';

    expect(dataOf(await run('WhoAmI', secret))).toEqual({
      viewer: { user: { username: 'analyst' }, roles: ['ANALYST'] },
    });
  });

  it('3. finds the plan, its components and units, and the communes', async () => {
    const found = dataOf(await run('PlanIds', secret)) as {
      plans: {
        id: string;
        year: number;
        components: { id: string; code: string }[];
        implementingUnits: { id: string; code: string }[];
      }[];
      adminUnits: { id: string; code: string; name: string }[];
    };
    expect(found.plans.map((plan) => [plan.id, plan.year])).toEqual([[data.plan2022.planId, 2022]]);
    const [plan] = found.plans;
    ids['<id of the 2022 plan>'] = plan.id;
    ids['<id of project 3>'] = plan.components.find((component) => component.code === '3')?.id ?? '';
    ids['<id of unit UBND-IATOI>'] = plan.implementingUnits.find((unit) => unit.code === 'UBND-IATOI')?.id ?? '';
    ids['<id of commune Ia Tơi>'] = found.adminUnits.find((unit) => unit.name === 'Ia Tơi')?.id ?? '';
    expect(found.adminUnits.map((unit) => unit.name).sort()).toEqual(['Ia Dom', 'Ia Tơi', 'Ia Đal']);
    expect(Object.values(ids).every((value) => value !== '')).toBe(true);
  });

  it('4. splits the plan by project and source, adding up to what the province assigned', async () => {
    const { budgetSummary: rows } = dataOf(await run('AllocationByProjectAndSource', secret)) as {
      budgetSummary: {
        project: { code: string };
        source: string;
        assigned: string;
        allocated: string;
        disbursed: string;
      }[];
    };
    const envelopes = COMPONENTS.length * 4;
    expect(sum(rows.map((row) => row.assigned))).toBe(ENVELOPE_AMOUNT * BigInt(envelopes));
    const perEnvelope = {
      assigned: ENVELOPE_AMOUNT,
      allocated: UNITS.reduce((total, unit) => total + allocatedTo(unit), 0n),
      disbursed: UNITS.reduce((total, unit) => total + disbursedBy(unit), 0n),
    };
    // Projects 1, 4 and 5 have one component each here, project 3 two (3.1 and 3.2); two capital types.
    const componentsOf: Record<string, number> = { '1': 1, '3': 2, '4': 1, '5': 1 };
    expect(rows).toHaveLength(8);
    for (const row of rows) {
      const envelopesOfRow = BigInt(componentsOf[row.project.code] * 2);
      expect(row, `${row.project.code} ${row.source}`).toMatchObject({
        assigned: (perEnvelope.assigned * envelopesOfRow).toString(),
        allocated: (perEnvelope.allocated * envelopesOfRow).toString(),
        disbursed: (perEnvelope.disbursed * envelopesOfRow).toString(),
      });
    }
  });

  it('5. gives each unit’s disbursement rate by 30 June, as a script computes it', async () => {
    const { budgetSummary: rows } = dataOf(await run('DisbursementRateByUnit', secret)) as {
      budgetSummary: { unit: { code: string } | null; allocated: string; disbursed: string }[];
    };
    const byUnit = rows.filter((row) => row.unit !== null);
    expect(byUnit.map((row) => row.unit?.code).sort()).toEqual([...UNITS].sort());
    for (const row of byUnit) {
      const unit = row.unit?.code ?? '';
      const envelopes = BigInt(COMPONENTS.length * 4);
      // By 30 June each cell had received the first half of its payments.
      const allocated = allocatedTo(unit) * envelopes;
      const disbursed = (disbursedBy(unit) / 2n) * envelopes;
      expect([row.allocated, row.disbursed], unit).toEqual([allocated.toString(), disbursed.toString()]);
      const percent = Number((BigInt(row.disbursed) * 10000n) / BigInt(row.allocated)) / 100;
      // Unit n was paid n tenths of its cells, half of it by 30 June: n × 5%.
      expect(percent, unit).toBe((UNITS.indexOf(unit as (typeof UNITS)[number]) + 1) * 5);
    }
    const rest = rows.filter((row) => row.unit === null);
    expect(rest.every((row) => row.disbursed === '0')).toBe(true);
  });

  it('6. puts each commune’s poverty rate next to its target', async () => {
    const found = dataOf(await run('PovertyRateVsTarget', secret)) as {
      povertyRates: { unit: { id: string; name: string }; households: number; poor: number; rate: number }[];
      plans: { targets: { indicator: string; value: number; unit: { id: string; level: string } }[] }[];
    };
    const [{ households }] = await app.orm.em
      .fork()
      .execute<{ households: number }[]>(
        'select count(distinct household_id)::int as households from assessment where year = 2021',
      );
    expect(found.povertyRates).toHaveLength(3);
    expect(found.povertyRates.reduce((total, rate) => total + rate.households, 0)).toBe(households);
    const communeTargets = found.plans[0].targets.filter((target) => target.unit.level === 'COMMUNE');
    expect(communeTargets.map((target) => target.value).sort()).toEqual([30, 35]);
    for (const target of communeTargets) {
      const rate = found.povertyRates.find((row) => row.unit.id === target.unit.id);
      expect(rate?.rate).toBe(Math.round((10_000 * (rate?.poor ?? 0)) / (rate?.households ?? 1)) / 100);
    }
    expect(found.plans[0].targets.filter((target) => target.unit.level === 'DISTRICT')).toHaveLength(2);
  });

  it('7. pages allocations: project 3 from the central budget, 2 sub-projects × 2 capital types × 7 units', async () => {
    const { total, nodes } = await everyPage<{
      envelope: { source: string; component: { code: string }; plan: { year: number } };
    }>('AllocationsPage', 'allocations');
    expect(total).toBe(28);
    for (const node of nodes) {
      expect(node.envelope.source).toBe('CENTRAL_BUDGET');
      expect(node.envelope.plan.year).toBe(2022);
      expect(['3.1', '3.2']).toContain(node.envelope.component.code);
    }
  });

  it('7. pages payments: Ia Tơi’s first-half payments, one per cell', async () => {
    const { total, nodes } = await everyPage<{
      paidOn: string;
      amount: string;
      allocation: { unit: { code: string } };
    }>('DisbursementsPage', 'disbursements');
    expect(total).toBe(COMPONENTS.length * 4);
    expect(nodes.every((node) => node.allocation.unit.code === 'UBND-IATOI' && node.paidOn <= '2022-06-30')).toBe(true);
    expect(sum(nodes.map((node) => node.amount))).toBe((disbursedBy('UBND-IATOI') / 2n) * BigInt(total));
  });

  it('7. pages benefits: what Ia Tơi’s households received from the 2022 plan', async () => {
    const { total, nodes } = await everyPage<{ household: { commune: { name: string } } }>('BenefitsPage', 'benefits');
    expect(total).toBe(BENEFITS_PER_COMMUNE);
    expect(nodes.every((node) => node.household.commune.name === 'Ia Tơi')).toBe(true);
  });

  it('7. pages households: Ia Tơi’s poor households of the 2021 review', async () => {
    const { total, nodes } = await everyPage<{ status: string; commune: { name: string } }>(
      'HouseholdsPage',
      'households',
    );
    const [{ poor }] = await app.orm.em.fork().execute<{ poor: number }[]>(
      `select count(*)::int as poor from household h join admin_unit c on c.id = h.commune_id
         join assessment a on a.household_id = h.id and a.year = 2021
        where c.code = 'KT-IAHDRAI-IATOI' and a.status = 'POOR'`,
    );
    expect(total).toBe(poor);
    expect(nodes.every((node) => node.status === 'POOR' && node.commune.name === 'Ia Tơi')).toBe(true);
  });

  it('7. pages the audit trail: every payment of the plan, by whom', async () => {
    const { total, nodes } = await everyPage<{ paidOn: string | null; user: { username: string } }>(
      'AuditLogPage',
      'auditLog',
    );
    expect(total).toBe(COMPONENTS.length * 4 * UNITS.length * 2);
    expect(nodes.every((node) => node.paidOn !== null && node.user.username === 'finance')).toBe(true);
  });

  it('8. refuses names and members with FORBIDDEN on those fields only', async () => {
    const result = await run('PersonalFieldsRefused', secret);
    const edges = (result.data?.households as Connection<Record<string, unknown>> | undefined)?.edges ?? [];
    expect(edges).toHaveLength(2);
    for (const { node } of edges) {
      expect(node).toMatchObject({ code: expect.any(String), memberCount: expect.any(Number), headName: null });
      expect(node.members).toBeNull();
      expect(node.status).toMatch(/^(POOR|NEAR_POOR|AVERAGE_LIVING_STANDARD|NOT_POOR)$/);
    }
    expect(codesOf(result)?.sort()).toEqual(
      [0, 1].flatMap((index) => [
        ['FORBIDDEN', `households.edges.${index}.node.headName`],
        ['FORBIDDEN', `households.edges.${index}.node.members`],
      ]),
    );
  });

  it('8. refuses incomes, emptying the household as the text warns', async () => {
    const result = await run('IncomeRefused', secret);
    expect(result.data).toEqual({ node: null });
    expect(codesOf(result)).toEqual([['FORBIDDEN', 'node.assessments.0.monthlyIncomePerCapita']]);
  });

  it('1. revoking the token refuses it from the next request on', async () => {
    const revoked = dataOf(await run('RevokeApiToken', admin)) as {
      revokeApiToken: { apiToken: { status: string; revokedAt: string | null } | null; userErrors: unknown[] };
    };
    expect(revoked.revokeApiToken).toMatchObject({ apiToken: { status: 'REVOKED' }, userErrors: [] });
    const refused = await run('WhoAmI', secret);
    expect(refused.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
  });
});
