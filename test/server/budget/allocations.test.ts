import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  assign,
  budgetCounts,
  type EnvelopeView,
  type PlanIds,
  planIds,
  SAVE,
  type SaveResult,
} from '../../support/budget';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('saving allocation cells', () => {
  let app: TestApp;
  let finance: string;
  let ids: PlanIds;
  let envelope: EnvelopeView;
  let cells: { id: string; version: number; unit: string }[] = [];
  const save = (changes: Record<string, unknown>[], token = finance) =>
    app.gql<SaveResult>(SAVE, { input: { planId: ids.planId, changes } }, token);
  const cell = (unit: string, amount: string, expectedVersion: number | null = null, envelopeId = envelope.id) => ({
    envelopeId,
    unitId: ids.units[unit],
    amount,
    expectedVersion,
  });

  beforeAll(async () => {
    app = await startTestApp();
    finance = await app.login('finance');
    ids = await planIds(app, finance);
    envelope = await assign(app, finance, {
      planId: ids.planId,
      componentId: ids.components['3.1'],
      amount: '5000000000',
    });
  });
  afterAll(() => app?.close());

  it('saves three cells totalling 4,000,000,000 at version 1, in input order', async () => {
    const { data, errors } = await save([
      cell('UBND-IATOI', '1500000000'),
      cell('UBND-IADAL', '1500000000'),
      cell('UBND-IADOM', '1000000000'),
    ]);
    expect(errors).toBeUndefined();
    const result = data?.saveAllocations;
    expect(result?.userErrors).toEqual([]);
    expect(result?.conflicts).toEqual([]);
    expect(result?.allocations.map((a) => [a.unit.code, a.amount, a.version, a.status])).toEqual([
      ['UBND-IATOI', '1500000000', 1, 'DRAFT'],
      ['UBND-IADAL', '1500000000', 1, 'DRAFT'],
      ['UBND-IADOM', '1000000000', 1, 'DRAFT'],
    ]);
    expect(result?.allocations[2].envelope).toMatchObject({ allocated: '4000000000', remaining: '1000000000' });
    expect(result?.allocations[0]).toMatchObject({ updatedBy: { username: 'finance' } });
    cells = (result?.allocations ?? []).map((a) => ({ id: a.id, version: a.version, unit: a.unit.code }));
  });

  it("lists the saved cells in the plan's grid as the save answered them, each fetchable by its id", async () => {
    // Plan.allocations reads cells as plain records, not entities (allocation-record.ts): the same
    // ids, fields and relations as the entities the save returns.
    const { data, errors } = await app.gql<{
      plans: {
        allocations: {
          id: string;
          amount: string;
          version: number;
          status: string;
          unit: { code: string };
          envelope: { id: string };
          updatedAt: string;
          updatedBy: { username: string } | null;
        }[];
      }[];
    }>(
      '{ plans(year: 2022) { allocations { id amount version status updatedAt unit { code } envelope { id } updatedBy { username } } } }',
      {},
      finance,
    );
    expect(errors).toBeUndefined();
    const listed = data?.plans[0].allocations.filter((a) => a.envelope.id === envelope.id) ?? [];
    expect(listed.map((a) => [a.id, a.unit.code, a.amount, a.version, a.status, a.updatedBy?.username])).toEqual(
      expect.arrayContaining(cells.map((c) => [c.id, c.unit, expect.any(String), c.version, 'DRAFT', 'finance'])),
    );
    expect(listed).toHaveLength(3);
    for (const { id, version, updatedAt } of listed) {
      // node(id) answers from the entity: the same instant to the millisecond.
      const fetched = await app.gql<{ node: { id: string; version: number; updatedAt: string } | null }>(
        'query($id: ID!) { node(id: $id) { id ... on Allocation { version updatedAt } } }',
        { id },
        finance,
      );
      expect(fetched.data?.node).toEqual({ id, version, updatedAt });
    }
  });

  it('refuses a change taking the envelope to 5,000,000,001 with EXCEEDS_ENVELOPE, saying by how much, and changes nothing', async () => {
    const before = await budgetCounts(app);
    const { data } = await save([cell('UBND-IATOI', '2500000001', 1)]);
    expect(data?.saveAllocations.allocations).toEqual([]);
    expect(data?.saveAllocations.userErrors).toEqual([
      {
        code: 'EXCEEDS_ENVELOPE',
        field: ['input', 'changes', '0', 'amount'],
        message: expect.stringContaining('1 đồng more than the 5.000.000.000 đồng assigned'),
      },
    ]);
    expect(await budgetCounts(app)).toEqual(before);
  });

  it('returns a stale version as a conflict with the current cell, and changes nothing', async () => {
    const moved = await save([cell('UBND-IATOI', '1400000000', 1)]);
    expect(moved.data?.saveAllocations.allocations[0]).toMatchObject({ amount: '1400000000', version: 2 });
    const before = await budgetCounts(app);
    const { data } = await save([cell('UBND-IADAL', '1000', 1), cell('UBND-IATOI', '1', 1)]);
    expect(data?.saveAllocations).toEqual({
      allocations: [],
      userErrors: [],
      conflicts: [{ index: 1, current: { id: cells[0].id, amount: '1400000000', version: 2 } }],
    });
    expect(await budgetCounts(app)).toEqual(before);
  });

  it('writes nothing from a batch of 999 valid changes and 1 invalid one', async () => {
    const wide = await assign(app, finance, {
      planId: ids.planId,
      componentId: ids.components['2'],
      amount: '100000000000',
    });
    // 1,000 cells need 1,000 units: give the plan enough (synthetic units, this test's only).
    await app.orm.em.fork().execute(
      `with u as (insert into implementing_unit (code, name, kind, district_id)
                  select 'T-' || g, 'Test unit ' || g, 'OTHER', (select district_id from plan limit 1) from generate_series(1, 1000) g
                  returning id)
       insert into plan_unit (plan_id, unit_id, position, duties) select (select id from plan limit 1), id, 100 + id, '{}' from u`,
    );
    const refreshed = await planIds(app, finance);
    const testUnits = Object.keys(refreshed.units)
      .filter((code) => code.startsWith('T-'))
      .slice(0, 1000);
    const changes = testUnits.map((code) => ({
      envelopeId: wide.id,
      unitId: refreshed.units[code],
      amount: '1000',
      expectedVersion: null,
    }));
    changes[998] = { ...changes[998], amount: '-1' };
    const before = await budgetCounts(app);
    const bad = await save(changes);
    expect(bad.data?.saveAllocations.userErrors).toEqual([
      { code: 'AMOUNT_NEGATIVE', field: ['input', 'changes', '998', 'amount'], message: expect.any(String) },
    ]);
    expect(await budgetCounts(app)).toEqual(before);

    changes[998] = { ...changes[998], amount: '1000' };
    const good = await save(changes);
    expect(good.data?.saveAllocations.userErrors).toEqual([]);
    expect(good.data?.saveAllocations.allocations).toHaveLength(1000);
    expect(good.data?.saveAllocations.allocations[999].envelope.allocated).toBe('1000000');
  });

  it.each([
    ['a negative amount', () => [cell('UBND-IADOM', '-1', 1)], 'AMOUNT_NEGATIVE'],
    ['more than 10^15', () => [cell('UBND-IADOM', '10000000000000000', 1)], 'AMOUNT_TOO_LARGE'],
    ['the same cell twice', () => [cell('UBND-IADOM', '5', 1), cell('UBND-IADOM', '6', 1)], 'DUPLICATE_CELL'],
    ['a version for a cell that has none', () => [cell('P-TCKH', '5', 3)], 'VERSION_MISMATCH'],
    [
      'an unknown envelope',
      () => [cell('UBND-IADOM', '5', null, Buffer.from('Envelope:99999').toString('base64url'))],
      'ENVELOPE_NOT_ASSIGNED',
    ],
    [
      'an unknown unit',
      () => [{ ...cell('UBND-IADOM', '5'), unitId: Buffer.from('ImplementingUnit:99999').toString('base64url') }],
      'UNIT_NOT_IN_PLAN',
    ],
  ])('refuses %s as a userError, writing nothing', async (_name, changes, code) => {
    const before = await budgetCounts(app);
    const { data, errors } = await save(changes());
    expect(errors).toBeUndefined();
    expect(data?.saveAllocations.allocations).toEqual([]);
    expect(data?.saveAllocations.userErrors.map((error) => error.code)).toEqual([code]);
    expect(await budgetCounts(app)).toEqual(before);
  });

  it.each([['1.5'], ['abc'], ['1e3'], ['-0.5'], [' 1'], ['1.000.000']])(
    'rejects the amount "%s" as BAD_USER_INPUT',
    async (amount) => {
      const before = await budgetCounts(app);
      const result = await save([cell('UBND-IADOM', amount, 1)]);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await budgetCounts(app)).toEqual(before);
    },
  );

  // Money has one written form per amount: no leading zero, no "+", no "-0" (once saved as 0).
  it.each([['-0'], ['-00'], ['00'], ['01'], ['+1'], ['1.0'], [' 1']])(
    'rejects the amount "%s" as BAD_USER_INPUT, as a literal and as a variable, writing nothing',
    async (amount) => {
      const before = await budgetCounts(app);
      // A cell with no allocation yet: were the amount accepted, the save would create it.
      const change = cell('P-LDTBXH', amount);
      const asVariable = await save([change]);
      const asLiteral = await app.gql<SaveResult>(
        `mutation { saveAllocations(input: { planId: ${JSON.stringify(ids.planId)}, changes: [{
           envelopeId: ${JSON.stringify(change.envelopeId)}, unitId: ${JSON.stringify(change.unitId)},
           amount: ${JSON.stringify(amount)}, expectedVersion: null }] }) { allocations { id } } }`,
        {},
        finance,
      );
      for (const result of [asVariable, asLiteral]) {
        expect(result.status).toBe(400);
        expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
      }
      expect(await budgetCounts(app)).toEqual(before);
    },
  );

  it('rejects ids that are not envelope or unit ids as BAD_USER_INPUT', async () => {
    const result = await save([{ ...cell('UBND-IADOM', '5', 1), envelopeId: ids.planId }]);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0].message).toContain('changes.0.envelopeId');
  });

  it('does not bump the version of a cell saved with its own amount', async () => {
    const { data } = await save([cell('UBND-IADOM', '1000000000', 1)]);
    expect(data?.saveAllocations.allocations[0]).toMatchObject({ amount: '1000000000', version: 1 });
  });

  it.each(['planning', 'leader', 'analyst', 'iadom'])('refuses %s with FORBIDDEN', async (username) => {
    const token = await app.login(username);
    const before = await budgetCounts(app);
    const result = await save([cell('UBND-IADOM', '1', 1)], token);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await budgetCounts(app)).toEqual(before);
  });

  it("keeps each envelope's allocated equal to the sum of its cells", async () => {
    const rows = await app.orm.em
      .fork()
      .execute<{ id: number; allocated: string; sum: string }[]>(
        'select e.id, e.allocated::text, coalesce(sum(a.amount), 0)::text as sum from envelope e left join allocation a on a.envelope_id = e.id group by e.id',
      );
    for (const row of rows) expect(row.allocated, `envelope ${row.id}`).toBe(row.sum);
  });
});
