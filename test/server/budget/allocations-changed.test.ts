import pg from 'pg';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { EVENTS_CHANNEL } from '../../../server/src/common/events';
import { toGlobalId } from '../../../server/src/common/node';
import { assign, planIds, SAVE, type SaveResult } from '../../support/budget';
import { type ServerProcess, startServerProcess } from '../../support/server-process';
import { type Subscription, subscribe } from '../../support/subscriptions';
import { startTestApp, type TestApp } from '../../support/test-app';
import { waitFor } from '../../support/wait-for';

const ALLOCATIONS_CHANGED = /* GraphQL */ `
  subscription AllocationsChanged($planId: ID!) {
    allocationsChanged(planId: $planId) {
      plan { id year }
      allocations { id amount version }
      changedBy { username }
    }
  }
`;

interface AllocationsChanged {
  allocationsChanged: {
    plan: { id: string; year: number };
    allocations: { id: string; amount: string; version: number }[];
    changedBy: { username: string } | null;
  };
}

/** The grid's live updates for one plan, on a connection of its own to the server at `url`. */
const subscribeToAllocations = (url: string, token: string | undefined, planId: string) =>
  subscribe<AllocationsChanged>(url, { token, query: ALLOCATIONS_CHANGED, variables: { planId } });

/** One GraphQL operation over HTTP to any server, e.g. the separate process. */
const gqlAt = async <T>(url: string, query: string, variables: Record<string, unknown>, token: string) => {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as { data?: T | null; errors?: unknown[] };
};

interface Grid {
  planId: number;
  financeUserId: number;
  /** Two cells of one envelope, for two implementing units. */
  cellIds: [number, number];
}

/** An envelope with two cells in the seeded 2022 plan, written directly (the budget API is not needed here). */
const createGrid = async (db: pg.Client): Promise<Grid> => {
  const one = async (sql: string, params: unknown[] = []) => {
    const { rows } = await db.query(sql, params);
    if (!rows[0]) throw new Error(`no row for: ${sql}`);
    return Object.values(rows[0])[0] as number;
  };
  const planId = await one('select id from plan where year = 2022');
  const financeUserId = await one("select id from app_user where username = 'finance'");
  const componentId = await one('select id from program_component where plan_id = $1 order by position limit 1', [
    planId,
  ]);
  const decisionId = await one('select id from legal_document order by id limit 1');
  const { rows: units } = await db.query<{ unit_id: number }>(
    'select unit_id from plan_unit where plan_id = $1 order by position limit 2',
    [planId],
  );
  await db.query(
    `insert into envelope (plan_id, component_id, capital_type, source, amount, decision_id)
     values ($1, $2, 'RECURRENT', 'OTHER', 5000000000, $3) on conflict do nothing`,
    [planId, componentId, decisionId],
  );
  const envelopeId = await one(
    "select id from envelope where plan_id = $1 and component_id = $2 and capital_type = 'RECURRENT' and source = 'OTHER'",
    [planId, componentId],
  );
  const cellIds: number[] = [];
  for (const { unit_id } of units) {
    await db.query(
      'insert into allocation (envelope_id, unit_id, amount) values ($1, $2, 100000000) on conflict do nothing',
      [envelopeId, unit_id],
    );
    cellIds.push(await one('select id from allocation where envelope_id = $1 and unit_id = $2', [envelopeId, unit_id]));
  }
  await syncEnvelope(db, envelopeId);
  return { planId, financeUserId, cellIds: [cellIds[0], cellIds[1]] };
};

// Keeps the envelope's running total (and its check constraints) in step with its cells.
const syncEnvelope = (db: pg.Client, envelopeId: number) =>
  db.query(
    `update envelope set allocated = totals.sum, amount = greatest(amount, totals.sum)
     from (select coalesce(sum(amount), 0) as sum from allocation where envelope_id = $1) totals where id = $1`,
    [envelopeId],
  );

