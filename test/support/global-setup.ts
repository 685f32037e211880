import 'reflect-metadata';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../../server/src/db/embedded-postgres';
import { ormConfig } from '../../server/src/db/orm-config';
import { TEMPLATE_DATABASE, withDatabase } from './database-url';

declare module 'vitest' {
  export interface ProvidedContext {
    /** A PostgreSQL URL whose user may create databases; each test file makes its own. */
    adminDatabaseUrl: string;
  }
}

/**
 * One PostgreSQL for the run (embedded, or DATABASE_URL), and a template database carrying every
 * migration, from which each test file copies a fresh database in milliseconds.
 */
export default async function setup(project: TestProject) {
  let stop = async () => {};
  let adminUrl = process.env.DATABASE_URL;
  if (!adminUrl) {
    const dataDir = await mkdtemp(join(tmpdir(), 'ansinh-test-'));
    const port = 55000 + Math.floor(Math.random() * 5000);
    const embedded = await startEmbeddedPostgres({ dataDir, port });
    adminUrl = embedded.url;
    stop = async () => {
      await embedded.stop();
      await rm(dataDir, { recursive: true, force: true });
    };
  }

  const admin = new pg.Client({ connectionString: withDatabase(adminUrl, 'postgres') });
  await admin.connect();
  try {
    await admin.query(`drop database if exists ${TEMPLATE_DATABASE} with (force)`);
    await admin.query(`create database ${TEMPLATE_DATABASE}`);
  } finally {
    await admin.end();
  }
  const orm = await MikroORM.init(ormConfig({ clientUrl: withDatabase(adminUrl, TEMPLATE_DATABASE), quiet: true }));
  try {
    await orm.getMigrator().up();
  } finally {
    await orm.close(true);
  }

  project.provide('adminDatabaseUrl', adminUrl);
  return stop;
}
