/**
 * The comparison of issue 8 (`npm run bench`, docs/performance.md): each read question asked of our
 * API, of PostGraphile 4 and of plain SQL, at concurrency 1 and 32, with p50, p95, requests/s and
 * the server's peak RSS, then the writes against raw SQL and COPY. Not part of `npm test`.
 *
 *   npm run bench                              # a private PostgreSQL with province-scale data (generated, ~1 min)
 *   npm run bench -- --scale national          # 3,000,000 households (~7 min to generate, 4 GiB)
 *   npm run bench -- --scale demo              # the demo data
 *   DATABASE_URL=postgres://… npm run bench    # a database of generated data (npm run bench:data), used as it is
 *
 * Env: DATABASE_URL (sign in with BENCH_USERNAME/BENCH_PASSWORD, default admin/demo; the harness
 * (re)creates its own schema `bench` there, see bench/questions/bench-schema.ts), BENCH_SECONDS
 * (per measurement, default 10), BENCH_CONCURRENCY (default "1,32"), BENCH_QUESTIONS (keys, default
 * all: grid,rates,budget,households), BENCH_REVIEW_YEAR (bench/questions/questions.ts),
 * BENCH_WRITES=0 (reads only), BENCH_DATABASE_URL (a PostgreSQL server to work in instead of a
 * private embedded one).
 * Our server and PostGraphile run as child processes (their memory measured apart, their graphql
 * versions apart); autocannon (bench/tools) runs in a child process of its own per measurement; the
 * SQL runs in this process through a pg pool of one connection per concurrent client.
 * The writes, (5) saveAllocations of 2,000 cells and (6) an import of 100,000 households, against
 * raw SQL and COPY (PostGraphile is not asked to write), are bench/save-allocations.ts and
 * bench/import-households.ts, run after the reads, each in a fresh database of the same PostgreSQL
 * server so that the data read stays as it is.
 */
