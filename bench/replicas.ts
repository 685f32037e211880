/**
 * Two API processes on one database, as behind a load balancer: both serve the allocation grid
 * under load while writers on both race to add to the same cells, and a subscriber on each
 * process listens for the other's saves. Checks that no update is lost (amounts, versions, audit)
 * and that every save's event reaches both processes. Not part of `npm test`:
 *
 *   npm run bench:replicas                              # private embedded PostgreSQL, demo data
 *   DATABASE_URL=postgres://… npm run bench:replicas    # a database with data, used as it is
 *
 * Env: DATABASE_URL (sign in with BENCH_USERNAME/BENCH_PASSWORD, default admin/demo), BENCH_SECONDS
 * (load window, default 15), BENCH_WRITERS (default 16, half on each process), BENCH_CONNECTIONS
 * (autocannon connections per process, default 8). Exit code 1 when a check fails.
 *
 * The cells are those of a plan that is not approved yet (saveAllocations); when every plan is
 * approved, as in the demo data, writers adjust the approved plan with adjustAllocations and a
 * decision instead: the same service, version check, audit and event. When the chosen envelope
 * has less than TOP_UP left, the harness first tops it up through assignEnvelope.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { createClient } from 'graphql-ws';
import pg from 'pg';
import WebSocket from 'ws';
import { fromGlobalId } from '../server/src/common/node';
import {
  BENCH_PASSWORD,
  BENCH_USERNAME,
  type Contestant,
  ensureTools,
  postGraphQL,
  startOurs,
  TOOLS,
} from './questions/contestants';
import { consoleOperation } from './questions/questions';
import { openBenchDatabase } from './support/database';
import { BenchFailure, createCleanup, printMarkdownTable, runBench } from './support/run';

const positive = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number >= 1`);
  return value;
};
const SECONDS = positive('BENCH_SECONDS', 15);
const WRITERS = positive('BENCH_WRITERS', 16);
const CONNECTIONS = positive('BENCH_CONNECTIONS', 8);
const CELLS = 4;
const CELLS_PER_SAVE = 2;
const STEP = 1_000n;
const TOP_UP = 1_000_000_000n;
const EVENT_WAIT_MS = 15_000;

const GRID = consoleOperation('client/src/features/allocations/graphql/allocations.graphql', 'AllocationGrid');

const PLANS = /* GraphQL */ `
  query ReplicaPlans {
    plans {
      id
      year
      allocationApproval { approvedAt }
      envelopes {
        id capitalType source remaining component { id }
        allocations { id amount version unit { id } }
      }
    }
  }
`;

const ASSIGN = /* GraphQL */ `
  mutation Assign($input: AssignEnvelopeInput!) {
    assignEnvelope(input: $input) { envelope { id remaining } userErrors { code message } }
  }
`;

const CELL_FIELDS = 'allocations { id amount version } conflicts { index } userErrors { code message }';
const SAVE = `mutation Save($input: SaveAllocationsInput!) { saveAllocations(input: $input) { ${CELL_FIELDS} } }`;
const ADJUST = `mutation Adjust($input: AdjustAllocationsInput!) { adjustAllocations(input: $input) { ${CELL_FIELDS} } }`;

const CHANGED = /* GraphQL */ `
  subscription Changed($planId: ID!) {
    allocationsChanged(planId: $planId) { changedBy { username } allocations { id version } }
  }
`;

// One aliased node() per cell: the writers' reread.
const READ_CELLS = `query Cells(${Array.from({ length: CELLS }, (_, i) => `$c${i}: ID!`).join(', ')}) { ${Array.from(
  { length: CELLS },
  (_, i) => `c${i}: node(id: $c${i}) { ... on Allocation { id amount version } }`,
).join(' ')} }`;

interface Cell {
  id: string;
  rowId: number;
  envelopeId: string;
  unitId: string;
  amount: bigint;
  version: number;
}

