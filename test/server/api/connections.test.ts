import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId, toGlobalId } from '../../../server/src/common/node';
import { DISBURSE } from '../../support/budget';
import { startTestApp, type TestApp } from '../../support/test-app';
import {
  type AnalyticsData,
  BENEFITS_PER_COMMUNE,
  dataOf,
  disbursedBy,
  FIRST_PAYMENT_DATES,
  SECOND_PAYMENT_DATE,
  seedAnalytics,
  UNITS,
} from './fixtures';

const ALLOCATIONS = /* GraphQL */ `
  query Allocations($first: Int, $after: String, $filter: AllocationFilter) {
    allocations(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id amount disbursed status
          envelope { capitalType source plan { year } component { code parent { code } } }
          unit { code }
        }
      }
    }
  }
`;

const DISBURSEMENTS = /* GraphQL */ `
  query Disbursements($first: Int, $after: String, $filter: DisbursementFilter) {
    disbursements(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id paidOn amount
          allocation { id unit { code } envelope { capitalType source plan { year } component { code } } }
        }
      }
    }
  }
`;

const BENEFITS = /* GraphQL */ `
  query Benefits($first: Int, $after: String, $filter: BenefitFilter) {
    benefits(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges {
        cursor
        node {
          id receivedOn kind amount
          component { code }
          allocation { id unit { code } }
          household { id code commune { code } village { code } }
        }
      }
    }
  }
`;

const HOUSEHOLDS = /* GraphQL */ `
  query Households($first: Int, $after: String, $filter: HouseholdFilter) {
    households(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id code status memberCount commune { code } village { code } } }
    }
  }
`;

const AUDIT = /* GraphQL */ `
  query Audit($first: Int, $after: String, $filter: AuditLogFilter) {
    auditLog(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id action entity at user { username } allocation { id } unit { code } } }
    }
  }
`;

interface Page<N> {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { cursor: string; node: N }[];
}
interface AllocationNode {
  id: string;
  amount: string;
  disbursed: string;
  status: string;
  envelope: {
    capitalType: string;
    source: string;
    plan: { year: number };
    component: { code: string; parent: { code: string } | null };
  };
  unit: { code: string };
}
interface DisbursementNode {
  id: string;
  paidOn: string;
  amount: string;
  allocation: {
    id: string;
    unit: { code: string };
    envelope: { capitalType: string; source: string; plan: { year: number }; component: { code: string } };
  };
}
interface BenefitNode {
  id: string;
  receivedOn: string;
  kind: string;
  amount: string | null;
  component: { code: string };
  allocation: { id: string; unit: { code: string } };
  household: { id: string; code: string; commune: { code: string }; village: { code: string } };
}
interface HouseholdNode {
  id: string;
  commune: { code: string };
}

const LISTS = {
  allocations: ALLOCATIONS,
  disbursements: DISBURSEMENTS,
  benefits: BENEFITS,
  households: HOUSEHOLDS,
  auditLog: AUDIT,
} as const;
type ListName = keyof typeof LISTS;

const rowId = (globalId: string): number => fromGlobalId(globalId)?.id ?? Number.NaN;

