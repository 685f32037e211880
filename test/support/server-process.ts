import { type ChildProcess, spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { DatabaseUrls } from '../../server/src/db/database';
import { DEMO_PASSWORD } from './test-app';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export interface ServerProcess {
  url: string;
  pid: number;
  /** What the process printed so far (for failure messages). */
  output(): string;
  /** SIGTERM (its own orderly shutdown), SIGKILL after 15 s; resolves once it has exited. */
  stop(): Promise<void>;
  /** SIGKILL, as a crash or the OOM killer would: none of its own shutdown runs. Resolves once it has exited. */
  kill(): Promise<void>;
}

/** Where the server finds its database: an existing one, or its own embedded PostgreSQL in `dataDir`. */
export type ServerDatabase = DatabaseUrls | { dataDir: string; port: number };

export const freePort = async (): Promise<number> => {
  const server = createServer();
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const address = server.address();
  server.close();
  if (!address || typeof address === 'string') throw new Error('no port');
  return address.port;
};

const databaseEnv = (database: ServerDatabase): NodeJS.ProcessEnv =>
  'url' in database
    ? { DATABASE_URL: database.url, DATABASE_OWNER_URL: database.ownerUrl }
    : { DATABASE_URL: '', DATABASE_OWNER_URL: '', DATA_DIR: database.dataDir, EMBEDDED_PG_PORT: String(database.port) };

/**
 * `server/src/main.ts` as production runs it, in a separate OS process (with demo accounts,
 * password DEMO_PASSWORD, unless `demo` is false); resolves once /healthz answers.
 */
export const startServerProcess = async (
  database: ServerDatabase,
  { demo = true, timeoutMs = 60_000 }: { demo?: boolean; timeoutMs?: number } = {},
): Promise<ServerProcess> => {
  const port = await freePort();
  // `node --import tsx`, not the tsx CLI (which runs the server in a child of its own): the pid is the server's.
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: ROOT,
    env: {
      ...process.env,
      ...databaseEnv(database),
      PORT: String(port),
      HOST: '127.0.0.1',
      DEMO: demo ? '1' : '0',
      DEMO_PASSWORD,
      SKIP_CLIENT_BUILD: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk) => {
    output += chunk;
  });
  child.stderr?.on('data', (chunk) => {
    output += chunk;
  });
  const exited = once(child, 'exit');
  const pid = child.pid;
  if (pid === undefined) throw new Error('could not start the server process');
  const url = `http://127.0.0.1:${port}`;
  const running = () => child.exitCode === null && child.signalCode === null;

  const stop = async () => {
    if (!running()) return;
    const kill = setTimeout(() => process.kill(pid, 'SIGKILL'), 15_000);
    process.kill(pid, 'SIGTERM');
    await exited;
    clearTimeout(kill);
  };
  const kill = async () => {
    if (!running()) return;
    process.kill(pid, 'SIGKILL');
    await exited;
  };

  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (!running()) throw new Error(`the server process exited (${child.exitCode}):\n${output}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`the server process did not answer /healthz within ${timeoutMs} ms:\n${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return { url, pid, output: () => output, stop, kill };
};
