import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { connectAndMigrate } from '../../server/src/db/database';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres';
import { ensureRoles, OWNER_ROLE, roleCredentials, withCredentials } from '../../server/src/db/roles';
import { TEMPLATE_DATABASE, withDatabase } from './database-url';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may create databases; each test file makes its own. */
    adminDatabaseUrl: string;
    /** The same server as the role that owns the schema (migrations), and as the role the server runs as. */
    ownerDatabaseUrl: string;
    appDatabaseUrl: string;
  }
}

/**
 * One PostgreSQL for the run (embedded, or DATABASE_URL: a role that may create roles and
 * databases), the owner and app roles the server uses in production (db/roles.ts), and a template
 * database carrying every migration and the app role's grants, from which each test file copies a
 * fresh database in milliseconds.
 */
export default async function setup(project: TestProject) {
  let stop = async () => {};
  let urls: { admin: string; owner: string; app: string };
  const external = process.env.DATABASE_URL;
  if (external) {
    const credentials = roleCredentials(decodeURIComponent(new URL(external).password));
    const admin = new pg.Client({ connectionString: external });
    await admin.connect();
    try {
      await ensureRoles(admin, credentials);
    } finally {
      await admin.end();
    }
    urls = {
      admin: external,
      owner: withCredentials(external, credentials.owner),
      app: withCredentials(external, credentials.app),
    };
  } else {
    const dataDir = await mkdtemp(join(tmpdir(), 'ansinh-test-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    const embedded = await startEmbeddedPostgres({ dataDir, port });
    urls = { admin: embedded.superuserUrl, owner: embedded.ownerUrl, app: embedded.url };
    stop = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  const admin = new pg.Client({ connectionString: withDatabase(urls.admin, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await admin.query(`create database ${TEMPLATE_DATABASE} owner ${OWNER_ROLE}`);
  } finally {
    await admin.end();
  }
  const orm = await connectAndMigrate(
    { url: withDatabase(urls.app, TEMPLATE_DATABASE), ownerUrl: withDatabase(urls.owner, TEMPLATE_DATABASE) },
    { quiet: true },
  );
  await orm.close(true);

  project.provide('adminDatabaseUrl', urls.admin);
  project.provide('ownerDatabaseUrl', urls.owner);
  project.provide('appDatabaseUrl', urls.app);
  return stop;
}