describe('analytics connections: filters, keyset cursors, row narrowing, statements per page', () => {
  let app: TestApp;
  let data: AnalyticsData;
  let analyst: string;
  // Villages have no id in the fixture: looked up by code.
  let villageIds: Record<string, string> = {};
  const toGlobalIdOfVillage = (code: string | undefined): string => villageIds[code ?? ''] ?? '';

  beforeAll(async () => {
    app = await startTestApp({ households: true });
    data = await seedAnalytics(app);
    analyst = await app.login('analyst');
    const villages = await app.orm.em
      .fork()
      .execute<{ id: number; code: string }[]>(`select id, code from admin_unit where level = 'VILLAGE'`);
    villageIds = Object.fromEntries(villages.map((row) => [row.code, toGlobalId('AdminUnit', row.id)]));
  }, 120_000);
  afterAll(() => app?.close());

  const page = async <N>(
    list: ListName,
    variables: Record<string, unknown>,
    token = analyst,
  ): Promise<{ page: Page<N> | null; errors: { extensions?: { code?: string } }[] | undefined }> => {
    const result = await app.gql<Record<string, Page<N>>>(LISTS[list], variables, token);
    return { page: result.data?.[list] ?? null, errors: result.errors };
  };

  /** Every row of a list, page by page; checks the total on every page and that pages never overlap. */
  const all = async <N extends { id: string }>(
    list: ListName,
    filter: Record<string, unknown> | undefined,
    { first = 7, token = analyst } = {},
  ): Promise<N[]> => {
    const rows: N[] = [];
    let after: string | null = null;
    let total: number | null = null;
    for (let pages = 0; pages < 1_000; pages += 1) {
      const result = await page<N>(list, { first, after, filter }, token);
      expect(result.errors).toBeUndefined();
      const current = result.page as Page<N>;
      total ??= current.totalCount;
      expect(current.totalCount).toBe(total);
      expect(current.edges.length).toBeLessThanOrEqual(first);
      rows.push(...current.edges.map((edge) => edge.node));
      expect(current.pageInfo.endCursor).toBe(current.edges.at(-1)?.cursor ?? null);
      if (!current.pageInfo.hasNextPage) break;
      expect(current.edges).toHaveLength(first);
      after = current.pageInfo.endCursor;
    }
    expect(rows).toHaveLength(total ?? 0);
    expect(new Set(rows.map((row) => row.id)).size).toBe(rows.length);
    return rows;
  };

  describe('allocations', () => {
    it('pages through every allocation of every plan, in creation order, to the exact total', async () => {
      const rows = await all<AllocationNode>('allocations', undefined, { first: 13 });
      const expected = [...data.allocations2022, ...data.allocations2023].map((row) => row.id);
      expect(rows.map((row) => row.id).sort()).toEqual([...expected].sort());
      const ids = rows.map((row) => rowId(row.id));
      expect(ids).toEqual([...ids].sort((a, b) => a - b));
    });

    it.each([
      ['year 2022', { year: 2022 }, () => data.allocations2022.length],
      ['year 2023', { year: 2023 }, () => data.allocations2023.length],
      ['a year without a plan', { year: 2031 }, () => 0],
      ['status DRAFT', { status: 'DRAFT' }, () => 0],
      ['status APPROVED', { status: 'APPROVED' }, () => data.allocations2022.length + data.allocations2023.length],
    ])('filters by %s', async (_name, filter, expected) => {
      const { page: result, errors } = await page<AllocationNode>('allocations', { first: 0, filter });
      expect(errors).toBeUndefined();
      expect(result?.totalCount).toBe(expected());
      expect(result?.edges).toEqual([]);
    });

    it('filters by plan, project (with its sub-projects), component, unit, capital type and source', async () => {
      const plan = data.plan2022;
      const cases: [Record<string, unknown>, (row: AllocationNode) => boolean][] = [
        [{ planId: plan.planId }, (row) => row.envelope.plan.year === 2022],
        [
          { projectId: plan.components['3'] },
          (row) => row.envelope.plan.year === 2022 && ['3.1', '3.2'].includes(row.envelope.component.code),
        ],
        [{ projectId: plan.components['1'] }, (row) => row.envelope.component.code === '1'],
        [{ projectId: data.plan2023.components['3'] }, (row) => row.envelope.plan.year === 2023],
        [{ componentId: plan.components['3.2'] }, (row) => row.envelope.component.code === '3.2'],
        [{ unitId: plan.units['UBND-IATOI'] }, (row) => row.unit.code === 'UBND-IATOI'],
        [{ capitalType: 'INVESTMENT' }, (row) => row.envelope.capitalType === 'INVESTMENT'],
        [{ source: 'PROVINCIAL_BUDGET' }, (row) => row.envelope.source === 'PROVINCIAL_BUDGET'],
        [
          { year: 2022, projectId: plan.components['3'], unitId: plan.units['P-TCKH'], source: 'CENTRAL_BUDGET' },
          (row) =>
            row.envelope.plan.year === 2022 &&
            row.envelope.component.parent?.code === '3' &&
            row.unit.code === 'P-TCKH' &&
            row.envelope.source === 'CENTRAL_BUDGET',
        ],
      ];
      const everything = await all<AllocationNode>('allocations', undefined, { first: 500 });
      for (const [filter, matches] of cases) {
        const rows = await all<AllocationNode>('allocations', filter, { first: 11 });
        const expected = everything.filter(matches);
        expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(
          rows.map((row) => row.id),
          JSON.stringify(filter),
        ).toEqual(expected.map((row) => row.id));
      }
      // 2 sub-projects × 2 capital types × 1 source, at one unit.
      const { page: combined } = await page('allocations', { first: 0, filter: cases[8][0] });
      expect(combined?.totalCount).toBe(4);
    });

    it('keeps its cursors across inserts: new cells come after every page already read', async () => {
      const first = await page<AllocationNode>('allocations', { first: 10 });
      const before = await all<AllocationNode>('allocations', undefined, { first: 500 });
      // A new envelope and cell in the (draft-free) 2023 plan arrives while a script is paging.
      const finance = await app.login('finance');
      const adjusted = await app.gql<{ adjustAllocations: { allocations: { id: string }[]; userErrors: unknown[] } }>(
        `mutation ($input: AdjustAllocationsInput!) { adjustAllocations(input: $input) { allocations { id } userErrors { code } } }`,
        {
          input: {
            planId: data.plan2023.planId,
            changes: [
              {
                envelopeId: (
                  await app.gql<{ allocations: Page<{ envelope: { id: string } }> }>(
                    '{ allocations(first: 1, filter: { year: 2023 }) { edges { node { envelope { id } } } totalCount pageInfo { hasNextPage endCursor } } }',
                    {},
                    finance,
                  )
                ).data?.allocations.edges[0].node.envelope.id,
                unitId: data.plan2023.units['UBND-IADAL'],
                amount: '50000000',
                expectedVersion: null,
              },
            ],
            decisionNumber: '20/QĐ-UBND',
            decisionDate: '2023-06-01',
            reason: 'Bổ sung cho xã Ia Đal',
          },
        },
        finance,
      );
      expect(adjusted.data?.adjustAllocations.userErrors).toEqual([]);
      const added = adjusted.data?.adjustAllocations.allocations.map((row) => row.id) ?? [];
      expect(added).toHaveLength(1);
      // Continuing from the first page's cursor: the rest as before, then the new cell at the end.
      const rest: string[] = [];
      let after = first.page?.pageInfo.endCursor ?? null;
      for (;;) {
        const next = await page<AllocationNode>('allocations', { first: 10, after });
        rest.push(...(next.page?.edges.map((edge) => edge.node.id) ?? []));
        if (!next.page?.pageInfo.hasNextPage) break;
        after = next.page.pageInfo.endCursor;
      }
      expect([...(first.page?.edges.map((edge) => edge.node.id) ?? []), ...rest]).toEqual([
        ...before.map((row) => row.id),
        ...added,
      ]);
      data.allocations2023.push({
        id: added[0],
        component: '3.1',
        capitalType: 'RECURRENT',
        source: 'CENTRAL_BUDGET',
        unit: 'UBND-IADAL',
      });
    });
  });

  describe('disbursements', () => {
    it('pages by payment date, then in the order recorded, to the exact total', async () => {
      const rows = await all<DisbursementNode>('disbursements', { year: 2022 }, { first: 17 });
      expect(rows).toHaveLength(data.disbursements2022);
      const keys = rows.map((row) => [row.paidOn, rowId(row.id)] as const);
      const sorted = [...keys].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1));
      expect(keys).toEqual(sorted);
      // Many payments share a date: the pages above crossed ties without losing or repeating any.
      expect(new Set(rows.map((row) => row.paidOn))).toEqual(new Set([...FIRST_PAYMENT_DATES, SECOND_PAYMENT_DATE]));
    });

    it('filters by dates, unit, allocation, project, component, capital type, source, plan and year', async () => {
      const everything = await all<DisbursementNode>('disbursements', undefined, { first: 500 });
      const allocation = data.allocations2022.find((row) => row.unit === 'UBND-IADOM' && row.component === '4.1');
      const cases: [Record<string, unknown>, (row: DisbursementNode) => boolean][] = [
        [
          { paidFrom: '2022-05-20', paidTo: '2022-06-30' },
          (row) => row.paidOn >= '2022-05-20' && row.paidOn <= '2022-06-30',
        ],
        [{ paidTo: '2022-03-15' }, (row) => row.paidOn <= '2022-03-15'],
        [{ paidFrom: '2023-01-01' }, (row) => row.paidOn >= '2023-01-01'],
        [{ unitId: data.plan2022.units['UBND-IATOI'] }, (row) => row.allocation.unit.code === 'UBND-IATOI'],
        [{ allocationId: allocation?.id }, (row) => row.allocation.id === allocation?.id],
        [
          { projectId: data.plan2022.components['3'] },
          (row) =>
            row.allocation.envelope.plan.year === 2022 && row.allocation.envelope.component.code.startsWith('3.'),
        ],
        [
          { componentId: data.plan2022.components['5'] },
          (row) => row.allocation.envelope.component.code === '5' && row.allocation.envelope.plan.year === 2022,
        ],
        [{ capitalType: 'INVESTMENT' }, (row) => row.allocation.envelope.capitalType === 'INVESTMENT'],
        [{ source: 'CENTRAL_BUDGET' }, (row) => row.allocation.envelope.source === 'CENTRAL_BUDGET'],
        [{ planId: data.plan2023.planId }, (row) => row.allocation.envelope.plan.year === 2023],
        [{ year: 2023 }, (row) => row.allocation.envelope.plan.year === 2023],
      ];
      for (const [filter, matches] of cases) {
        const rows = await all<DisbursementNode>('disbursements', filter, { first: 50 });
        const expected = everything.filter(matches);
        expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(
          rows.map((row) => row.id),
          JSON.stringify(filter),
        ).toEqual(expected.map((row) => row.id));
      }
    });

    it("adds up to each unit's payments, through Disbursement.allocation", async () => {
      for (const unit of UNITS) {
        const rows = await all<DisbursementNode>(
          'disbursements',
          { year: 2022, unitId: data.plan2022.units[unit] },
          { first: 500 },
        );
        expect(rows.every((row) => row.allocation.unit.code === unit)).toBe(true);
        const paid = rows.reduce((sum, row) => sum + BigInt(row.amount), 0n);
        expect(paid).toBe(disbursedBy(unit) * 20n);
      }
    });

    it('keeps its cursors across inserts: a later payment comes at the end, a back-dated one before the cursor', async () => {
      const first = await page<DisbursementNode>('disbursements', { first: 100, filter: { year: 2022 } });
      const before = await all<DisbursementNode>('disbursements', { year: 2022 }, { first: 500 });
      const finance = await app.login('finance');
      const cell = data.allocations2022.find((row) => row.unit === 'UBND-IADOM' && row.component === '1');
      const recorded = await app.gql<{ recordDisbursements: { userErrors: unknown[] } }>(
        DISBURSE,
        {
          input: {
            entries: [
              { allocationId: cell?.id, paidOn: '2022-01-05', amount: '1000' },
              { allocationId: cell?.id, paidOn: '2022-12-20', amount: '2000' },
            ],
          },
        },
        finance,
      );
      expect(recorded.data?.recordDisbursements.userErrors).toEqual([]);
      const rest: DisbursementNode[] = [];
      let after = first.page?.pageInfo.endCursor ?? null;
      for (;;) {
        const next = await page<DisbursementNode>('disbursements', { first: 100, after, filter: { year: 2022 } });
        rest.push(...(next.page?.edges.map((edge) => edge.node) ?? []));
        if (!next.page?.pageInfo.hasNextPage) break;
        after = next.page.pageInfo.endCursor;
      }
      const seen = [...(first.page?.edges.map((edge) => edge.node.id) ?? []), ...rest.map((row) => row.id)];
      expect(seen.slice(0, -1)).toEqual(before.map((row) => row.id));
      expect(rest.at(-1)).toMatchObject({ paidOn: '2022-12-20', amount: '2000' });
      data.disbursements2022 += 2;
    });
  });

  describe('benefits', () => {
    it('pages by date received, then in the order recorded, to the exact total', async () => {
      const rows = await all<BenefitNode>('benefits', undefined, { first: 9 });
      expect(rows.map((row) => row.id).sort()).toEqual(data.benefits.map((row) => row.id).sort());
      const keys = rows.map((row) => [row.receivedOn, rowId(row.id)] as const);
      expect(keys).toEqual([...keys].sort((a, b) => (a[0] === b[0] ? a[1] - b[1] : a[0] < b[0] ? -1 : 1)));
    });

    it('filters by commune, village, household, allocation, kind, dates, component, project, plan and year', async () => {
      const everything = await all<BenefitNode>('benefits', undefined, { first: 500 });
      const sample = data.benefits[5];
      const village = everything.find((row) => row.id === sample.id)?.household.village.code;
      const cases: [Record<string, unknown>, (row: BenefitNode) => boolean][] = [
        [{ communeId: data.communes['KT-IAHDRAI-IADAL'] }, (row) => row.household.commune.code === 'KT-IAHDRAI-IADAL'],
        [{ villageId: toGlobalIdOfVillage(village) }, (row) => row.household.village.code === village],
        [{ householdId: sample.household }, (row) => row.household.id === sample.household],
        [{ allocationId: sample.allocation }, (row) => row.allocation.id === sample.allocation],
        [{ kind: 'IN_KIND' }, (row) => row.kind === 'IN_KIND'],
        [
          { receivedFrom: '2022-07-15', receivedTo: '2022-10-10' },
          (row) => row.receivedOn >= '2022-07-15' && row.receivedOn <= '2022-10-10',
        ],
        [{ componentId: data.plan2022.components['5'] }, (row) => row.component.code === '5'],
        [{ projectId: data.plan2022.components['4'] }, (row) => row.component.code === '4.1'],
        [
          { projectId: data.plan2022.components['3'] },
          (row) => row.component.code === '3.1' && row.receivedOn < '2023-01-01',
        ],
        [{ planId: data.plan2022.planId }, (row) => row.receivedOn < '2023-01-01'],
        [{ year: 2023 }, (row) => row.receivedOn >= '2023-01-01'],
      ];
      for (const [filter, matches] of cases) {
        const rows = await all<BenefitNode>('benefits', filter, { first: 25 });
        const expected = everything.filter(matches);
        expect(expected.length, JSON.stringify(filter)).toBeGreaterThan(0);
        expect(
          rows.map((row) => row.id),
          JSON.stringify(filter),
        ).toEqual(expected.map((row) => row.id));
      }
    });
  });

  describe('the audit log', () => {
    it('has a total and pages newest first through it', async () => {
      const rows = await all<{ id: string }>('auditLog', { planId: data.plan2022.planId }, { first: 40 });
      const [{ count }] = await app.orm.em
        .fork()
        .execute<{ count: number }[]>('select count(*)::int as count from audit_entry where plan_id = ?', [
          rowId(data.plan2022.planId),
        ]);
      expect(rows).toHaveLength(count);
      const ids = rows.map((row) => rowId(row.id));
      expect(ids).toEqual([...ids].sort((a, b) => b - a));
      const { page: payments } = await page('auditLog', { first: 0, filter: { action: 'DISBURSE' } });
      expect(payments?.totalCount).toBe(data.disbursements2022 + 1);
    });
  });

  describe('every plan year', () => {
    it('answers for 2023 as for 2022: the summary, the lists and the registry', async () => {
      const summary = dataOf(
        await app.gql<{ budgetSummary: { assigned: string; allocated: string; disbursed: string }[] }>(
          'query ($planId: ID!) { budgetSummary(planId: $planId, groupBy: []) { assigned allocated disbursed } }',
          { planId: data.plan2023.planId },
          analyst,
        ),
      );
      expect(summary.budgetSummary).toEqual([
        { assigned: '1000000000', allocated: '750000000', disbursed: '100000000' },
      ]);
      const households = await page<HouseholdNode>('households', { first: 5, filter: { year: 2023 } });
      expect(households.page?.totalCount).toBe(2);
      const rates = dataOf(
        await app.gql<{ povertyRates: { households: number; poor: number }[] }>(
          '{ povertyRates(year: 2023, level: DISTRICT) { households poor } }',
          {},
          analyst,
        ),
      );
      expect(rates.povertyRates).toEqual([{ households: 2, poor: 1 }]);
      const benefits = await all<BenefitNode>('benefits', { year: 2023 });
      expect(benefits.map((row) => row.component.code)).toEqual(['3.1']);
    });
  });

  describe('bad cursors', () => {
    const forged = (text: string) => Buffer.from(text).toString('base64url');
    it.each<[ListName, string]>([
      ['allocations', 'not a cursor!'],
      ['allocations', forged('allocation:abc')],
      ['allocations', forged('allocation:99999999999')],
      ['allocations', forged('disbursement:2022-03-15:1')],
      ['disbursements', forged('disbursement:2022-02-30:1')],
      ['disbursements', forged('disbursement:2022-03-15')],
      ['disbursements', forged('allocation:1')],
      ['benefits', forged('benefit:2022-03-15:0')],
      ['benefits', forged('benefit:2022-03-15:1:2')],
      ['households', forged('benefit:2022-03-15:1')],
      ['auditLog', forged('audit:-1')],
    ])('%s refuses %s with BAD_USER_INPUT', async (list, after) => {
      const { page: result, errors } = await page(list, { first: 1, after });
      expect(result).toBeNull();
      expect(errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });

    it('refuses an id of the wrong type in a filter', async () => {
      const { errors } = await page('allocations', { first: 1, filter: { unitId: data.plan2022.planId } });
      expect(errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    });
  });

  describe("a commune officer's rows", () => {
    const IA_TOI = 'KT-IAHDRAI-IATOI';
    const IA_DOM = 'KT-IAHDRAI-IADOM';

    it("lists Ia Tơi's households and benefits only to iatoi, and nothing of Ia Dom's", async () => {
      const iatoi = await app.login('iatoi');
      const [{ count }] = await app.orm.em
        .fork()
        .execute<{ count: number }[]>(
          'select count(*)::int as count from household h join admin_unit c on c.id = h.commune_id where c.code = ?',
          [IA_TOI],
        );
      const households = await page<HouseholdNode>('households', { first: 500 }, iatoi);
      expect(households.page?.totalCount).toBe(count);
      expect(households.page?.edges.every((edge) => edge.node.commune.code === IA_TOI)).toBe(true);
      const benefits = await all<BenefitNode>('benefits', undefined, { first: 500, token: iatoi });
      expect(benefits).toHaveLength(data.benefits.filter((row) => row.commune === IA_TOI).length);
      expect(benefits.length).toBe(BENEFITS_PER_COMMUNE + 1);
      expect(benefits.every((row) => row.household.commune.code === IA_TOI)).toBe(true);
      const other = { communeId: data.communes[IA_DOM] };
      expect((await page('households', { first: 5, filter: other }, iatoi)).page?.totalCount).toBe(0);
      expect((await page('benefits', { first: 5, filter: other }, iatoi)).page?.totalCount).toBe(0);
      // The officer of Ia Dom, and the district-wide roles, see Ia Dom's.
      for (const username of ['iadom', 'analyst', 'leader', 'planning']) {
        const token = await app.login(username);
        const result = await page('benefits', { first: 0, filter: other }, token);
        expect(result.page?.totalCount, username).toBe(BENEFITS_PER_COMMUNE);
      }
    });

    it("answers node(id) of another commune's household, review or benefit with null", async () => {
      const benefit = data.benefits.find((row) => row.commune === IA_DOM);
      const [assessment] = await app.orm.em
        .fork()
        .execute<{ id: number }[]>('select id from assessment where household_id = ? limit 1', [
          rowId(benefit?.household ?? ''),
        ]);
      const ids = [benefit?.household, toGlobalId('Assessment', assessment.id), benefit?.id];
      const NODE = 'query ($id: ID!) { node(id: $id) { __typename id } }';
      for (const id of ids) {
        const hidden = await app.gql<{ node: unknown }>(NODE, { id }, await app.login('iatoi'));
        expect(hidden).toMatchObject({ data: { node: null } });
        expect(hidden.errors).toBeUndefined();
        for (const username of ['iadom', 'analyst', 'admin']) {
          const shown = await app.gql<{ node: { id: string } | null }>(NODE, { id }, await app.login(username));
          expect(shown.data?.node?.id, username).toBe(id);
        }
      }
    });

    it('narrows Allocation.benefits too, but never the aggregates', async () => {
      const iatoi = await app.login('iatoi');
      const district = data.allocations2022.find(
        (row) =>
          row.unit === 'UBND-IADOM' &&
          row.component === '5' &&
          row.source === 'CENTRAL_BUDGET' &&
          row.capitalType === 'RECURRENT',
      );
      const benefitsOf = async (token: string) =>
        dataOf(
          await app.gql<{ node: { benefits: { id: string }[] } }>(
            'query ($id: ID!) { node(id: $id) { ... on Allocation { benefits { id } } } }',
            { id: district?.id },
            token,
          ),
        ).node.benefits;
      expect(await benefitsOf(iatoi)).toEqual([]);
      expect((await benefitsOf(analyst)).length).toBeGreaterThan(0);
      const rates = dataOf(
        await app.gql<{ povertyRates: { unit: { code: string } }[] }>(
          '{ povertyRates(year: 2021, level: COMMUNE) { unit { code } } }',
          {},
          iatoi,
        ),
      );
      expect(rates.povertyRates).toHaveLength(3);
      const summary = dataOf(
        await app.gql<{ budgetSummary: { unit: { code: string } | null }[] }>(
          'query ($planId: ID!) { budgetSummary(planId: $planId, groupBy: [UNIT]) { unit { code } } }',
          { planId: data.plan2022.planId },
          iatoi,
        ),
      );
      expect(summary.budgetSummary.map((row) => row.unit?.code)).toEqual(expect.arrayContaining([...UNITS]));
    });
  });

  describe('statements per page', () => {
    // Counts what MikroORM sends to PostgreSQL for one request (the viewer's, the list's and every
    // nested field's), for a page of 10 and a page of 100 of the same list.
    const statementsFor = async (list: ListName, first: number, variables: Record<string, unknown> = {}) => {
      const logger = app.orm.config.getLogger();
      const original = logger.logQuery;
      let statements = 0;
      logger.logQuery = () => {
        statements += 1;
      };
      try {
        const result = await page(list, { first, ...variables });
        expect(result.errors).toBeUndefined();
        expect(result.page?.edges).toHaveLength(first);
        return statements;
      } finally {
        logger.logQuery = original;
      }
    };

    // Project 1's cells come first and it has no sub-projects: without them a page would skip the
    // level of `parent` and look cheaper for its data, not for its size. Both pages start after them.
    const afterProjectOne = async () => ({
      after: (await page('allocations', { first: 28 })).page?.pageInfo.endCursor,
    });

    it.each<[ListName, () => Promise<Record<string, unknown>>]>([
      ['allocations', afterProjectOne],
      ['disbursements', async () => ({ filter: { year: 2022 } })],
      ['benefits', async () => ({})],
      ['households', async () => ({})],
      ['auditLog', async () => ({})],
    ])('%s: a page of 100 issues no more statements than a page of 10', async (list, variablesOf) => {
      const variables = await variablesOf();
      const small = await statementsFor(list, 10, variables);
      const large = await statementsFor(list, 100, variables);
      expect(large).toBe(small);
      // The viewer, the count, the page, and one per level of nested objects: a handful.
      expect(small).toBeLessThan(12);
      console.info(`statements for ${list}: ${small} (page of 10), ${large} (page of 100)`);
    });
  });
});