/**
 * Saves cells the way a server process does: the rows and the NOTIFY in one transaction, so the
 * event leaves only on commit. (Through the API this is saveAllocations.)
 */
const saveCells = async (
  db: pg.Client,
  { planId, userId, cells }: { planId: number; userId: number | null; cells: { id: number; amount: bigint }[] },
) => {
  await db.query('begin');
  try {
    for (const cell of cells) {
      const { rows } = await db.query<{ envelope_id: number }>(
        `update allocation set amount = $2, version = version + 1, updated_at = now(), updated_by_id = $3
         where id = $1 returning envelope_id`,
        [cell.id, cell.amount.toString(), userId],
      );
      await syncEnvelope(db, rows[0].envelope_id);
    }
    const event = { topic: 'ALLOCATIONS_CHANGED', planId, allocationIds: cells.map((cell) => cell.id), userId };
    await db.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(event)]);
    await db.query('commit');
  } catch (error) {
    await db.query('rollback');
    throw error;
  }
};

const version = async (db: pg.Client, allocationId: number): Promise<number> =>
  (await db.query<{ version: number }>('select version from allocation where id = $1', [allocationId])).rows[0].version;

describe('allocationsChanged: live updates of the allocation grid across server processes', () => {
  let a: TestApp;
  let b: ServerProcess;
  /** Another session on the same database, as another server process would have. */
  let db: pg.Client;
  let grid: Grid;
  let token: string;
  let planGlobalId: string;
  const open: Subscription<unknown>[] = [];

  const track = <T>(subscription: Subscription<T>): Subscription<T> => {
    open.push(subscription as Subscription<unknown>);
    return subscription;
  };
  /** Subscribes on instance A and returns once A's event bus has the subscriber. */
  const subscribeOnA = async (planId = planGlobalId) => {
    const before = a.app.eventBus.listenerCount;
    const subscription = track(subscribeToAllocations(a.url, token, planId));
    await waitFor(() => a.app.eventBus.listenerCount > before, { what: 'instance A has the subscriber' });
    return subscription;
  };

  beforeAll(async () => {
    a = await startTestApp();
    [b, token] = await Promise.all([
      startServerProcess({ url: a.databaseUrl, ownerUrl: a.ownerDatabaseUrl }),
      a.login('finance'),
    ]);
    db = new pg.Client({ connectionString: a.databaseUrl });
    await db.connect();
    grid = await createGrid(db);
    planGlobalId = toGlobalId('Plan', grid.planId);
  }, 90_000);

  afterEach(async () => {
    await Promise.all(open.splice(0).map((subscription) => subscription.close()));
    await waitFor(() => a.app.eventBus.listenerCount === 0, { what: 'closed subscriptions leave instance A' });
  });

  afterAll(async () => {
    await db?.end();
    await b?.stop();
    await a?.close();
  });

  it('delivers a change committed by another session within 2 seconds, freshly loaded', async () => {
    const subscription = await subscribeOnA();
    const [cell] = grid.cellIds;

    await saveCells(db, {
      planId: grid.planId,
      userId: grid.financeUserId,
      cells: [{ id: cell, amount: 1_234_000_000n }],
    });

    expect(await subscription.next(2_000)).toEqual({
      data: {
        allocationsChanged: {
          plan: { id: planGlobalId, year: 2022 },
          allocations: [{ id: toGlobalId('Allocation', cell), amount: '1234000000', version: await version(db, cell) }],
          changedBy: { username: 'finance' },
        },
      },
    });
  });

  it('delivers a change saved through the other server process (saveAllocations on B) within 2 seconds', async () => {
    const subscription = await subscribeOnA();
    const ids = await planIds(a, token);
    const envelope = await assign(a, token, {
      planId: ids.planId,
      componentId: ids.components['3.1'],
      amount: '900000000',
    });

    const saved = await gqlAt<SaveResult>(
      b.url,
      SAVE,
      {
        input: {
          planId: ids.planId,
          changes: [
            { envelopeId: envelope.id, unitId: ids.units['UBND-IATOI'], amount: '345000000', expectedVersion: null },
          ],
        },
      },
      token,
    );
    expect(saved.errors).toBeUndefined();
    const [cell] = saved.data?.saveAllocations.allocations ?? [];

    expect(await subscription.next(2_000)).toEqual({
      data: {
        allocationsChanged: {
          plan: { id: planGlobalId, year: 2022 },
          allocations: [{ id: cell.id, amount: '345000000', version: 1 }],
          changedBy: { username: 'finance' },
        },
      },
    });
  });

  it('gives the changed cells in the order of the event, and no editor for a system change', async () => {
    const subscription = await subscribeOnA();
    const [first, second] = grid.cellIds;

    await saveCells(db, {
      planId: grid.planId,
      userId: null,
      cells: [
        { id: second, amount: 222_000_000n },
        { id: first, amount: 111_000_000n },
      ],
    });

    const { data } = await subscription.next(2_000);
    expect(data?.allocationsChanged.allocations.map(({ id, amount }) => [id, amount])).toEqual([
      [toGlobalId('Allocation', second), '222000000'],
      [toGlobalId('Allocation', first), '111000000'],
    ]);
    expect(data?.allocationsChanged.changedBy).toBeNull();
  });

  it('delivers nothing for a rolled-back transaction', async () => {
    const subscription = await subscribeOnA();
    await db.query('begin');
    await db.query('select pg_notify($1, $2)', [
      EVENTS_CHANNEL,
      JSON.stringify({ topic: 'ALLOCATIONS_CHANGED', planId: grid.planId, allocationIds: grid.cellIds, userId: null }),
    ]);
    await db.query('rollback');
    await subscription.expectNothing(500);
  });

  it('is served by the separate server process too, from the same NOTIFY', async () => {
    // B is another OS process: its subscriber count is out of reach, so wait until it delivers at all.
    const onB = track(subscribeToAllocations(b.url, token, planGlobalId));
    const probe = { topic: 'ALLOCATIONS_CHANGED', planId: grid.planId, allocationIds: [], userId: null };
    const probing = setInterval(() => {
      void db.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(probe)]);
    }, 100);
    try {
      await onB.next(10_000);
    } finally {
      clearInterval(probing);
    }
    const onA = await subscribeOnA();
    const [cell] = grid.cellIds;

    await saveCells(db, {
      planId: grid.planId,
      userId: grid.financeUserId,
      cells: [{ id: cell, amount: 42_000_000n }],
    });

    const changed = (result: { data?: AllocationsChanged | null }) =>
      (result.data?.allocationsChanged.allocations.length ?? 0) > 0;
    for (const subscription of [onA, onB]) {
      const { data } = await subscription.nextMatching(changed, 2_000);
      expect(data?.allocationsChanged.allocations).toEqual([
        { id: toGlobalId('Allocation', cell), amount: '42000000', version: await version(db, cell) },
      ]);
    }
  });

  it("does not deliver one plan's changes to a subscriber of another plan", async () => {
    const { rows } = await db.query<{ id: number }>(
      `insert into plan (year, title, district_id, status, standard_id, purposes, created_at, updated_at)
       select 2023, 'Kế hoạch 2023 (test)', district_id, 'DRAFT', standard_id, '{}', now(), now()
       from plan where id = $1 returning id`,
      [grid.planId],
    );
    const other = await subscribeOnA(toGlobalId('Plan', rows[0].id));
    const mine = await subscribeOnA();

    await saveCells(db, { planId: grid.planId, userId: null, cells: [{ id: grid.cellIds[0], amount: 7_000_000n }] });

    expect((await mine.next(2_000)).data?.allocationsChanged.allocations).toHaveLength(1);
    await other.expectNothing(300);
  });

  it('ignores malformed events and keeps delivering', async () => {
    const subscription = await subscribeOnA();
    for (const junk of ['not json', '{"topic":"ALLOCATIONS_CHANGED","planId":"1"}', '{"topic":"SOMETHING_ELSE"}']) {
      await db.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, junk]);
    }
    await saveCells(db, { planId: grid.planId, userId: null, cells: [{ id: grid.cellIds[1], amount: 9_000_000n }] });

    expect((await subscription.next(2_000)).data?.allocationsChanged.allocations[0].amount).toBe('9000000');
    await subscription.expectNothing(200);
  });

  it('keeps open subscriptions delivering after its LISTEN connection is cut', async () => {
    const subscription = await subscribeOnA();
    const bus = a.app.eventBus;

    await db.query(
      `select pg_terminate_backend(pid) from pg_stat_activity
       where application_name = 'ansinh-events' and datname = current_database() and pid <> pg_backend_pid()`,
    );
    await waitFor(() => !bus.listening, { what: 'the bus notices' });
    await bus.ready();
    await saveCells(db, { planId: grid.planId, userId: null, cells: [{ id: grid.cellIds[0], amount: 8_000_000n }] });

    expect((await subscription.next(2_000)).data?.allocationsChanged.allocations[0].amount).toBe('8000000');
  });

  it('leaves no listener behind when the websocket closes', async () => {
    const subscription = await subscribeOnA();
    expect(a.app.eventBus.listenerCount).toBe(1);

    await subscription.close();
    await waitFor(() => a.app.eventBus.listenerCount === 0, { what: 'the listener is gone' });
  });

  it('refuses a connection without a valid token', async () => {
    for (const bad of [undefined, 'garbage', `${token}x`]) {
      const subscription = track(subscribeToAllocations(a.url, bad, planGlobalId));
      expect(await subscription.ended()).toMatchObject({ code: 4403, reason: 'Forbidden' });
    }
    expect(a.app.eventBus.listenerCount).toBe(0);
  });

  it('answers an unknown plan with NOT_FOUND and a wrong id with BAD_USER_INPUT', async () => {
    const unknown = track(subscribeToAllocations(a.url, token, toGlobalId('Plan', 999_999)));
    const wrongType = track(subscribeToAllocations(a.url, token, toGlobalId('Allocation', grid.cellIds[0])));
    expect(await unknown.next()).toMatchObject({
      errors: [{ message: 'No such plan.', extensions: { code: 'NOT_FOUND' } }],
    });
    expect(await wrongType.next()).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    expect(a.app.eventBus.listenerCount).toBe(0);
  });

  it('serves only valid subscriptions over the websocket, with the codes of HTTP', async () => {
    const query = track(subscribe(a.url, { token, query: '{ plans { id } }' }));
    const invalid = track(subscribe(a.url, { token, query: 'subscription { allocationsChanged { nope } }' }));
    const unparsable = track(subscribe(a.url, { token, query: 'subscription {' }));
    expect(await query.ended()).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    expect(await invalid.ended()).toEqual([
      expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
      expect.objectContaining({ extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } }),
    ]);
    expect(await unparsable.ended()).toEqual([
      expect.objectContaining({ extensions: { code: 'GRAPHQL_PARSE_FAILED' } }),
    ]);
  });

  it('closes open websockets and stops listening when the server stops', async () => {
    const other = await startTestApp();
    const leader = await other.login('leader');
    const { data } = await other.gql<{ plans: { id: string }[] }>('{ plans(year: 2022) { id } }', {}, leader);
    const subscription = track(subscribeToAllocations(other.url, leader, data?.plans[0].id ?? ''));
    await waitFor(() => other.app.eventBus.listenerCount === 1, { what: 'the other server has the subscriber' });

    const started = Date.now();
    await other.close();
    expect(Date.now() - started).toBeLessThan(3_000);
    expect(await subscription.ended()).toMatchObject({ code: 1001 });
    expect(other.app.eventBus).toMatchObject({ listening: false, listenerCount: 0 });
  });
});
