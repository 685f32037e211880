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

/** Connects the ORM and applies every committed migration not yet applied. */
export const connectAndMigrate = async (url: string, options: { poolMax?: number } = {}): Promise<MikroORM> => {
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, poolMax: options.poolMax }));
  await orm.getMigrator().up();
  return orm;
};