import { execFile, spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { availableParallelism, cpus, platform, release, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import pg from 'pg';
import { generate } from './generate/generate';
import {
  BENCH_PASSWORD,
  type Contestant,
  installBenchSchema,
  peakRss,
  postGraphQL,
  ROOT,
  resetPeakRss,
  signIn,
  startOurs,
  startPostGraphile,
  TOOLS,
} from './questions/contestants';
import { PLAN_YEAR, READ_QUESTIONS, type ReadQuestion, SUBJECT_SQL, type Subject } from './questions/questions';
import { openBenchDatabase } from './support/database';
import { createCleanup, printMarkdownTable, runBench } from './support/run';

const run = promisify(execFile);

const positive = (name: string, fallback: number): number => {
  const value = Number(process.env[name] ?? fallback);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${name} must be a whole number >= 1`);
  return value;
};
const SECONDS = positive('BENCH_SECONDS', 10);
const CONCURRENCY = (process.env.BENCH_CONCURRENCY ?? '1,32').split(',').map(Number);
const WANTED = process.env.BENCH_QUESTIONS?.split(',');

interface Measurement {
  perSecond: number;
  p50: number | null;
  p95: number | null;
  failures: number;
  peakRssBytes: number | null;
}

/** autocannon against one contestant, in a child process; the server's peak RSS over the run. */
const loadHttp = async (
  contestant: Contestant,
  query: string,
  variables: Record<string, unknown>,
  connections: number,
  token?: string,
): Promise<Measurement> => {
  const config = {
    url: contestant.url,
    body: JSON.stringify({ query, variables }),
    headers: token ? { authorization: `Bearer ${token}` } : {},
    connections,
    duration: SECONDS,
  };
  resetPeakRss(contestant.pid);
  const { stdout } = await run(process.execPath, [join(TOOLS, 'load.cjs'), JSON.stringify(config)], {
    maxBuffer: 16 * 1024 * 1024,
  });
  const result = JSON.parse(stdout.trim().split('\n').at(-1) as string);
  return {
    perSecond: result.perSecond,
    p50: result.p50,
    p95: result.p95,
    failures: result.non2xx + result.errors + result.timeouts,
    peakRssBytes: peakRss(contestant.pid),
  };
};

/** The same SQL through pg in this process: `clients` loops, each on its own connection. */
const loadSql = async (pool: pg.Pool, question: ReadQuestion, subject: Subject, clients: number) => {
  const values = question.sql.values(subject);
  const times: number[] = [];
  let failures = 0;
  const end = performance.now() + SECONDS * 1000;
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (performance.now() < end) {
        const started = performance.now();
        try {
          await pool.query(question.sql.text, values);
          times.push(performance.now() - started);
        } catch {
          failures += 1;
        }
      }
    }),
  );
  times.sort((a, b) => a - b);
  const at = (q: number) =>
    times.length === 0 ? null : times[Math.min(times.length - 1, Math.floor(q * times.length))];
  return { perSecond: times.length / SECONDS, p50: at(0.5), p95: at(0.95), failures, peakRssBytes: null };
};

/**
 * Waits until the database runs nothing but this connection's query: a measurement whose clients
 * timed out leaves their statements running in PostgreSQL, and the next measurement must not share
 * the cores with them.
 */
const settle = async (pool: pg.Pool): Promise<void> => {
  const deadline = performance.now() + 300_000;
  for (;;) {
    const { rows } = await pool.query<{ busy: number }>(
      `select count(*)::int as busy from pg_stat_activity
        where state = 'active' and pid <> pg_backend_pid() and backend_type = 'client backend'`,
    );
    if (rows[0].busy === 0 || performance.now() > deadline) return;
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
};

const ms = (value: number | null) => (value === null ? '—' : value.toFixed(1));
const mib = (bytes: number | null) => (bytes === null ? '—' : (bytes / 2 ** 20).toFixed(0));

/** A write question's own benchmark, its output passed through. */
const runWriteBench = (script: string, databaseUrl: string | undefined): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'bench', script)], {
      cwd: ROOT,
      env: { ...process.env, BENCH_REPORT_ONLY: '1', ...(databaseUrl ? { BENCH_DATABASE_URL: databaseUrl } : {}) },
      stdio: 'inherit',
    });
    child.once('error', reject);
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`bench/${script} exited with ${code}`))));
  });

const SCALES: Record<string, number> = { province: 150_000, national: 3_000_000 };
const usage = 'usage: tsx bench/compare.ts [--scale province|national|demo|<households>]';

/** --scale: generated households (default: province), or "demo" for the demo data. */
const parseScale = (argv: string[]): number | 'demo' => {
  let scale = 'province';
  for (let index = 0; index < argv.length; index += 1) {
    if (argv[index] === '--scale' && argv[index + 1] !== undefined) scale = argv[++index];
    else throw new Error(`unknown argument "${argv[index]}"\n${usage}`);
  }
  if (scale === 'demo') return 'demo';
  const households = SCALES[scale] ?? Number(scale);
  if (!Number.isInteger(households) || households < 1) throw new Error(usage);
  return households;
};

/** The machine, for the record: the table means little without it. */
const describeMachine = async (pool: pg.Pool): Promise<string> => {
  const model = /model name\s*:\s*(.+)/.exec(readFileSync('/proc/cpuinfo', 'utf8'))?.[1] ?? cpus()[0]?.model ?? '?';
  const { rows } = await pool.query<{ version: string; households: number; size: string }>(
    `select current_setting('server_version') as version, (select count(*)::int from household) as households,
            pg_size_pretty(pg_database_size(current_database())) as size`,
  );
  const [database] = rows;
  return [
    `machine: ${availableParallelism()} cores (${model}), ${(totalmem() / 2 ** 30).toFixed(0)} GiB RAM, ${platform()} ${release()}`,
    `Node ${process.version}, PostgreSQL ${database.version} (client, servers and PostgreSQL on this one machine)`,
    `database: ${database.households.toLocaleString('en')} households, ${database.size}`,
  ].join('\n');
};

const cleanup = createCleanup();

const main = async (): Promise<number> => {
  const scale = parseScale(process.argv.slice(2));
  let databaseUrl = process.env.DATABASE_URL;
  let serverUrl = databaseUrl;
  const demo = !databaseUrl && scale === 'demo';
  if (!databaseUrl) {
    const database = await openBenchDatabase();
    cleanup.add(() => database.stop());
    console.error(`database: ${database.describe}`);
    databaseUrl = database.url;
    serverUrl = process.env.BENCH_DATABASE_URL ?? database.url;
    if (scale !== 'demo') {
      const started = performance.now();
      await generate(databaseUrl, {
        households: scale,
        demoPassword: BENCH_PASSWORD,
        log: (line) => console.error(`generate: ${line}`),
      });
      console.log(
        `generated ${scale.toLocaleString('en')} households in ${((performance.now() - started) / 1000).toFixed(0)} s (npm run bench:data)`,
      );
    }
  }
  const ours = await startOurs(databaseUrl, { demo });
  cleanup.add(() => ours.stop());
  await installBenchSchema(databaseUrl);
  const postgraphile = await startPostGraphile(databaseUrl);
  cleanup.add(() => postgraphile.stop());
  const pool = new pg.Pool({ connectionString: databaseUrl, max: Math.max(...CONCURRENCY) });
  cleanup.add(() => pool.end());
  const token = await signIn(ours);
  const { rows } = await pool.query<{ id: number }>(SUBJECT_SQL, [PLAN_YEAR]);
  if (rows.length === 0) throw new Error(`no ${PLAN_YEAR} plan in the database`);
  const subject: Subject = { planId: rows[0].id };

  const table = [['question', 'contestant', 'clients', 'req/s', 'p50 ms', 'p95 ms', 'peak RSS MiB', 'failures']];
  for (const question of READ_QUESTIONS.filter((candidate) => !WANTED || WANTED.includes(candidate.key))) {
    const ourVariables = question.ours.variables(subject);
    const theirVariables = question.postgraphile.variables(subject);
    // One answer each first: a contestant that fails the question is not timed on errors.
    await postGraphQL(ours.url, question.ours.query, ourVariables, token);
    await postGraphQL(postgraphile.url, question.postgraphile.query, theirVariables);
    for (const clients of CONCURRENCY) {
      const results: [string, Measurement][] = [];
      for (const [name, measure] of [
        ['ours', () => loadHttp(ours, question.ours.query, ourVariables, clients, token)],
        ['PostGraphile 4', () => loadHttp(postgraphile, question.postgraphile.query, theirVariables, clients)],
        ['SQL (pg, in process)', () => loadSql(pool, question, subject, clients)],
      ] as const) {
        await settle(pool);
        results.push([name, await measure()]);
      }
      for (const [name, result] of results) {
        table.push([
          question.title,
          name,
          String(clients),
          result.perSecond.toFixed(1),
          ms(result.p50),
          ms(result.p95),
          mib(result.peakRssBytes),
          String(result.failures),
        ]);
        console.error(`${question.key} ${name} c=${clients}: ${result.perSecond.toFixed(1)} req/s`);
      }
    }
  }
  console.log(`\n${await describeMachine(pool)}`);
  console.log(`${SECONDS} s per measurement; peak RSS is the server process's (VmHWM, reset before each run).\n`);
  printMarkdownTable(table);
  if (process.env.BENCH_WRITES !== '0') {
    // Each in a fresh database of the same PostgreSQL server, so that the data read above stays as it is.
    console.log('\n(5) saveAllocations of 2,000 cells against raw SQL:\n');
    await runWriteBench('save-allocations.ts', serverUrl);
    console.log('\n(6) an import of 100,000 households against COPY:\n');
    await runWriteBench('import-households.ts', serverUrl);
  }
  return 0;
};

await runBench(cleanup, main);