interface Target {
  planId: string;
  year: number;
  approved: boolean;
  cells: Cell[];
}

/** One process and what happened on it. */
interface Replica {
  label: string;
  server: Contestant;
  username: string;
  token: string;
  load?: LoadResult;
  accepted: AcceptedSave[];
  conflicts: number;
  failures: string[];
  events: ChangeEvent[];
}

interface AcceptedSave {
  username: string;
  cells: { id: string; amount: bigint; version: number }[];
}

interface ChangeEvent {
  username: string | null;
  cells: { id: string; version: number }[];
}

interface LoadResult {
  perSecond: number;
  p50: number | null;
  p95: number | null;
  failures: number;
}

const signInAs = async (server: Contestant, username: string, password: string): Promise<string> => {
  const data = await postGraphQL(
    server.url,
    'mutation Login($input: LoginInput!) { login(input: $input) { token userErrors { code } } }',
    { input: { username, password } },
  );
  const { token } = data.login as { token: string | null };
  if (!token) throw new BenchFailure(`cannot sign in as ${username} on ${server.url}`);
  return token;
};

// ---------------------------------------------------------------- the cells

interface PlanView {
  id: string;
  year: number;
  allocationApproval: { approvedAt: string } | null;
  envelopes: {
    id: string;
    capitalType: string;
    source: string;
    remaining: string;
    component: { id: string };
    allocations: { id: string; amount: string; version: number; unit: { id: string } }[];
  }[];
}

/**
 * The first envelope with CELLS allocations, in a plan not yet approved when there is one (plain
 * grid saves), else in an approved plan (adjustments). Tops the envelope up when it is nearly spent.
 */
const chooseCells = async (server: Contestant, token: string): Promise<Target> => {
  const { plans } = (await postGraphQL(server.url, PLANS, {}, token)) as { plans: PlanView[] };
  const candidates = [...plans].sort(
    (a, b) => Number(a.allocationApproval !== null) - Number(b.allocationApproval !== null) || a.year - b.year,
  );
  for (const plan of candidates) {
    const envelope = plan.envelopes.find((candidate) => candidate.allocations.length >= CELLS);
    if (!envelope) continue;
    if (BigInt(envelope.remaining) < TOP_UP) {
      const { assignEnvelope } = (await postGraphQL(
        server.url,
        ASSIGN,
        {
          input: {
            planId: plan.id,
            componentId: envelope.component.id,
            capitalType: envelope.capitalType,
            source: envelope.source,
            amount: TOP_UP.toString(),
            decisionNumber: 'BENCH-REPLICAS/QĐ-UBND (minh họa)',
            decisionDate: `${plan.year}-06-30`,
            decisionIssuer: 'UBND tỉnh Kon Tum',
          },
        },
        token,
      )) as { assignEnvelope: { envelope: unknown; userErrors: unknown[] } };
      if (!assignEnvelope.envelope)
        throw new BenchFailure(`cannot top up the envelope: ${JSON.stringify(assignEnvelope.userErrors)}`);
    }
    return {
      planId: plan.id,
      year: plan.year,
      approved: plan.allocationApproval !== null,
      cells: envelope.allocations.slice(0, CELLS).map((allocation) => ({
        id: allocation.id,
        rowId: fromGlobalId(allocation.id)?.id as number,
        envelopeId: envelope.id,
        unitId: allocation.unit.id,
        amount: BigInt(allocation.amount),
        version: allocation.version,
      })),
    };
  }
  throw new BenchFailure(`no envelope with ${CELLS} allocations in any plan`);
};

const readCells = async (replica: Replica, target: Target): Promise<Cell[]> => {
  const variables = Object.fromEntries(target.cells.map((cell, index) => [`c${index}`, cell.id]));
  const data = await postGraphQL(replica.server.url, READ_CELLS, variables, replica.token);
  return target.cells.map((cell, index) => {
    const read = data[`c${index}`] as { amount: string; version: number } | null;
    if (!read) throw new BenchFailure(`cell ${cell.id} is gone`);
    return { ...cell, amount: BigInt(read.amount), version: read.version };
  });
};

