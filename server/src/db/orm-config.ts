import { fileURLToPath } from 'node:url';
import { DataloaderType } from '@mikro-orm/core';
import { Migrator } from '@mikro-orm/migrations';
import { defineConfig, type Options } from '@mikro-orm/postgresql';
import { ENTITIES } from './entities';
import { MIGRATIONS } from './migrations/index';

const migrationsPath = fileURLToPath(new URL('./migrations', import.meta.url));

export interface OrmConfigOptions {
  clientUrl: string;
  debug?: boolean;
  poolMax?: number;
  /** Don't log each applied migration (tests). */
  quiet?: boolean;
}

export const ormConfig = ({ clientUrl, debug = false, poolMax = 10, quiet = false }: OrmConfigOptions): Options =>
  defineConfig({
    clientUrl,
    entities: ENTITIES,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    extensions: [Migrator],
    migrations: {
      tableName: 'mikro_orm_migrations',
      path: migrationsPath,
      pathTs: migrationsPath,
      migrationsList: MIGRATIONS,
      transactional: true,
      allOrNothing: true,
      snapshot: false,
      emit: 'ts',
      silent: quiet,
    },
    // Batches Reference/Collection loads of one tick into one query (no N+1 in field resolvers).
    dataloader: DataloaderType.ALL,
    forceUtcTimezone: true,
    // The schema is owned by migrations; never let the ORM change it at run time.
    ensureDatabase: false,
    allowGlobalContext: false,
    debug,
    pool: { min: 0, max: poolMax, idleTimeoutMillis: 30_000 },
    // A broken connection (PostgreSQL restarted) is replaced on the next acquire.
    driverOptions: { connection: { keepAlive: true } },
  });
