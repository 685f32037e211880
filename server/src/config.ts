import { resolve } from 'node:path';

/** Everything the server reads from the environment, in one place (documented in README.md). */
export interface Config {
  port: number;
  host: string;
  /** When set, the server uses this PostgreSQL and starts none of its own. */
  databaseUrl: string | undefined;
  dataDir: string;
  embeddedPgPort: number;
  demo: boolean;
  demoPassword: string;
  /** HS256 key for bearer tokens; when unset a random key is kept in the database. */
  authSecret: string | undefined;
  tokenTtlSeconds: number;
  production: boolean;
  /** Build the console at start when it is missing or older than its sources. */
  buildClient: boolean;
}

const int = (value: string | undefined, fallback: number, name: string): number => {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
};

const flag = (value: string | undefined): boolean | undefined => {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  const databaseUrl = env.DATABASE_URL || undefined;
  // Demo accounts are the default only with the embedded database; a real server opts in.
  const demo = flag(env.DEMO) ?? databaseUrl === undefined;
  return {
    port: int(env.PORT, 4000, 'PORT'),
    // Demo accounts share one known password: keep such a server off the network unless asked.
    host: env.HOST || (demo ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl,
    dataDir: resolve(env.DATA_DIR || '.data'),
    embeddedPgPort: int(env.EMBEDDED_PG_PORT, 54329, 'EMBEDDED_PG_PORT'),
    demo,
    demoPassword: env.DEMO_PASSWORD || 'demo',
    authSecret: env.AUTH_SECRET || undefined,
    tokenTtlSeconds: int(env.TOKEN_TTL_SECONDS, 12 * 60 * 60, 'TOKEN_TTL_SECONDS'),
    production: env.NODE_ENV === 'production',
    buildClient: !flag(env.SKIP_CLIENT_BUILD),
  };
};
