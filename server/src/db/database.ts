import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { type EmbeddedDatabase, startEmbeddedPostgres } from './embedded-postgres';
import { ormConfig } from './orm-config';

export interface Database {
  url: string;
  /** Stops the embedded cluster, if this process started one. */
  stopServer(): Promise<void>;
}

/** DATABASE_URL when given; otherwise an embedded PostgreSQL with its files under DATA_DIR. */
export const openDatabase = async (config: Config, log: (message: string) => void): Promise<Database> => {
  if (config.databaseUrl) return { url: config.databaseUrl, stopServer: async () => {} };
  const embedded: EmbeddedDatabase = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPgPort,
    log: (line) => {
      if (/FATAL|PANIC|ERROR/.test(line)) log(`postgres: ${line}`);
    },
  });
  return { url: embedded.url, stopServer: embedded.stop };
};

// Any fixed number; serialises migrations when several server processes start on one database.
const MIGRATION_LOCK = 4_104_2021;

/** Connects the ORM and applies every committed migration not yet applied. */
export const connectAndMigrate = async (
  url: string,
  options: { poolMax?: number; quiet?: boolean } = {},
): Promise<MikroORM> => {
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, ...options }));
  // A session lock on a connection of its own, held while the migrator works on others.
  const knex = orm.em.getKnex();
  const connection = await knex.client.acquireConnection();
  try {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await orm.getMigrator().up();
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } catch (error) {
    await orm.close(true);
    throw error;
  } finally {
    await knex.client.releaseConnection(connection);
  }
  return orm;
};