// ---------------------------------------------------------------- writers

interface SaveOutcome {
  allocations: { id: string; amount: string; version: number }[];
  conflicts: unknown[];
  userErrors: { code: string; message: string }[];
}

/** Adds STEP to each of `cells` in one save, expecting the versions just read. */
const addToCells = async (replica: Replica, target: Target, cells: Cell[]): Promise<SaveOutcome> => {
  const input = {
    planId: target.planId,
    changes: cells.map((cell) => ({
      envelopeId: cell.envelopeId,
      unitId: cell.unitId,
      amount: (cell.amount + STEP).toString(),
      expectedVersion: cell.version,
    })),
    ...(target.approved
      ? {
          decisionNumber: 'BENCH-REPLICAS/QĐ-UBND (minh họa)',
          decisionDate: `${target.year}-06-30`,
          reason: 'Replica benchmark: concurrent adjustments (synthetic)',
        }
      : {}),
  };
  const data = await postGraphQL(replica.server.url, target.approved ? ADJUST : SAVE, { input }, replica.token);
  return (target.approved ? data.adjustAllocations : data.saveAllocations) as SaveOutcome;
};

const pick = <T>(items: T[], count: number): T[] => {
  const pool = [...items];
  const picked: T[] = [];
  while (picked.length < count) picked.push(pool.splice(Math.floor(Math.random() * pool.length), 1)[0]);
  return picked;
};

/** Until `end`: reread a few cells, add STEP to each, retry from a reread on a conflict. */
const writer = async (replica: Replica, target: Target, end: number): Promise<void> => {
  while (performance.now() < end) {
    const chosen = new Set(pick(target.cells, CELLS_PER_SAVE).map((cell) => cell.id));
    for (;;) {
      try {
        const cells = (await readCells(replica, target)).filter((cell) => chosen.has(cell.id));
        const outcome = await addToCells(replica, target, cells);
        if (outcome.userErrors.length > 0) {
          replica.failures.push(JSON.stringify(outcome.userErrors));
          return;
        }
        if (outcome.conflicts.length > 0) {
          replica.conflicts += 1;
          if (performance.now() >= end) break;
          continue;
        }
        replica.accepted.push({
          username: replica.username,
          cells: outcome.allocations.map((cell) => ({
            id: cell.id,
            amount: BigInt(cell.amount),
            version: cell.version,
          })),
        });
      } catch (error) {
        replica.failures.push(error instanceof Error ? error.message : String(error));
        return;
      }
      break;
    }
  }
};

// ---------------------------------------------------------------- read load and subscriptions

