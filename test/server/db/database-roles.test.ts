import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectAndMigrate, runningRole } from '../../../server/src/db/database';
import { startEmbeddedPostgres } from '../../../server/src/db/embedded-postgres';
import { APP_ROLE, APPEND_ONLY_TABLES, OWNER_ROLE, runningRoleWarning } from '../../../server/src/db/roles';
import { freePort } from '../../support/server-process';
import { connectedAs, startTestApp, type TestApp } from '../../support/test-app';

// Each way the issue found to rewrite history without a trace, as the role the server runs as.
const TAMPERING = [
  'alter table allocation add column tampered int',
  'alter table audit_entry disable trigger audit_entry_no_update_or_delete',
  'alter table audit_entry disable trigger all',
  'drop trigger audit_entry_no_update_or_delete on audit_entry',
  'set session_replication_role = replica',
  ...APPEND_ONLY_TABLES.flatMap((table) => [
    `update ${table} set id = id`,
    `delete from ${table}`,
    `truncate ${table}`,
  ]),
  'truncate allocation',
  'create table tampered (id int)',
  'update mikro_orm_migrations set name = name',
  `set role ${OWNER_ROLE}`,
  `alter role ${APP_ROLE} superuser`,
  `grant ${OWNER_ROLE} to ${APP_ROLE}`,
];

describe("the server's database role", () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('is neither a superuser nor the owner of anything', async () => {
    expect(await runningRole(app.orm)).toEqual({ name: APP_ROLE, superuser: false, ownedTables: 0 });
    const [role] = await app.orm.em
      .fork()
      .execute(
        'select rolcreaterole, rolcreatedb, rolreplication, rolbypassrls from pg_roles where rolname = current_user',
      );
    expect(role).toEqual({ rolcreaterole: false, rolcreatedb: false, rolreplication: false, rolbypassrls: false });
  });

  // Each in a transaction rolled back, on a connection of its own: nothing could outlast the attempt.
  it.each(TAMPERING)('may not: %s', async (sql) => {
    const attempt = connectedAs(app.databaseUrl, async (client) => {
      await client.query('begin');
      try {
        await client.query(sql);
      } finally {
        await client.query('rollback');
      }
    });
    // insufficient_privilege from PostgreSQL's own checks (an append-only trigger raises it too, with other words).
    await expect(attempt).rejects.toMatchObject({
      code: '42501',
      message: expect.stringMatching(/^(permission denied|must be owner)/),
    });
  });

  it('warns at start when one URL serves both roles: that role owns the tables', async () => {
    const single = await connectAndMigrate(app.ownerDatabaseUrl, { quiet: true });
    try {
      expect(runningRoleWarning(await runningRole(single))).toMatch(
        new RegExp(`^the server runs as PostgreSQL role "${OWNER_ROLE}", which owns the tables: .*DATABASE_OWNER_URL`),
      );
    } finally {
      await single.close(true);
    }
    expect(runningRoleWarning(await runningRole(app.orm))).toBeNull();
  });
});

describe('an embedded data folder made before the two roles', () => {
  let dataDir: string;

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ansinh-roles-'));
  });
  afterAll(() => rm(dataDir, { recursive: true, force: true }));

  it('is given to the owner role at start, once, and the server then runs as the app role', async () => {
    const port = await freePort();
    // What earlier versions made: the database and every table the superuser's.
    let cluster = await startEmbeddedPostgres({ dataDir, port });
    const admin = new pg.Client({ connectionString: cluster.superuserUrl.replace(/\/ansinh$/, '/postgres') });
    await admin.connect();
    await admin.query('drop database ansinh');
    await admin.query('create database ansinh');
    await admin.end();
    await (await connectAndMigrate(cluster.superuserUrl, { quiet: true })).close(true);
    await cluster.stop();

    const notices: string[] = [];
    cluster = await startEmbeddedPostgres({ dataDir, port, notice: (message) => notices.push(message) });
    try {
      expect(notices).toEqual([
        expect.stringMatching(/^gave \d+ tables, sequences and functions of an older data folder to ansinh_owner/),
      ]);
      const orm = await connectAndMigrate(cluster, { quiet: true });
      try {
        expect(await runningRole(orm)).toEqual({ name: APP_ROLE, superuser: false, ownedTables: 0 });
        expect(await orm.em.fork().execute('select count(*)::int as n from plan')).toEqual([{ n: 0 }]);
        await expect(orm.em.fork().execute('delete from audit_entry')).rejects.toMatchObject({ code: '42501' });
      } finally {
        await orm.close(true);
      }
      const superuser = new pg.Client({ connectionString: cluster.superuserUrl });
      await superuser.connect();
      const { rows } = await superuser.query(
        `select count(*)::int as n from pg_class where relnamespace = 'public'::regnamespace and relowner <> $1::regrole`,
        [OWNER_ROLE],
      );
      await superuser.end();
      expect(rows).toEqual([{ n: 0 }]);
    } finally {
      await cluster.stop();
    }

    notices.length = 0;
    cluster = await startEmbeddedPostgres({ dataDir, port, notice: (message) => notices.push(message) });
    await cluster.stop();
    expect(notices).toEqual([]);
  }, 120_000);
});
