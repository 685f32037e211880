import { MikroORM } from '@mikro-orm/postgresql';
import type { Config } from '../config';
import { startEmbeddedPostgres } from './embedded-postgres';
import { ormConfig } from './orm-config';
import { grantAppRole, RUNNING_ROLE_SQL, type RunningRole } from './roles';

/** Where the server's requests go, and the role its migrations run as (docs/security.md). */
export interface DatabaseUrls {
  /** Requests: a role that owns nothing. */
  url: string;
  /** Migrations: the role that owns the schema. */
  ownerUrl: string;
}

export interface Database extends DatabaseUrls {
  /** Stops the embedded cluster, if this process started one. */
  stopServer(): Promise<void>;
}

/** DATABASE_URL (and DATABASE_OWNER_URL) when given; otherwise an embedded PostgreSQL with its files under DATA_DIR. */
export const openDatabase = async (config: Config, log: (message: string) => void): Promise<Database> => {
  if (config.databaseUrl) {
    return {
      url: config.databaseUrl,
      ownerUrl: config.databaseOwnerUrl ?? config.databaseUrl,
      stopServer: async () => {},
    };
  }
  const embedded = await startEmbeddedPostgres({
    dataDir: config.dataDir,
    port: config.embeddedPgPort,
    log: (line) => {
      if (/FATAL|PANIC|ERROR/.test(line)) log(`postgres: ${line}`);
    },
    notice: log,
  });
  return { url: embedded.url, ownerUrl: embedded.ownerUrl, stopServer: embedded.stop };
};

// Any fixed number; serialises migrations when several server processes start on one database.
const MIGRATION_LOCK = 4_104_2021;

/** The role the ORM connects as: who it is and whether it could rewrite the audit trail. */
export const runningRole = async (orm: MikroORM): Promise<RunningRole> => {
  const [role] = await orm.em.fork().execute<RunningRole[]>(RUNNING_ROLE_SQL);
  return role;
};

/**
 * Applies every committed migration not yet applied, as the owner, then grants the app role what
 * it needs (db/roles.ts); returns the ORM the server works with, connected as the app role. With
 * one URL (a single role, as the benches use), migrations run as that role and nothing is granted.
 */
export const connectAndMigrate = async (
  database: DatabaseUrls | string,
  options: { poolMax?: number; quiet?: boolean } = {},
): Promise<MikroORM> => {
  const { url, ownerUrl } = typeof database === 'string' ? { url: database, ownerUrl: database } : database;
  const orm = await MikroORM.init(ormConfig({ clientUrl: url, ...options }));
  try {
    const appRole = (await runningRole(orm)).name;
    const owner =
      url === ownerUrl
        ? orm
        : await MikroORM.init(ormConfig({ clientUrl: ownerUrl, poolMax: 2, quiet: options.quiet }));
    try {
      await migrate(owner, appRole);
    } finally {
      if (owner !== orm) await owner.close(true);
    }
  } catch (error) {
    await orm.close(true);
    throw error;
  }
  return orm;
};

const migrate = async (owner: MikroORM, appRole: string) => {
  // A session lock on a connection of its own, held while the migrator works on others: two
  // processes starting at once neither migrate twice nor grant at the same moment (PostgreSQL
  // refuses concurrent GRANTs on one table).
  const knex = owner.em.getKnex();
  const connection = await knex.client.acquireConnection();
  try {
    await connection.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    try {
      await owner
        .getMigrator()
        .up()
        .catch((error: unknown) => {
          if ((error as { code?: string }).code !== '42501') throw error;
          throw new Error(
            `the migrations' role may not change the schema (${(error as Error).message}): give ` +
              'DATABASE_OWNER_URL the role that owns it (README, "Database roles")',
            { cause: error },
          );
        });
      const ownerRole = (await runningRole(owner)).name;
      if (ownerRole !== appRole) {
        await owner.em.fork().transactional((em) => grantAppRole((sql) => em.execute(sql), appRole));
      }
    } finally {
      await connection.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
    }
  } finally {
    await knex.client.releaseConnection(connection);
  }
};
