import { createHmac } from 'node:crypto';
import type pg from 'pg';

/**
 * Two PostgreSQL roles keep the audit trail out of the running server's reach (docs/security.md):
 * the owner owns the schema and runs the migrations; the server's requests run as the app role,
 * which owns nothing, so it cannot alter a table, disable a trigger or set
 * `session_replication_role`, and may only read and add rows of the append-only tables.
 */
export const OWNER_ROLE = 'ansinh_owner';
export const APP_ROLE = 'ansinh_app';

/** Rows no one changes once written: the app role may read and insert them, never update or delete. */
export const APPEND_ONLY_TABLES = ['audit_entry', 'security_event', 'benefit', 'report_submission_revision'] as const;

// The migrations' own bookkeeping: the app role has no business there.
const MIGRATIONS_TABLE = 'mikro_orm_migrations';

export interface RoleCredentials {
  owner: { user: string; password: string };
  app: { user: string; password: string };
}

/**
 * The two roles' passwords, derived from the superuser's: stable across restarts (a server keeps
 * its connections' password when PostgreSQL restarts underneath it) without another secret to
 * keep, and neither reveals the superuser's.
 */
export const roleCredentials = (superuserPassword: string): RoleCredentials => {
  const password = (role: string) => createHmac('sha256', superuserPassword).update(role).digest('base64url');
  return {
    owner: { user: OWNER_ROLE, password: password(OWNER_ROLE) },
    app: { user: APP_ROLE, password: password(APP_ROLE) },
  };
};

/** The same server and database as `url`, signed in as another role. */
export const withCredentials = (url: string, credentials: { user: string; password: string }): string => {
  const parsed = new URL(url);
  parsed.username = encodeURIComponent(credentials.user);
  parsed.password = encodeURIComponent(credentials.password);
  return parsed.toString();
};

/**
 * Creates the two roles when missing and (re)sets their attributes and passwords; needs a
 * superuser (or a role with CREATEROLE) connection. Roles belong to the cluster, not a database.
 */
export const ensureRoles = async (superuser: pg.Client, credentials: RoleCredentials): Promise<void> => {
  for (const [role, attributes] of [
    [credentials.owner, 'login nosuperuser nocreatedb nocreaterole noreplication nobypassrls'],
    // NOINHERIT: should anyone ever grant it a role, it still gets no privileges without SET ROLE.
    [credentials.app, 'login nosuperuser nocreatedb nocreaterole noreplication nobypassrls noinherit'],
  ] as const) {
    const name = superuser.escapeIdentifier(role.user);
    const exists = await superuser.query('select 1 from pg_roles where rolname = $1', [role.user]);
    if (exists.rowCount === 0) await superuser.query(`create role ${name}`);
    await superuser.query(`alter role ${name} with ${attributes} password ${superuser.escapeLiteral(role.password)}`);
  }
};

/**
 * Gives the owner role the database and everything in its `public` schema that another role
 * (the superuser, in data folders made before the two roles) owns. Idempotent; returns how many
 * objects changed hands. Connected to that database as a superuser.
 */
export const adoptDatabase = async (superuser: pg.Client, database: string): Promise<number> => {
  const owner = superuser.escapeIdentifier(OWNER_ROLE);
  await superuser.query('begin');
  try {
    await superuser.query(`alter database ${superuser.escapeIdentifier(database)} owner to ${owner}`);
    // Tables first: a serial column's sequence follows its table and cannot be given away alone.
    const tables = await superuser.query<{ name: string }>(
      `select c.oid::regclass::text as name from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind in ('r', 'p')
          and c.relowner <> $1::regrole`,
      [OWNER_ROLE],
    );
    for (const { name } of tables.rows) await superuser.query(`alter table ${name} owner to ${owner}`);
    const sequences = await superuser.query<{ name: string }>(
      `select c.oid::regclass::text as name from pg_class c
        where c.relnamespace = 'public'::regnamespace and c.relkind = 'S' and c.relowner <> $1::regrole`,
      [OWNER_ROLE],
    );
    for (const { name } of sequences.rows) await superuser.query(`alter sequence ${name} owner to ${owner}`);
    const functions = await superuser.query<{ name: string }>(
      `select p.oid::regprocedure::text as name from pg_proc p
        where p.pronamespace = 'public'::regnamespace and p.proowner <> $1::regrole`,
      [OWNER_ROLE],
    );
    for (const { name } of functions.rows) await superuser.query(`alter function ${name} owner to ${owner}`);
    await superuser.query('commit');
    return tables.rows.length + sequences.rows.length + functions.rows.length;
  } catch (error) {
    await superuser.query('rollback');
    throw error;
  }
};

/** Runs one statement, in the caller's transaction. */
export type Execute = (sql: string) => Promise<unknown>;

/**
 * Grants the app role exactly what the server needs, from scratch: every table read and written,
 * the append-only tables only read and added to, the migrations table not at all, no TRUNCATE,
 * REFERENCES or TRIGGER anywhere. Run by the owner after the migrations at every start, in one
 * transaction, so a table a migration adds is granted at the start that adds it. Grants are
 * copied with a database (`create database … template …`).
 */
export const grantAppRole = async (execute: Execute, appRole: string): Promise<void> => {
  const app = `"${appRole.replaceAll('"', '""')}"`;
  await execute(`grant usage on schema public to ${app}`);
  await execute(`revoke all on all tables in schema public from ${app}`);
  await execute(`grant select, insert, update, delete on all tables in schema public to ${app}`);
  await execute(`revoke all on ${MIGRATIONS_TABLE} from ${app}`);
  await execute(`revoke update, delete on ${APPEND_ONLY_TABLES.join(', ')} from ${app}`);
  await execute(`revoke all on all sequences in schema public from ${app}`);
  await execute(`grant usage, select on all sequences in schema public to ${app}`);
};

/** The running role, as PostgreSQL sees it, and what it could do to the audit trail. */
export interface RunningRole {
  name: string;
  superuser: boolean;
  /** Tables of `public` it owns, or could own by SET ROLE to a role it belongs to. */
  ownedTables: number;
}

export const RUNNING_ROLE_SQL = `select current_user as name, r.rolsuper as superuser,
    (select count(*)::int from pg_class c
      where c.relnamespace = 'public'::regnamespace and c.relkind = 'r'
        and pg_has_role(current_user, c.relowner, 'MEMBER')) as "ownedTables"
  from pg_roles r where r.rolname = current_user`;

/** What to tell the operator when the running role could still rewrite the audit trail; null if it cannot. */
export const runningRoleWarning = (role: RunningRole): string | null => {
  if (!role.superuser && role.ownedTables === 0) return null;
  const what = role.superuser ? 'is a superuser' : 'owns the tables';
  return (
    `the server runs as PostgreSQL role "${role.name}", which ${what}: it could disable the audit ` +
    'triggers and rewrite the audit trail. Give DATABASE_URL a role that owns nothing and ' +
    'DATABASE_OWNER_URL the role that owns the schema (README, "Database roles").'
  );
};
