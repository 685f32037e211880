import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { type AddressInfo, createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres';

export interface BenchDatabase {
  url: string;
  describe: string;
  stop(): Promise<void>;
}

const freePort = async (): Promise<number> =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as AddressInfo;
      server.close(() => resolve(port));
    });
  });

const adminQuery = async (url: string, sql: string): Promise<void> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/**
 * A database for one benchmark run: a fresh database in BENCH_DATABASE_URL's server when set,
 * otherwise a private embedded cluster, with its files in `dataDir` (kept: the caller owns it) or
 * in a temporary folder removed on stop.
 */
export const openBenchDatabase = async (dataDir?: string): Promise<BenchDatabase> => {
  const external = process.env.BENCH_DATABASE_URL;
  if (external) {
    const name = `ansinh_bench_${randomBytes(4).toString('hex')}`;
    await adminQuery(external, `create database ${name}`);
    const url = new URL(external);
    url.pathname = `/${name}`;
    return {
      url: url.toString(),
      describe: `BENCH_DATABASE_URL (fresh database ${name})`,
      stop: () => adminQuery(external, `drop database if exists ${name} with (force)`),
    };
  }
  const directory = dataDir ?? (await mkdtemp(join(tmpdir(), 'ansinh-bench-')));
  const removeDirectory = () => (dataDir ? Promise.resolve() : rm(directory, { recursive: true, force: true }));
  try {
    const port = await freePort();
    const embedded = await startEmbeddedPostgres({
      dataDir: directory,
      port,
      log: (line) => {
        if (/FATAL|PANIC|ERROR/.test(line)) console.error(`postgres: ${line}`);
      },
    });
    return {
      // The superuser, as a bench's data generators need (bulk loads); servers it starts warn of it.
      url: embedded.superuserUrl,
      describe: `embedded PostgreSQL in ${directory}, port ${port}`,
      async stop() {
        try {
          // After Ctrl-C PostgreSQL (same process group) may already be gone, and stop() then never
          // settles: give it 15 s, then remove the folder anyway.
          await Promise.race([embedded.stop(), new Promise((resolve) => setTimeout(resolve, 15_000).unref())]);
        } finally {
          await removeDirectory();
        }
      },
    };
  } catch (error) {
    await removeDirectory();
    throw error;
  }
};