/** autocannon (bench/tools/load.cjs) in a child process of its own, stopped by the cleanup if need be. */
const loadGrid = (replica: Replica, year: number, register: (child: ChildProcess) => void): Promise<LoadResult> =>
  new Promise((resolve, reject) => {
    const config = {
      url: replica.server.url,
      body: JSON.stringify({ query: GRID, variables: { year } }),
      headers: { authorization: `Bearer ${replica.token}` },
      connections: CONNECTIONS,
      duration: SECONDS,
    };
    const child = spawn(process.execPath, [join(TOOLS, 'load.cjs'), JSON.stringify(config)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    register(child);
    let stdout = '';
    child.stdout?.on('data', (chunk: Buffer) => {
      stdout += chunk.toString();
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) return reject(new BenchFailure(`autocannon against ${replica.label} exited with ${code}`));
      const result = JSON.parse(stdout.trim().split('\n').at(-1) as string);
      resolve({
        perSecond: result.perSecond,
        p50: result.p50,
        p95: result.p95,
        failures: result.non2xx + result.errors + result.timeouts,
      });
    });
  });

/** A graphql-ws subscription to the plan's changes on the replica, collecting into `replica.events`. */
const listen = (replica: Replica, planId: string): (() => Promise<void>) => {
  const client = createClient({
    url: replica.server.url.replace(/^http/, 'ws'),
    webSocketImpl: WebSocket,
    connectionParams: { authorization: `Bearer ${replica.token}` },
    retryAttempts: 0,
  });
  client.subscribe<{
    allocationsChanged: { changedBy: { username: string } | null; allocations: { id: string; version: number }[] };
  }>(
    { query: CHANGED, variables: { planId } },
    {
      next: ({ data, errors }) => {
        if (errors || !data) replica.failures.push(`subscription: ${JSON.stringify(errors)}`);
        else
          replica.events.push({
            username: data.allocationsChanged.changedBy?.username ?? null,
            cells: data.allocationsChanged.allocations,
          });
      },
      error: (error) => replica.failures.push(`subscription ended: ${JSON.stringify(error)}`),
      complete: () => {},
    },
  );
  return () => client.dispose() as Promise<void>;
};

const waitUntil = async (condition: () => boolean, timeoutMs: number): Promise<boolean> => {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return true;
};

/**
 * The subscriptions are registered asynchronously after the websocket handshake: save once through
 * each process until both subscribers have seen it, so that the measured window starts with both live.
 */
const warmUp = async (replicas: Replica[], target: Target): Promise<void> => {
  for (const replica of replicas) {
    for (let attempt = 0; ; attempt += 1) {
      const before = replicas.map((listener) => listener.events.length);
      const outcome = await addToCells(replica, target, await readCells(replica, target));
      if (outcome.userErrors.length > 0 || outcome.conflicts.length > 0)
        throw new BenchFailure(`warm-up save refused: ${JSON.stringify(outcome)}`);
      const seen = await waitUntil(() => replicas.every((listener, i) => listener.events.length > before[i]), 3_000);
      if (seen) break;
      if (attempt === 4) throw new BenchFailure('the subscriptions never saw a warm-up save');
    }
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  for (const replica of replicas) replica.events.length = 0;
};

// ---------------------------------------------------------------- checks

interface Check {
  name: string;
  passed: boolean;
  detail: string;
}

const cellKey = (cells: { id: string }[]) =>
  cells
    .map((cell) => cell.id)
    .sort()
    .join(',');

const countBy = <T>(items: T[], key: (item: T) => string): Map<string, number> => {
  const counts = new Map<string, number>();
  for (const item of items) counts.set(key(item), (counts.get(key(item)) ?? 0) + 1);
  return counts;
};

const sameCounts = (a: Map<string, number>, b: Map<string, number>) =>
  a.size === b.size && [...a].every(([key, count]) => b.get(key) === count);

const check = async (
  replicas: Replica[],
  target: Target,
  before: Cell[],
  after: Cell[],
  pool: pg.Pool,
  auditFrom: number,
): Promise<Check[]> => {
  const checks: Check[] = [];
  const saves = replicas.flatMap((replica) => replica.accepted);
  const failures = replicas.flatMap((replica) => replica.failures.map((failure) => `${replica.label}: ${failure}`));
  checks.push({
    name: 'no failed request or unexpected userError',
    passed: failures.length === 0 && replicas.every((replica) => replica.load?.failures === 0),
    detail:
      failures.slice(0, 3).join('; ') ||
      `grid failures: ${replicas.map((replica) => replica.load?.failures ?? '?').join(', ')}`,
  });
  checks.push({
    name: 'both processes accepted saves and writers collided',
    passed: replicas.every((replica) => replica.accepted.length > 0 && replica.conflicts > 0),
    detail: replicas.map((r) => `${r.label}: ${r.accepted.length} accepted, ${r.conflicts} conflicts`).join('; '),
  });

  const { rows: audit } = await pool.query<{ entity_id: number; old_amount: string; new_amount: string }>(
    `select entity_id, old_amount, new_amount from audit_entry
      where id > $1 and entity = 'ALLOCATION' and entity_id = any($2::int[]) order by id`,
    [auditFrom, target.cells.map((cell) => cell.rowId)],
  );
  const { rows: others } = await pool.query<{ count: string }>(
    `select count(*) from audit_entry where id > $1 and entity = 'ALLOCATION' and not (entity_id = any($2::int[]))`,
    [auditFrom, target.cells.map((cell) => cell.rowId)],
  );
  for (const [index, cell] of before.entries()) {
    const end = after[index];
    const versions = saves
      .flatMap((save) => save.cells)
      .filter((saved) => saved.id === cell.id)
      .map((saved) => saved.version)
      .sort((a, b) => a - b);
    const n = versions.length;
    const consecutive = versions.every((version, i) => version === cell.version + 1 + i);
    checks.push({
      name: `cell ${index + 1}: amount = start + ${STEP} x accepted`,
      passed: end.amount === cell.amount + STEP * BigInt(n),
      detail: `${cell.amount} + ${STEP} x ${n} = ${cell.amount + STEP * BigInt(n)}; now ${end.amount}`,
    });
    checks.push({
      name: `cell ${index + 1}: version rose by accepted, each save its own version`,
      passed: end.version === cell.version + n && consecutive,
      detail: `${cell.version} -> ${end.version}, ${n} accepted${consecutive ? '' : ', versions not consecutive'}`,
    });
    const entries = audit.filter((entry) => entry.entity_id === cell.rowId);
    const chained = entries.every(
      (entry, i) =>
        BigInt(entry.new_amount) - BigInt(entry.old_amount) === STEP &&
        BigInt(entry.old_amount) === cell.amount + STEP * BigInt(i),
    );
    checks.push({
      name: `cell ${index + 1}: one audit entry per accepted change, chained`,
      passed: entries.length === n && chained,
      detail: `${entries.length} entries for ${n} changes${chained ? '' : ', old/new amounts do not chain'}`,
    });
  }
  checks.push({
    name: 'no audit entry for any other cell',
    passed: Number(others[0].count) === 0,
    detail: `${others[0].count} other entries`,
  });

  // Each save is one event on every process; the event names the saved cells (and who saved them).
  const expected = countBy(saves, (save) => `${save.username}|${cellKey(save.cells)}`);
  const expectedIds = countBy(saves, (save) => cellKey(save.cells));
  for (const replica of replicas) {
    const received = countBy(replica.events, (event) => `${event.username}|${cellKey(event.cells)}`);
    const receivedIds = countBy(replica.events, (event) => cellKey(event.cells));
    checks.push({
      name: `subscriber on ${replica.label}: one event per accepted save on either process, same cells`,
      passed: sameCounts(
        distinctUsers(replicas) ? received : receivedIds,
        distinctUsers(replicas) ? expected : expectedIds,
      ),
      detail: `${replica.events.length} events for ${saves.length} saves`,
    });
  }
  return checks;
};

const distinctUsers = (replicas: Replica[]) =>
  new Set(replicas.map((replica) => replica.username)).size === replicas.length;

// ---------------------------------------------------------------- main

const ms = (value: number | null | undefined) => (value === null || value === undefined ? '—' : value.toFixed(1));

const cleanup = createCleanup();

const main = async (): Promise<number> => {
  ensureTools();
  let databaseUrl = process.env.DATABASE_URL;
  const demo = !databaseUrl;
  if (!databaseUrl) {
    const database = await openBenchDatabase();
    cleanup.add(() => database.stop());
    console.error(`database: ${database.describe} (demo data)`);
    databaseUrl = database.url;
  }
  // One after the other: the first start migrates (and, on an empty database, seeds the demo).
  const servers: Contestant[] = [];
  for (let i = 0; i < 2; i += 1) {
    const server = await startOurs(databaseUrl, { demo });
    cleanup.add(() => server.stop());
    servers.push(server);
    console.error(`process ${'AB'[i]}: pid ${server.pid}, ${server.url}`);
  }
  const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
  // An idle connection dropped by a stopping database (Ctrl-C reaches PostgreSQL too) is no failure.
  pool.on('error', () => {});
  cleanup.add(() => pool.end());

  // Two accounts when the demo has them, so that each event says which process's writer saved.
  const usernames = demo ? [BENCH_USERNAME, 'finance'] : [BENCH_USERNAME, BENCH_USERNAME];
  const replicas: Replica[] = await Promise.all(
    servers.map(async (server, i) => ({
      label: `${'AB'[i]} (:${new URL(server.url).port})`,
      server,
      username: usernames[i],
      token: await signInAs(server, usernames[i], BENCH_PASSWORD),
      accepted: [],
      conflicts: 0,
      failures: [],
      events: [],
    })),
  );
  const [a] = replicas;
  const target = await chooseCells(a.server, a.token);
  console.error(
    `plan ${target.year} (${target.approved ? 'approved: adjustAllocations with a decision' : 'draft: saveAllocations'}), ` +
      `${CELLS} cells, ${WRITERS} writers, ${CONNECTIONS} grid connections per process, ${SECONDS} s`,
  );

  for (const replica of replicas) cleanup.add(listen(replica, target.planId));
  await warmUp(replicas, target);

  const before = await readCells(a, target);
  const {
    rows: [{ max: auditFrom }],
  } = await pool.query<{ max: number }>('select coalesce(max(id), 0) as max from audit_entry');

  const end = performance.now() + SECONDS * 1000;
  const loads = replicas.map((replica) =>
    loadGrid(replica, target.year, (child) =>
      cleanup.add(async () => {
        if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
      }),
    ),
  );
  const writers = Array.from({ length: WRITERS }, (_, i) => writer(replicas[i % 2], target, end));
  const results = await Promise.all(loads);
  await Promise.all(writers);
  results.forEach((result, i) => {
    replicas[i].load = result;
  });

  const saves = replicas.reduce((sum, replica) => sum + replica.accepted.length, 0);
  await waitUntil(() => replicas.every((replica) => replica.events.length >= saves), EVENT_WAIT_MS);
  // A moment more, so that an event too many would show too.
  await new Promise((resolve) => setTimeout(resolve, 500));
  const after = await readCells(replicas[1], target);
  const checks = await check(replicas, target, before, after, pool, auditFrom);

  const other = (replica: Replica) => replicas.find((candidate) => candidate !== replica) as Replica;
  const fromOther = (replica: Replica) =>
    distinctUsers(replicas)
      ? `${replica.events.filter((event) => event.username === other(replica).username).length} / ${other(replica).accepted.length}`
      : `— (${replica.events.length} / ${saves} in all)`;
  console.log();
  printMarkdownTable([
    [
      'process',
      'grid req/s',
      'grid p50 ms',
      'grid p95 ms',
      'saves accepted',
      'conflicts (retried)',
      "events of the other's saves",
    ],
    ...replicas.map((replica) => [
      replica.label,
      (replica.load?.perSecond ?? 0).toFixed(0),
      ms(replica.load?.p50),
      ms(replica.load?.p95),
      String(replica.accepted.length),
      String(replica.conflicts),
      fromOther(replica),
    ]),
  ]);
  console.log();
  printMarkdownTable([
    ['check', 'result', 'detail'],
    ...checks.map((c) => [c.name, c.passed ? 'passed' : 'FAILED', c.detail]),
  ]);
  const failed = checks.filter((c) => !c.passed).length;
  console.log();
  console.log(failed === 0 ? `all ${checks.length} checks passed` : `${failed} of ${checks.length} checks FAILED`);
  return failed === 0 ? 0 : 1;
};

await runBench(cleanup, main);
