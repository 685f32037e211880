import { isIP } from 'node:net';
import { HeaderMap } from '@apollo/server';
import { GraphQLError } from 'graphql';
import type { RateLimits } from '../config';
import type { Context } from '../context';

export const RATE_LIMITED = 'RATE_LIMITED';

const MINUTE_MS = 60_000;

type Caller = Pick<Context, 'viewer' | 'request'>;

export interface RateLimiter {
  /** Counts one request against its caller's allowance and returns the context; RATE_LIMITED when none is left. */
  admit<T extends Caller>(context: T): T;
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
export const rateLimitKey = ({ viewer, request }: Caller, limits: RateLimits) =>
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
 * A token bucket per caller, in this process's memory: `perMinute` requests at once, then one more
 * every 60/perMinute seconds. With N processes behind a load balancer a caller gets up to N times
 * the limit (docs/security.md).
 */
export const createRateLimiter = (limits: RateLimits, now: () => number = Date.now): RateLimiter => {
  const buckets = new Map<string, { tokens: number; at: number }>();
  let sweptAt = now();
  return {
    admit(context) {
      const { key, perMinute, who } = rateLimitKey(context, limits);
      if (perMinute === 0) return context;
      const at = now();
      if (at - sweptAt >= MINUTE_MS) {
        // A bucket idle for a minute is full again, as good as none: the map holds only the last minute's callers.
        for (const [idle, bucket] of buckets) if (at - bucket.at >= MINUTE_MS) buckets.delete(idle);
        sweptAt = at;
      }
      const perMs = perMinute / MINUTE_MS;
      const bucket = buckets.get(key) ?? { tokens: perMinute, at };
      bucket.tokens = Math.min(perMinute, bucket.tokens + (at - bucket.at) * perMs);
      bucket.at = at;
      buckets.set(key, bucket);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        return context;
      }
      throw rateLimited(Math.max(1, Math.ceil((1 - bucket.tokens) / perMs / 1000)), perMinute, who);
    },
  };
};
