import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { inject } from 'vitest';
import { type App, createApp } from '../../server/src/app';
import type { Config } from '../../server/src/config';
import { connectAndMigrate, type DatabaseUrls } from '../../server/src/db/database';
import { ormConfig } from '../../server/src/db/orm-config';
import { OWNER_ROLE } from '../../server/src/db/roles';
import { seed } from '../../server/src/db/seed';
import type { SignInPolicy } from '../../server/src/modules/access/access.service';
import { TEMPLATE_DATABASE, withDatabase } from './database-url';

export const DEMO_PASSWORD = 'demo-test-password';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: { message: string; path?: string[]; extensions?: { code?: string; [key: string]: unknown } }[];
}

export interface TestApp {
  url: string;
  /** The test's database as the server's role, which owns nothing (as in production). */
  databaseUrl: string;
  /** The same database as the role that owns the schema: for a test that must change what the server cannot. */
  ownerDatabaseUrl: string;
  /** The server's ORM, connected as the server's role. */
  orm: MikroORM;
  /** The server itself, e.g. to count its event bus's subscribers. */
  app: App;
  /** POSTs one GraphQL operation, as any client would. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    token?: string,
  ): Promise<GraphQLResponse<T>>;
  /** Signs in a demo account and returns its bearer token. */
  login(username: string, password?: string): Promise<string>;
  close(): Promise<void>;
}

const adminQuery = async (sql: string) => {
  const client = new pg.Client({ connectionString: withDatabase(inject('adminDatabaseUrl'), 'postgres') });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
};

/**
 * A fresh database copied from the migrated template, grants included (or, with `empty`, without
 * any table), owned by the owner role; dropped by the returned function.
 */
export const createTestDatabase = async ({ empty = false } = {}): Promise<DatabaseUrls & { drop(): Promise<void> }> => {
  const name = `ansinh_t_${randomBytes(6).toString('hex')}`;
  await adminQuery(`create database ${name} owner ${OWNER_ROLE} template ${empty ? 'template0' : TEMPLATE_DATABASE}`);
  return {
    url: withDatabase(inject('appDatabaseUrl'), name),
    ownerUrl: withDatabase(inject('ownerDatabaseUrl'), name),
    drop: () => adminQuery(`drop database if exists ${name} with (force)`),
  };
};

/** Runs statements on one connection of its own, as the URL's role (the owner's: `ownerDatabaseUrl`). */
export const connectedAs = async <T>(url: string, work: (client: pg.Client) => Promise<T>): Promise<T> => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
};

export interface TestAppOptions {
  /** Seed the 2022 plan and demo accounts (default true). */
  seeded?: boolean;
  /** Also seed the synthetic demo households (default false: most tests need none). */
  households?: boolean;
  /** With the households, also the demo budget, reports and commune targets (default false: tests make their own). */
  demoBudget?: boolean;
  serveClient?: boolean;
  /** Reuse an existing database instead of a fresh copy (not dropped on close). */
  database?: DatabaseUrls;
  /** The failed sign-in throttle; by default as in production but with millisecond delays. */
  signInPolicy?: Partial<SignInPolicy>;
  /**
   * Settings as from the environment (body limit, CORS, production), as by default otherwise, except
   * rate limits: none unless given (a test file fires more requests from 127.0.0.1 than anyone would).
   */
  config?: Partial<Pick<Config, 'production' | 'maxRequestBytes' | 'corsOrigins' | 'rateLimits'>>;
}

const NO_RATE_LIMITS = { userPerMinute: 0, apiTokenPerMinute: 0, anonymousPerMinute: 0 };

/** The real server (same createApp as production) on a random port, over its own database. */
export const startTestApp = async ({
  seeded = true,
  households = false,
  demoBudget = false,
  serveClient = false,
  database: existing,
  signInPolicy,
  config,
}: TestAppOptions = {}): Promise<TestApp> => {
  const database = existing ? { ...existing, drop: async () => {} } : await createTestDatabase();
  // As in production: requests as the app role, migrations (already in the template) as the owner.
  const orm = existing
    ? await connectAndMigrate(existing, { quiet: true })
    : await MikroORM.init(ormConfig({ clientUrl: database.url, quiet: true }));
  if (seeded) await seed(orm, { demo: true, demoPassword: DEMO_PASSWORD, households, budget: demoBudget });
  const app: App = await createApp({
    orm,
    config: {
      authSecret: undefined,
      tokenTtlSeconds: 3600,
      production: false,
      signInPolicy: { delayMs: 5, maxDelayMs: 20, ...signInPolicy },
      rateLimits: NO_RATE_LIMITS,
      ...config,
    },
    // Unexpected server errors show in the test output (callers only see a masked message).
    log: (message) => console.error(`[server] ${message}`),
    serveClient,
  });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;

  const gql: TestApp['gql'] = async (query, variables, token) => {
    const response = await fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
      body: JSON.stringify({ query, variables }),
    });
    return { status: response.status, ...((await response.json()) as object) };
  };

  return {
    url,
    databaseUrl: database.url,
    ownerDatabaseUrl: database.ownerUrl,
    orm,
    app,
    gql,
    async login(username, password = DEMO_PASSWORD) {
      const result = await gql<{ login: { token: string | null; userErrors: { code: string }[] } }>(
        'mutation Login($input: LoginInput!) { login(input: $input) { token userErrors { code } } }',
        { input: { username, password } },
      );
      const token = result.data?.login.token;
      if (!token) throw new Error(`cannot sign in as ${username}: ${JSON.stringify(result)}`);
      return token;
    },
    async close() {
      await app.stop();
      await orm.close(true);
      await database.drop();
    },
  };
};
