import 'reflect-metadata';
import type { MikroORM } from '@mikro-orm/postgresql';
import { type App, createApp } from './app';
import { ensureClientBuilt } from './client-build';
import { loadConfig } from './config';
import { connectAndMigrate, openDatabase, runningRole } from './db/database';
import { runningRoleWarning } from './db/roles';
import { seed } from './db/seed';
import { DEMO_ACCOUNTS } from './db/seeders/demo-users.seeder';

const log = (message: string) => console.log(`[ansinh] ${message}`);

let stopping = false;
let app: App | undefined;
let orm: MikroORM | undefined;
let stopDatabase: () => Promise<void> = async () => {};

// One place stops everything, in order: drain HTTP, close the ORM, then the embedded cluster.
const shutdown = async (reason: string, exitCode: number) => {
  if (stopping) return;
  stopping = true;
  log(`${reason}: stopping`);
  setTimeout(() => process.exit(1), 15_000).unref();
  try {
    await app?.stop();
    await orm?.close(true);
    await stopDatabase();
    log('stopped');
  } catch (error) {
    console.error(error);
    exitCode = 1;
  }
  process.exit(exitCode);
};

const main = async () => {
  const config = loadConfig();
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.on(signal, () => void shutdown(signal, 0));

  log(
    !config.databaseUrl
      ? `starting embedded PostgreSQL in ${config.dataDir}`
      : config.databaseOwnerUrl !== config.databaseUrl
        ? 'using DATABASE_URL (migrations: DATABASE_OWNER_URL)'
        : 'using DATABASE_URL for requests and migrations alike',
  );
  const database = await openDatabase(config, log);
  stopDatabase = database.stopServer;
  orm = await connectAndMigrate(database);
  log('migrations applied');
  const roleWarning = runningRoleWarning(await runningRole(orm));
  if (roleWarning) log(`WARNING: ${roleWarning}`);
  const seeded = await seed(orm, { demo: config.demo, demoPassword: config.demoPassword, households: config.demo });
  if (seeded.plan) log("seeded Ia H'Drai's 2022 plan");
  if (seeded.demoUsers.length > 0) log(`created demo accounts: ${seeded.demoUsers.join(', ')}`);

  if (config.buildClient) await ensureClientBuilt(log);
  app = await createApp({ orm, config, log });
  await new Promise<void>((resolve, reject) => {
    app?.httpServer.once('error', reject);
    app?.httpServer.listen(config.port, config.host, resolve);
  });

  const url = `http://localhost:${config.port}`;
  log(`console: ${url}/`);
  log(`GraphQL: ${url}/graphql (subscriptions: ws://localhost:${config.port}/graphql)`);
  if (config.demo) {
    const password = process.env.DEMO_PASSWORD ? '$DEMO_PASSWORD' : `"${config.demoPassword}"`;
    log(
      `demo sign-ins (password ${password}): ${DEMO_ACCOUNTS.map((account) => `${account.username} (${account.roles.join(', ')})`).join('; ')}`,
    );
  }
};

main().catch((error: unknown) => {
  console.error(`[ansinh] failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  void shutdown('start failed', 1);
});
