import { resolve } from 'node:path';

/** Everything the server reads from the environment, in one place (documented in README.md). */
export interface Config {
  port: number;
  host: string;
  /** When set, the server uses this PostgreSQL (its requests run as this URL's role) and starts none of its own. */
  databaseUrl: string | undefined;
  /** The role that owns the schema and runs the migrations (docs/security.md); DATABASE_URL's when unset. */
  databaseOwnerUrl: string | undefined;
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
  /** Largest request body POST /graphql accepts, in bytes (a household import carries its file in it). */
  maxRequestBytes: number;
  /** Browser origins (`scheme://host[:port]`) allowed to call the API; empty: the console's own origin only. */
  corsOrigins: string[];
  rateLimits: RateLimits;
  /** express's `trust proxy`: behind a reverse proxy, which hops to trust for the client's address. */
  trustProxy: boolean | number | string;
}

/** Requests a minute, counted across all server processes (see docs/security.md); 0 turns a limit off. */
export interface RateLimits {
  /** Per signed-in user (console sessions). */
  userPerMinute: number;
  /** Per API token. */
  apiTokenPerMinute: number;
  /** Per client address, for requests without a valid token. */
  anonymousPerMinute: number;
}

export const DEFAULT_MAX_REQUEST_BYTES = 2 * 1024 * 1024;

export const DEFAULT_RATE_LIMITS: RateLimits = { userPerMinute: 600, apiTokenPerMinute: 120, anonymousPerMinute: 60 };

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

/** A comma-separated list of origins, each exactly `scheme://host[:port]` as browsers send it. */
const origins = (value: string | undefined, name: string): string[] =>
  (value ?? '')
    .split(',')
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => {
      const url = URL.canParse(entry) ? new URL(entry) : null;
      const bare = url && url.pathname === '/' && !url.search && !url.hash && !url.username && !url.password;
      if (!bare || !['http:', 'https:'].includes(url.protocol) || entry.includes('*'))
        throw new Error(`${name} takes origins like https://example.org (no path, no wildcard), got "${entry}"`);
      return url.origin;
    });

// Unset: the socket's address is the client's. A number trusts that many proxies; anything else is
// express's list form (e.g. "loopback" or "10.0.0.0/8").
const trustProxy = (value: string | undefined): boolean | number | string => {
  if (value === undefined || value === '') return false;
  if (/^\d+$/.test(value)) return Number(value);
  if (['true', 'false'].includes(value.toLowerCase())) return value.toLowerCase() === 'true';
  return value;
};

export const loadConfig = (env: NodeJS.ProcessEnv = process.env): Config => {
  // One URL alone serves for both roles (the server then warns that its role owns the tables).
  const databaseUrl = env.DATABASE_URL || env.DATABASE_OWNER_URL || undefined;
  const databaseOwnerUrl = env.DATABASE_OWNER_URL || databaseUrl;
  // Demo accounts are the default only with the embedded database; a real server opts in.
  const demo = flag(env.DEMO) ?? databaseUrl === undefined;
  const maxRequestBytes = int(env.MAX_REQUEST_BYTES, DEFAULT_MAX_REQUEST_BYTES, 'MAX_REQUEST_BYTES');
  if (maxRequestBytes < 1024) throw new Error(`MAX_REQUEST_BYTES must be at least 1024, got "${maxRequestBytes}"`);
  const perMinute = (name: string, fallback: number) => int(env[name], fallback, name);
  return {
    port: int(env.PORT, 4000, 'PORT'),
    // Demo accounts share one known password: keep such a server off the network unless asked.
    host: env.HOST || (demo ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl,
    databaseOwnerUrl,
    dataDir: resolve(env.DATA_DIR || '.data'),
    embeddedPgPort: int(env.EMBEDDED_PG_PORT, 54329, 'EMBEDDED_PG_PORT'),
    demo,
    demoPassword: env.DEMO_PASSWORD || 'demo',
    authSecret: env.AUTH_SECRET || undefined,
    tokenTtlSeconds: int(env.TOKEN_TTL_SECONDS, 12 * 60 * 60, 'TOKEN_TTL_SECONDS'),
    production: env.NODE_ENV === 'production',
    buildClient: !flag(env.SKIP_CLIENT_BUILD),
    maxRequestBytes,
    corsOrigins: origins(env.CORS_ORIGINS, 'CORS_ORIGINS'),
    trustProxy: trustProxy(env.TRUST_PROXY),
    rateLimits: {
      userPerMinute: perMinute('RATE_LIMIT_USER_PER_MINUTE', DEFAULT_RATE_LIMITS.userPerMinute),
      apiTokenPerMinute: perMinute('RATE_LIMIT_TOKEN_PER_MINUTE', DEFAULT_RATE_LIMITS.apiTokenPerMinute),
      anonymousPerMinute: perMinute('RATE_LIMIT_ANONYMOUS_PER_MINUTE', DEFAULT_RATE_LIMITS.anonymousPerMinute),
    },
  };
};
