import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ASSIGN, assign, type PlanIds, planIds, SAVE, type SaveResult } from '../../support/budget';
import { startTestApp, type TestApp } from '../../support/test-app';

// Two server instances, each with its own connection pool, on one database: what two API
// processes behind a load balancer would do. (A separate OS process is exercised by the
// subscription test.)
describe('concurrent saves through two server instances', () => {
  let first: TestApp;
  let second: TestApp;
  let tokens: [string, string];
  let ids: PlanIds;

  beforeAll(async () => {
    first = await startTestApp();
    second = await startTestApp({
      database: { url: first.databaseUrl, ownerUrl: first.ownerDatabaseUrl },
      seeded: false,
    });
    tokens = [await first.login('finance'), await second.login('admin')];
    ids = await planIds(first, tokens[0]);
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  const through = (index: number) =>
    index % 2 === 0 ? { app: first, token: tokens[0] } : { app: second, token: tokens[1] };

  it("lets exactly one of 20 saves of one cell at one version win; the cell holds the winner's amount", async () => {
    const envelope = await assign(first, tokens[0], {
      planId: ids.planId,
      componentId: ids.components['4.1'],
      amount: '1000000000',
    });
    const cell = { envelopeId: envelope.id, unitId: ids.units['UBND-IATOI'] };
    const created = await first.gql<SaveResult>(
      SAVE,
      { input: { planId: ids.planId, changes: [{ ...cell, amount: '1', expectedVersion: null }] } },
      tokens[0],
    );
    expect(created.data?.saveAllocations.allocations[0].version).toBe(1);

    const results = await Promise.all(
      Array.from({ length: 20 }, (_, index) => {
        const { app, token } = through(index);
        const amount = String(1000 + index);
        return app
          .gql<SaveResult>(
            SAVE,
            { input: { planId: ids.planId, changes: [{ ...cell, amount, expectedVersion: 1 }] } },
            token,
          )
          .then((result) => ({ amount, result }));
      }),
    );
    const winners = results.filter(({ result }) => (result.data?.saveAllocations.allocations.length ?? 0) === 1);
    const losers = results.filter(({ result }) => (result.data?.saveAllocations.conflicts.length ?? 0) === 1);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(19);
    for (const { result } of losers)
      expect(result.data?.saveAllocations.conflicts[0].current).toMatchObject({
        version: 2,
        amount: winners[0].amount,
      });

    const [row] = await first.orm.em
      .fork()
      .execute<{ amount: string; version: number }[]>(
        'select amount::text, version from allocation where envelope_id = (select min(id) from envelope where amount = 1000000000)',
      );
    expect(row).toEqual({ amount: winners[0].amount, version: 2 });
  });

  it('never lets 20 concurrent saves to different cells pass the envelope', async () => {
    const envelope = await assign(first, tokens[0], {
      planId: ids.planId,
      componentId: ids.components['4.2'],
      amount: '1000000',
    });
    // Each save wants 100,000 for its own unit: only ten fit.
    const unitCodes = Object.keys(ids.units);
    const extra = await first.orm.em.fork().execute<{ id: number }[]>(
      `with u as (insert into implementing_unit (code, name, kind, district_id)
                  select 'C-' || g, 'Concurrency unit ' || g, 'OTHER', (select district_id from plan limit 1) from generate_series(1, 20) g returning id)
       insert into plan_unit (plan_id, unit_id, position, duties) select (select id from plan limit 1), id, 500 + id, '{}' from u returning unit_id as id`,
    );
    expect(unitCodes.length + extra.length).toBeGreaterThanOrEqual(20);
    const refreshed = await planIds(first, tokens[0]);
    const units = Object.keys(refreshed.units).filter((code) => code.startsWith('C-'));
    const results = await Promise.all(
      units.map((code, index) => {
        const { app, token } = through(index);
        const changes = [
          { envelopeId: envelope.id, unitId: refreshed.units[code], amount: '100000', expectedVersion: null },
        ];
        return app.gql<SaveResult>(SAVE, { input: { planId: ids.planId, changes } }, token);
      }),
    );
    const saved = results.filter((result) => result.data?.saveAllocations.allocations.length === 1).length;
    const refused = results.filter(
      (result) => result.data?.saveAllocations.userErrors[0]?.code === 'EXCEEDS_ENVELOPE',
    ).length;
    expect([saved, refused]).toEqual([10, 10]);
    const [row] = await first.orm.em
      .fork()
      .execute<{ amount: string; allocated: string; sum: string }[]>(
        'select e.amount::text, e.allocated::text, (select sum(amount) from allocation where envelope_id = e.id)::text as sum from envelope e where e.amount = 1000000',
      );
    expect(row).toEqual({ amount: '1000000', allocated: '1000000', sum: '1000000' });
  });
  it('records one decision when assignments citing the same new decision arrive at once', async () => {
    const decisionNumber = '777/QĐ-UBND';
    const components = ['4.1', '4.2', '4.3', '3.2'];
    const results = await Promise.all(
      Array.from({ length: 8 }, (_, index) => {
        const { app, token } = through(index);
        return app.gql<{ assignEnvelope: { envelope: { id: string } | null; userErrors: unknown[] } }>(
          ASSIGN,
          {
            input: {
              planId: ids.planId,
              componentId: ids.components[components[index % components.length]],
              capitalType: 'RECURRENT',
              source: 'CENTRAL_BUDGET',
              amount: '1000',
              decisionNumber,
              decisionDate: '2022-05-20',
              decisionIssuer: 'UBND tỉnh Kon Tum',
            },
          },
          token,
        );
      }),
    );
    for (const result of results) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.assignEnvelope.userErrors).toEqual([]);
    }
    const rows = await first.orm.em
      .fork()
      .execute('select count(*)::int as n from legal_document where number = ?', [decisionNumber]);
    expect(rows).toEqual([{ n: 1 }]);
  });
});
