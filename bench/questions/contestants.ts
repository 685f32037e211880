/**
 * The processes a comparison runs against one database: our API (server/src/main.ts) and
 * PostGraphile 4 (bench/tools), each a child process so that its memory is its own, plus the
 * bench-only SQL functions PostGraphile needs for the aggregates.
 */
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { type AddressInfo, createServer } from 'node:net';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { BENCH_SCHEMA_SQL } from './bench-schema';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const TOOLS = join(ROOT, 'bench', 'tools');
/** Who the harness signs in as: the demo admin of a demo database, or BENCH_USERNAME/BENCH_PASSWORD. */
export const BENCH_USERNAME = process.env.BENCH_USERNAME ?? 'admin';
export const BENCH_PASSWORD = process.env.BENCH_PASSWORD ?? 'demo';

export interface Contestant {
  name: string;
  url: string;
  pid: number;
  stop(): Promise<void>;
}

export const freePort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Installs bench/tools (PostGraphile, autocannon) when its node_modules is missing. */
export const ensureTools = (): void => {
  if (existsSync(join(TOOLS, 'node_modules', 'postgraphile')) && existsSync(join(TOOLS, 'node_modules', 'autocannon')))
    return;
  execFileSync('sh', [join(TOOLS, 'install.sh')], { stdio: 'inherit' });
};

/** The highest resident set size the kernel has seen for the process, in bytes (Linux). */
export const peakRss = (pid: number): number | null => {
  try {
    const match = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
};

/** Starts the process's peak RSS afresh (Linux: 5 > clear_refs), so that each measurement has its own. */
export const resetPeakRss = (pid: number): void => {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
  } catch {
    // Not Linux, or not allowed: the peak then covers everything since the process started.
  }
};

const waitFor = async (child: ChildProcess, name: string, ready: RegExp, timeoutMs: number): Promise<void> =>
  new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(
      () => fail(new Error(`${name} did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    const fail = (error: Error) => {
      clearTimeout(timer);
      reject(error);
    };
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (ready.test(output)) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => fail(new Error(`${name} exited (${code}) before it was ready:\n${output}`)));
  });

const stopChild = (child: ChildProcess): Promise<void> =>
  new Promise((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) return resolve();
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });

const start = async (
  name: string,
  command: string,
  args: string[],
  env: Record<string, string>,
  ready: RegExp,
  port: number,
): Promise<Contestant> => {
  const child = spawn(command, args, { cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  try {
    await waitFor(child, name, ready, 120_000);
  } catch (error) {
    await stopChild(child);
    throw error;
  }
  // Keep draining the pipes so that a chatty server never blocks on a full one.
  child.stdout?.resume();
  child.stderr?.resume();
  return { name, url: `http://127.0.0.1:${port}/graphql`, pid: child.pid as number, stop: () => stopChild(child) };
};

/**
 * Our API as `npm start` runs it (node + tsx, no watch). With `demo`, the first start on an empty
 * database migrates and seeds the demo data and accounts; without, the database is used as it is
 * (generated data: DEMO would add the demo households to it).
 */
export const startOurs = async (databaseUrl: string, { demo }: { demo: boolean }): Promise<Contestant> => {
  const port = await freePort();
  return start(
    'ours',
    process.execPath,
    ['--import', 'tsx', join(ROOT, 'server', 'src', 'main.ts')],
    {
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: demo ? '1' : '0',
      DEMO_PASSWORD: BENCH_PASSWORD,
      SKIP_CLIENT_BUILD: '1',
      NODE_ENV: 'production',
      RATE_LIMIT_USER_PER_MINUTE: '0',
      RATE_LIMIT_TOKEN_PER_MINUTE: '0',
      RATE_LIMIT_ANONYMOUS_PER_MINUTE: '0',
    },
    /console: http/,
    port,
  );
};

/** Creates (again) the bench schema: SQL functions PostGraphile exposes as queries for the aggregates. */
export const installBenchSchema = async (databaseUrl: string): Promise<void> => {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query(BENCH_SCHEMA_SQL);
  } finally {
    await client.end();
  }
};

export const startPostGraphile = async (databaseUrl: string): Promise<Contestant> => {
  ensureTools();
  const port = await freePort();
  return start(
    'postgraphile',
    process.execPath,
    [join(TOOLS, 'postgraphile-server.cjs')],
    { DATABASE_URL: databaseUrl, PORT: String(port), NODE_ENV: 'production' },
    /listening on/,
    port,
  );
};

export interface GraphQLResult {
  data?: Record<string, unknown> | null;
  errors?: { message: string }[];
}

export const postGraphQL = async (
  url: string,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<Record<string, unknown>> => {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResult;
  if (response.status !== 200 || body.errors || !body.data)
    throw new Error(`${url}: HTTP ${response.status}: ${JSON.stringify(body).slice(0, 800)}`);
  return body.data;
};

/** A bearer token of an account that may read every question's answer with personal fields (an admin). */
export const signIn = async (ours: Contestant): Promise<string> => {
  const data = await postGraphQL(ours.url, 'mutation Login($input: LoginInput!) { login(input: $input) { token } }', {
    input: { username: BENCH_USERNAME, password: BENCH_PASSWORD },
  });
  const token = (data.login as { token: string | null }).token;
  if (!token) throw new Error(`cannot sign in as ${BENCH_USERNAME} (BENCH_USERNAME, BENCH_PASSWORD)`);
  return token;
};
