import { isIP } from 'node:net';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RateLimits } from '../config';
import type { Context } from '../context';

export const RATE_LIMITED = 'RATE_LIMITED';

const MINUTE_MS = 60_000;

type Caller = Pick<Context, 'viewer' | 'request' | 'em'>;

export interface RateLimiter {
  /** Counts one request against its caller's allowance and returns the context; RATE_LIMITED when none is left. */
  admit<T extends Caller>(context: T): Promise<T>;
}

const width = (groups: string[]): number => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);

/**
 * The address a request is counted against: IPv4 as is (also when mapped into IPv6), IPv6 by its
 * /64, the block one host or one subscriber usually holds (so that it cannot rotate addresses).
 */
export const clientAddress = (ip: string | null): string => {
  if (!ip) return 'unknown';
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(ip);
  if (mapped) return mapped[1];
  if (isIP(ip) !== 6) return ip;
  const [head, tail] = ip.toLowerCase().split('::');
  const left = head ? head.split(':') : [];
  const right = tail ? tail.split(':') : [];
  const groups = tail === undefined ? left : [...left, ...Array(8 - width(left) - width(right)).fill('0'), ...right];
  return `${groups
    .slice(0, 4)
    .map((group) => group.replace(/^0+(?=.)/, ''))
    .join(':')}::/64`;
};

/** Who a request is counted against, and how many a minute that caller may make. */
export const rateLimitKey = ({ viewer, request }: Pick<Caller, 'viewer' | 'request'>, limits: RateLimits) =>
  viewer?.apiToken
    ? { key: `token:${viewer.apiToken.id}`, perMinute: limits.apiTokenPerMinute, who: 'an API token' }
    : viewer
      ? { key: `user:${viewer.user.id}`, perMinute: limits.userPerMinute, who: 'a user' }
      : {
          key: `ip:${clientAddress(request.ip)}`,
          perMinute: limits.anonymousPerMinute,
          who: 'an address without a valid token',
        };

const rateLimited = (retryAfterSeconds: number, perMinute: number, who: string) =>
  new GraphQLError(`Too many requests: ${who} may make ${perMinute} a minute. Try again in ${retryAfterSeconds} s.`, {
    extensions: {
      code: RATE_LIMITED,
      retryAfterSeconds,
      http: { status: 429, headers: new HeaderMap([['retry-after', String(retryAfterSeconds)]]) },
    },
  });

/**
 * A token bucket per caller, kept in PostgreSQL so that every server process draws on the same one:
 * `perMinute` requests at once, then one more every 60/perMinute seconds. The bucket is one instant,
 * `full_at`, when it is whole again (the "generic cell rate algorithm"): a request is admitted while
 * that lies at most 60 s minus one interval ahead, and moves it one interval later, in a single
 * statement, so that concurrent requests in any process each take their own place. Time is the
 * database's clock, which all processes share.
 */
export const createRateLimiter = (limits: RateLimits): RateLimiter => {
  let sweptAt = Date.now();
  return {
    async admit(context) {
      const { key, perMinute, who } = rateLimitKey(context, limits);
      if (perMinute === 0) return context;
      const connection = context.em.getConnection();
      if (Date.now() - sweptAt >= MINUTE_MS) {
        // A bucket whose full_at has passed is as good as none: the table holds only the callers of the last minute.
        sweptAt = Date.now();
        await connection.execute('delete from rate_limit_bucket where full_at < now()', [], 'run');
      }
      const interval = 60 / perMinute;
      // The column's length: behind a trusted proxy an "address" is whatever X-Forwarded-For said.
      const bucketKey = key.slice(0, 100);
      const admitted = await connection.execute<{ key: string }[]>(
        `insert into rate_limit_bucket as b (key, full_at) values (?, now() + make_interval(secs => ?))
         on conflict (key) do update set full_at = greatest(b.full_at, now()) + make_interval(secs => ?)
           where greatest(b.full_at, now()) <= now() + make_interval(secs => ?)
         returning key`,
        [bucketKey, interval, interval, 60 - interval],
      );
      if (admitted.length > 0) return context;
      const [bucket] = await connection.execute<{ wait: number }[]>(
        'select extract(epoch from full_at - now()) - ? as wait from rate_limit_bucket where key = ?',
        [60 - interval, bucketKey],
      );
      throw rateLimited(Math.max(1, Math.ceil(Number(bucket?.wait ?? 1))), perMinute, who);
    },
  };
};
