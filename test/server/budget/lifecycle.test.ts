import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ADJUST,
  APPROVE,
  assign,
  auditReplay,
  budgetCounts,
  DISBURSE,
  type EnvelopeView,
  type PlanIds,
  planIds,
  SAVE,
  type SaveResult,
  type UserErrorView,
} from '../../support/budget';
import { connectedAs, startTestApp, type TestApp } from '../../support/test-app';

interface Row {
  component: { code: string } | null;
  project: { code: string } | null;
  unit: { code: string } | null;
  capitalType: string | null;
  source: string | null;
  assigned: string;
  allocated: string;
  disbursed: string;
}

const SUMMARY = /* GraphQL */ `
  query Summary($planId: ID!, $groupBy: [BudgetDimension!]!, $asOf: DateTime) {
    budgetSummary(planId: $planId, groupBy: $groupBy, asOf: $asOf) {
      component { code } project { code } unit { code } capitalType source assigned allocated disbursed
    }
  }
`;

const sum = (rows: Row[], key: 'assigned' | 'allocated' | 'disbursed') =>
  rows.reduce((total, row) => total + BigInt(row[key]), 0n).toString();

describe('approval, adjustment, disbursement, audit and summaries', () => {
  let app: TestApp;
  let finance: string;
  let ids: PlanIds;
  let recurrent: EnvelopeView;
  let investment: EnvelopeView;
  let cells: Record<string, { id: string; version: number }>;
  let beforeAdjustment: string;

  const summary = async (groupBy: string[], asOf?: string) => {
    const result = await app.gql<{ budgetSummary: Row[] }>(SUMMARY, { planId: ids.planId, groupBy, asOf }, finance);
    expect(result.errors).toBeUndefined();
    return result.data?.budgetSummary ?? [];
  };

  beforeAll(async () => {
    app = await startTestApp();
    finance = await app.login('finance');
    ids = await planIds(app, finance);
    recurrent = await assign(app, finance, {
      planId: ids.planId,
      componentId: ids.components['3.1'],
      amount: '5000000000',
    });
    investment = await assign(app, finance, {
      planId: ids.planId,
      componentId: ids.components['1'],
      amount: '8000000000',
      capitalType: 'INVESTMENT',
      source: 'PROVINCIAL_BUDGET',
    });
    const { data } = await app.gql<SaveResult>(
      SAVE,
      {
        input: {
          planId: ids.planId,
          changes: [
            { envelopeId: recurrent.id, unitId: ids.units['UBND-IATOI'], amount: '1500000000', expectedVersion: null },
            { envelopeId: recurrent.id, unitId: ids.units['UBND-IADAL'], amount: '1500000000', expectedVersion: null },
            { envelopeId: recurrent.id, unitId: ids.units['UBND-IADOM'], amount: '1000000000', expectedVersion: null },
            { envelopeId: investment.id, unitId: ids.units['P-TCKH'], amount: '6000000000', expectedVersion: null },
          ],
        },
      },
      finance,
    );
    cells = Object.fromEntries(
      (data?.saveAllocations.allocations ?? []).map((a) => [a.unit.code, { id: a.id, version: a.version }]),
    );
  });
  afterAll(() => app?.close());

  it('refuses payments before approval with NOT_APPROVED', async () => {
    const { data } = await app.gql<{ recordDisbursements: { userErrors: UserErrorView[] } }>(
      DISBURSE,
      { input: { entries: [{ allocationId: cells['UBND-IATOI'].id, paidOn: '2022-05-01', amount: '1' }] } },
      finance,
    );
    expect(data?.recordDisbursements.userErrors.map((error) => error.code)).toEqual(['NOT_APPROVED']);
  });

  it('refuses adjustments before approval with PLAN_NOT_APPROVED', async () => {
    const { data } = await app.gql<{ adjustAllocations: { userErrors: UserErrorView[] } }>(
      ADJUST,
      {
        input: {
          planId: ids.planId,
          changes: [{ envelopeId: recurrent.id, unitId: ids.units['UBND-IATOI'], amount: '1', expectedVersion: 1 }],
          decisionNumber: '9/QĐ-UBND',
          decisionDate: '2022-05-01',
          reason: 'x',
        },
      },
      finance,
    );
    expect(data?.adjustAllocations.userErrors.map((error) => error.code)).toEqual(['PLAN_NOT_APPROVED']);
  });

  it('approves with a decision: every cell APPROVED, then saveAllocations answers PLAN_LOCKED', async () => {
    const approved = await app.gql<{
      approveAllocations: { allocations: { status: string; version: number }[]; userErrors: UserErrorView[] };
    }>(APPROVE, { input: { planId: ids.planId, decisionNumber: '210/QĐ-UBND', decisionDate: '2022-05-10' } }, finance);
    expect(approved.data?.approveAllocations.userErrors).toEqual([]);
    expect(approved.data?.approveAllocations.allocations.map((a) => [a.status, a.version])).toEqual([
      ['APPROVED', 2],
      ['APPROVED', 2],
      ['APPROVED', 2],
      ['APPROVED', 2],
    ]);
    const again = await app.gql<{ approveAllocations: { userErrors: UserErrorView[] } }>(
      APPROVE,
      { input: { planId: ids.planId, decisionNumber: '211/QĐ-UBND', decisionDate: '2022-05-11' } },
      finance,
    );
    expect(again.data?.approveAllocations.userErrors.map((error) => error.code)).toEqual(['ALREADY_APPROVED']);

    const before = await budgetCounts(app);
    const locked = await app.gql<SaveResult>(
      SAVE,
      {
        input: {
          planId: ids.planId,
          changes: [{ envelopeId: recurrent.id, unitId: ids.units['UBND-IATOI'], amount: '1', expectedVersion: 2 }],
        },
      },
      finance,
    );
    expect(locked.data?.saveAllocations.userErrors.map((error) => error.code)).toEqual(['PLAN_LOCKED']);
    expect(await budgetCounts(app)).toEqual(before);

    const { data } = await app.gql<{
      plans: {
        allocationApproval: { decision: { number: string; issuer: string }; approvedBy: { username: string } };
      }[];
    }>(
      '{ plans(year: 2022) { allocationApproval { decision { number issuer } approvedBy { username } } } }',
      {},
      finance,
    );
    expect(data?.plans[0].allocationApproval).toEqual({
      decision: { number: '210/QĐ-UBND', issuer: "UBND huyện Ia H'Drai" },
      approvedBy: { username: 'finance' },
    });
  });

  it('records payments by date and refuses paying more than allocated with EXCEEDS_ALLOCATION', async () => {
    const paid = await app.gql<{
      recordDisbursements: { allocations: { id: string; disbursed: string }[]; userErrors: UserErrorView[] };
    }>(
      DISBURSE,
      {
        input: {
          entries: [
            { allocationId: cells['UBND-IATOI'].id, paidOn: '2022-06-15', amount: '400000000' },
            { allocationId: cells['UBND-IATOI'].id, paidOn: '2022-09-01', amount: '100000000' },
            { allocationId: cells['P-TCKH'].id, paidOn: '2022-06-30', amount: '2000000000' },
          ],
        },
      },
      finance,
    );
    expect(paid.data?.recordDisbursements.userErrors).toEqual([]);
    expect(paid.data?.recordDisbursements.allocations.map((a) => a.disbursed).sort()).toEqual([
      '2000000000',
      '500000000',
    ]);

    const before = await budgetCounts(app);
    const over = await app.gql<{ recordDisbursements: { userErrors: UserErrorView[] } }>(
      DISBURSE,
      {
        input: {
          entries: [
            { allocationId: cells['UBND-IADAL'].id, paidOn: '2022-07-01', amount: '100' },
            { allocationId: cells['UBND-IATOI'].id, paidOn: '2022-07-01', amount: '1000000001' },
          ],
        },
      },
      finance,
    );
    expect(over.data?.recordDisbursements.userErrors).toEqual([
      {
        code: 'EXCEEDS_ALLOCATION',
        field: ['input', 'entries', '1', 'amount'],
        message: expect.stringContaining('1 đồng more than'),
      },
    ]);
    expect(await budgetCounts(app)).toEqual(before);

    const base = { allocationId: cells['UBND-IADAL'].id, paidOn: '2022-07-01', amount: '5' };
    for (const [entry, code] of [
      [{ amount: '0' }, 'AMOUNT_NOT_POSITIVE'],
      [{ amount: '-5' }, 'AMOUNT_NOT_POSITIVE'],
      [{ paidOn: '2999-01-01' }, 'PAID_ON_IN_FUTURE'],
      [{ allocationId: Buffer.from('Allocation:99999').toString('base64url') }, 'ALLOCATION_NOT_FOUND'],
    ] as [Partial<typeof base>, string][]) {
      const result = await app.gql<{ recordDisbursements: { userErrors: UserErrorView[] } }>(
        DISBURSE,
        { input: { entries: [{ ...base, ...entry }] } },
        finance,
      );
      expect(
        result.data?.recordDisbursements.userErrors.map((error) => error.code),
        JSON.stringify(entry),
      ).toEqual([code]);
    }
    expect(await budgetCounts(app)).toEqual(before);
  });

  it('adjusts approved cells with a decision and reason; refuses going below what was paid', async () => {
    const em = app.orm.em.fork();
    const [{ lastId }] = await em.execute<{ lastId: string }[]>('select max(id)::text as "lastId" from audit_entry');
    const below = await app.gql<{ adjustAllocations: { userErrors: UserErrorView[] } }>(
      ADJUST,
      {
        input: {
          planId: ids.planId,
          changes: [
            { envelopeId: recurrent.id, unitId: ids.units['UBND-IATOI'], amount: '499999999', expectedVersion: 2 },
          ],
          decisionNumber: '300/QĐ-UBND',
          decisionDate: '2022-08-01',
          reason: 'Điều chỉnh giữa năm',
        },
      },
      finance,
    );
    expect(below.data?.adjustAllocations.userErrors.map((error) => error.code)).toEqual(['BELOW_DISBURSED']);

    const missingReason = await app.gql<{ adjustAllocations: { userErrors: UserErrorView[] } }>(
      ADJUST,
      {
        input: {
          planId: ids.planId,
          changes: [
            { envelopeId: recurrent.id, unitId: ids.units['UBND-IATOI'], amount: '1200000000', expectedVersion: 2 },
          ],
          decisionNumber: '300/QĐ-UBND',
          decisionDate: '2022-08-01',
          reason: '  ',
        },
      },
      finance,
    );
    expect(missingReason.data?.adjustAllocations.userErrors.map((error) => error.code)).toEqual(['REASON_REQUIRED']);

    const adjusted = await app.gql<{
      adjustAllocations: {
        allocations: { amount: string; status: string; version: number }[];
        userErrors: UserErrorView[];
      };
    }>(
      ADJUST,
      {
        input: {
          planId: ids.planId,
          changes: [
            { envelopeId: recurrent.id, unitId: ids.units['UBND-IATOI'], amount: '1200000000', expectedVersion: 2 },
            { envelopeId: recurrent.id, unitId: ids.units['P-LDTBXH'], amount: '300000000', expectedVersion: null },
          ],
          decisionNumber: '300/QĐ-UBND',
          decisionDate: '2022-08-01',
          reason: 'Điều chỉnh giữa năm',
        },
      },
      finance,
    );
    expect(adjusted.data?.adjustAllocations.userErrors).toEqual([]);
    expect(
      adjusted.data?.adjustAllocations.allocations.map(({ amount, status, version }) => ({ amount, status, version })),
    ).toEqual([
      { amount: '1200000000', status: 'APPROVED', version: 3 },
      { amount: '300000000', status: 'APPROVED', version: 1 },
    ]);

    // The instant just before the adjustment, from the recorded times (no clock in the test): the last
    // write before it, rounded up to the millisecond an asOf carries (some times are recorded to the
    // microsecond), which must still be earlier than the adjustment's own entries.
    const [times] = await em.execute<{ before: number; adjusted: number }[]>(
      `select extract(epoch from greatest(
                (select max(at) from audit_entry where id <= ?),
                (select max(recorded_at) from disbursement),
                (select max(created_at) from envelope_assignment))) * 1000 as before,
              extract(epoch from (select min(at) from audit_entry where id > ?)) * 1000 as adjusted`,
      [lastId, lastId],
    );
    const [before, adjustedAt] = [Math.ceil(Number(times.before)), Number(times.adjusted)];
    expect(before).toBeLessThan(adjustedAt);
    beforeAdjustment = new Date(before).toISOString();
  });

  it("shows a cell's history: who, when, from what to what, under which decision and why", async () => {
    const { data } = await app.gql<{
      node: {
        history: {
          action: string;
          oldAmount: string | null;
          newAmount: string;
          decisionNumber: string | null;
          reason: string | null;
          at: string;
          user: { username: string };
        }[];
      };
    }>(
      'query($id: ID!) { node(id: $id) { ... on Allocation { history { action oldAmount newAmount decisionNumber reason at user { username } } } } }',
      { id: cells['UBND-IATOI'].id },
      finance,
    );
    expect(data?.node.history.map(({ at: _at, ...entry }) => entry)).toEqual([
      {
        action: 'ALLOCATE',
        oldAmount: null,
        newAmount: '1500000000',
        decisionNumber: null,
        reason: null,
        user: { username: 'finance' },
      },
      {
        action: 'APPROVE',
        oldAmount: '1500000000',
        newAmount: '1500000000',
        decisionNumber: '210/QĐ-UBND',
        reason: null,
        user: { username: 'finance' },
      },
      {
        action: 'ADJUST',
        oldAmount: '1500000000',
        newAmount: '1200000000',
        decisionNumber: '300/QĐ-UBND',
        reason: 'Điều chỉnh giữa năm',
        user: { username: 'finance' },
      },
    ]);
    for (const entry of data?.node.history ?? []) expect(Date.parse(entry.at)).not.toBeNaN();
  });

  it('lists the audit log newest first, filtered and paged with stable cursors', async () => {
    const page = async (after?: string, filter?: Record<string, unknown>) =>
      (
        await app.gql<{
          auditLog: {
            edges: { cursor: string; node: { action: string; entity: string } }[];
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
          };
        }>(
          'query($after: String, $filter: AuditLogFilter) { auditLog(first: 3, after: $after, filter: $filter) { edges { cursor node { action entity } } pageInfo { hasNextPage endCursor } } }',
          { after, filter },
          finance,
        )
      ).data?.auditLog;
    const all: string[] = [];
    let cursor: string | undefined;
    for (let i = 0; i < 20; i++) {
      const current = await page(cursor, { planId: ids.planId });
      all.push(...(current?.edges.map((edge) => `${edge.node.action}:${edge.node.entity}`) ?? []));
      if (!current?.pageInfo.hasNextPage) break;
      cursor = current.pageInfo.endCursor ?? undefined;
    }
    // 2 assignments, 4 cells, 4 approvals of cells + 1 of the plan, 3 payments, 2 adjustments.
    expect(all).toHaveLength(16);
    expect(all[0]).toBe('ADJUST:ALLOCATION');
    expect(all.at(-1)).toBe('ASSIGN:ENVELOPE');
    const adjustments = await page(undefined, { planId: ids.planId, action: 'ADJUST' });
    expect(adjustments?.edges).toHaveLength(2);
    const related = await app.gql<{
      auditLog: {
        edges: {
          node: {
            entity: string;
            envelope: { id: string } | null;
            allocation: { amount: string } | null;
            unit: { code: string } | null;
          };
        }[];
      };
    }>(
      'query($planId: ID) { auditLog(first: 50, filter: { planId: $planId }) { edges { node { entity envelope { id } allocation { amount } unit { code } } } } }',
      { planId: ids.planId },
      finance,
    );
    const cellEntries = related.data?.auditLog.edges.filter((edge) => edge.node.entity === 'ALLOCATION') ?? [];
    expect(cellEntries.length).toBeGreaterThan(0);
    for (const { node } of cellEntries)
      expect([node.envelope?.id, node.allocation?.amount, node.unit?.code].every(Boolean)).toBe(true);
    const future = await page(undefined, { from: '2999-01-01T00:00:00Z' });
    expect(future?.edges).toEqual([]);
    const bad = await app.gql('{ auditLog(after: "nonsense") { pageInfo { hasNextPage } } }', {}, finance);
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('adds up in budgetSummary, by project and by any combination of dimensions', async () => {
    const byProject = await summary(['PROJECT']);
    expect(byProject.map((row) => [row.component?.code, row.assigned, row.allocated, row.disbursed])).toEqual([
      ['1', '8000000000', '6000000000', '2000000000'],
      ['3', '5000000000', '4000000000', '500000000'],
    ]);
    const total = await summary([]);
    expect(total).toEqual([
      {
        component: null,
        project: null,
        unit: null,
        capitalType: null,
        source: null,
        assigned: '13000000000',
        allocated: '10000000000',
        disbursed: '2500000000',
      },
    ]);
    for (const groupBy of [
      ['UNIT'],
      ['COMPONENT', 'UNIT'],
      ['CAPITAL_TYPE', 'SOURCE'],
      ['PROJECT', 'UNIT', 'SOURCE'],
      ['COMPONENT'],
    ]) {
      const rows = await summary(groupBy);
      expect([sum(rows, 'assigned'), sum(rows, 'allocated'), sum(rows, 'disbursed')], groupBy.join()).toEqual([
        '13000000000',
        '10000000000',
        '2500000000',
      ]);
    }
    const byUnit = await summary(['UNIT']);
    expect(byUnit.find((row) => row.unit?.code === 'UBND-IATOI')).toMatchObject({
      assigned: '1200000000',
      allocated: '1200000000',
      disbursed: '500000000',
    });
    expect(byUnit.find((row) => row.unit === null)).toMatchObject({ assigned: '3000000000', allocated: '0' });
    const byComponent = await summary(['COMPONENT']);
    expect(byComponent.find((row) => row.component?.code === '3.1')?.project?.code).toBe('3');
  });

  it('answers asOf as the data stood: before the adjustment the old amount, before anything nothing', async () => {
    const past = await summary(['UNIT'], beforeAdjustment);
    expect(past.find((row) => row.unit?.code === 'UBND-IATOI')).toMatchObject({
      allocated: '1500000000',
      disbursed: '500000000',
    });
    expect(past.find((row) => row.unit?.code === 'P-LDTBXH')).toBeUndefined();
    expect([sum(past, 'assigned'), sum(past, 'allocated')]).toEqual(['13000000000', '10000000000']);
    expect(await summary(['PROJECT'], '2000-01-01T00:00:00Z')).toEqual([]);
    const now = await summary(['COMPONENT', 'UNIT', 'CAPITAL_TYPE', 'SOURCE']);
    expect(
      await summary(['COMPONENT', 'UNIT', 'CAPITAL_TYPE', 'SOURCE'], new Date(Date.now() + 60_000).toISOString()),
    ).toEqual(now);
  });

  it('totals payments by treasury date: to 30 June for the semi-annual report, to year end for the annual', async () => {
    const result = async (paidBy: string) =>
      (
        await app.gql<{ budgetSummary: Row[] }>(
          'query($planId: ID!, $paidBy: Date) { budgetSummary(planId: $planId, groupBy: [], paidBy: $paidBy) { disbursed allocated } }',
          { planId: ids.planId, paidBy },
          finance,
        )
      ).data?.budgetSummary[0];
    expect(await result('2022-06-30')).toMatchObject({ disbursed: '2400000000', allocated: '10000000000' });
    expect(await result('2022-06-14')).toMatchObject({ disbursed: '0' });
    expect(await result('2022-12-31')).toMatchObject({ disbursed: '2500000000' });
  });

  it("replays the audit trail to exactly today's cells and envelopes", async () => {
    const { replayed, actual } = await auditReplay(app);
    expect(replayed).toEqual(actual);
  });

  it('keeps the audit trail append-only, even for SQL and the ORM', async () => {
    // The server's role has no right to (test/server/db/database-roles.test.ts)...
    const em = app.orm.em.fork();
    await expect(em.execute('update audit_entry set new_amount = 1')).rejects.toThrow(/permission denied/);
    await expect(em.execute('delete from audit_entry')).rejects.toThrow(/permission denied/);
    await expect(em.execute('truncate audit_entry')).rejects.toThrow(/permission denied/);
    const { AuditEntry } = await import('../../../server/src/modules/budget/audit-entry.entity');
    const entry = await em.findOneOrFail(AuditEntry, { id: { $gt: 0 } });
    em.remove(entry);
    await expect(em.flush()).rejects.toThrow(/permission denied/);
    // ...and the trigger refuses the owner of the table too.
    await connectedAs(app.ownerDatabaseUrl, async (owner) => {
      await expect(owner.query('update audit_entry set new_amount = 1')).rejects.toThrow(/append-only/);
      await expect(owner.query('delete from audit_entry')).rejects.toThrow(/append-only/);
      await expect(owner.query('truncate audit_entry')).rejects.toThrow(/append-only/);
    });
  });

  it.each(['leader', 'analyst'])('%s reads the summary and the audit log', async (username) => {
    const token = await app.login(username);
    const result = await app.gql<{ budgetSummary: Row[]; auditLog: { edges: unknown[] } }>(
      'query($planId: ID!) { budgetSummary(planId: $planId, groupBy: [PROJECT]) { assigned } auditLog(first: 1) { edges { cursor } } }',
      { planId: ids.planId },
      token,
    );
    expect(result.errors).toBeUndefined();
    expect(result.data?.budgetSummary).toHaveLength(2);
  });
});
