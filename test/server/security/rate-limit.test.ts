import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientAddress, createRateLimiter } from '../../../server/src/common/rate-limit';
import type { RateLimits } from '../../../server/src/config';
import type { ViewerIdentity } from '../../../server/src/context';
import { startTestApp, type TestApp } from '../../support/test-app';

interface Answer {
  status: number;
  retryAfter: string | null;
  body: {
    data?: { __typename: string } | null;
    errors?: { message: string; extensions: { code: string; retryAfterSeconds?: number } }[];
  };
}

const ask = async (app: TestApp, token?: string): Promise<Answer> => {
  const response = await fetch(`${app.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query: '{ __typename }' }),
  });
  const body = (await response.json()) as Answer['body'];
  return { status: response.status, retryAfter: response.headers.get('retry-after'), body };
};

const served = (answer: Answer) =>
  expect(answer).toMatchObject({ status: 200, body: { data: { __typename: 'Query' } } });

/** A 429 with RATE_LIMITED, a retry hint in seconds (header and extension alike) and nothing else. */
const throttled = (answer: Answer, message: string, maxRetrySeconds: number) => {
  expect(answer.status).toBe(429);
  expect(answer.body.data).toBeUndefined();
  const retryAfterSeconds = Number(answer.retryAfter);
  expect(retryAfterSeconds).toBeGreaterThanOrEqual(1);
  expect(retryAfterSeconds).toBeLessThanOrEqual(maxRetrySeconds);
  expect(answer.body.errors).toEqual([
    {
      message: `Too many requests: ${message}. Try again in ${retryAfterSeconds} s.`,
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds },
    },
  ]);
};

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('rate limits per user and per API token', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      config: { rateLimits: { userPerMinute: 5, apiTokenPerMinute: 3, anonymousPerMinute: 0 } },
    });
  });
  afterAll(() => app?.close());

  it("counts a user's requests across their sessions, and no one else's", async () => {
    const first = await app.login('finance');
    for (let request = 0; request < 5; request++) served(await ask(app, first));
    throttled(await ask(app, first), 'a user may make 5 a minute', 12);
    // A second sign-in is the same user: no fresh allowance.
    throttled(await ask(app, await app.login('finance')), 'a user may make 5 a minute', 12);
    served(await ask(app, await app.login('leader')));
  });

  it('counts an API token apart from the user it was issued to', async () => {
    const admin = await app.login('admin');
    const users = await app.gql<{ users: { id: string; username: string }[] }>('{ users { id username } }', {}, admin);
    const analyst = users.data?.users.find((user) => user.username === 'analyst');
    const created = await app.gql<{ createApiToken: { secret: string | null } }>(
      'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret userErrors { code } } }',
      { input: { name: 'Báo cáo quý', userId: analyst?.id, scopes: ['PLAN'], expiresAt: inDays(30) } },
      admin,
    );
    const secret = created.data?.createApiToken.secret;
    if (!secret) throw new Error(`no API token: ${JSON.stringify(created)}`);

    for (let request = 0; request < 3; request++) served(await ask(app, secret));
    throttled(await ask(app, secret), 'an API token may make 3 a minute', 20);
    served(await ask(app, await app.login('analyst')));
  });

  it('lets a throttled caller in again after the time it was told', async () => {
    const fast = await startTestApp({
      config: { rateLimits: { userPerMinute: 60, apiTokenPerMinute: 0, anonymousPerMinute: 0 } },
    });
    try {
      const token = await fast.login('planning');
      let answer = await ask(fast, token);
      for (let request = 0; answer.status === 200 && request < 200; request++) answer = await ask(fast, token);
      throttled(answer, 'a user may make 60 a minute', 1);
      // As if the time it was told had passed: the buckets (this test's database only) move back.
      await fast.orm.em
        .fork()
        .getConnection()
        .execute('update rate_limit_bucket set full_at = full_at - make_interval(secs => ?)', [
          Number(answer.retryAfter),
        ]);
      served(await ask(fast, token));
    } finally {
      await fast.close();
    }
  });
});

describe('rate limit without a valid token', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      config: { rateLimits: { userPerMinute: 0, apiTokenPerMinute: 0, anonymousPerMinute: 3 } },
    });
  });
  afterAll(() => app?.close());

  it('counts requests per address, signing in and invalid tokens included, and not signed-in ones', async () => {
    const token = await app.login('leader');
    served(await ask(app));
    served(await ask(app, 'not-a-token'));
    throttled(await ask(app), 'an address without a valid token may make 3 a minute', 20);
    const login = await app.gql('mutation { login(input: { username: "admin", password: "x" }) { token } }');
    expect(login.errors?.[0].extensions?.code).toBe('RATE_LIMITED');
    served(await ask(app, token));
  });
});

describe('rate limits across server processes', () => {
  let first: TestApp;
  let second: TestApp;
  beforeAll(async () => {
    const rateLimits = { userPerMinute: 5, apiTokenPerMinute: 0, anonymousPerMinute: 0 };
    first = await startTestApp({ config: { rateLimits } });
    second = await startTestApp({
      database: { url: first.databaseUrl, ownerUrl: first.ownerDatabaseUrl },
      seeded: false,
      config: { rateLimits },
    });
  });
  afterAll(async () => {
    await second?.close();
    await first?.close();
  });

  it('share one allowance: requests split across two processes stop at the one limit', async () => {
    const token = await first.login('finance');
    const answers = await Promise.all(Array.from({ length: 12 }, (_, i) => ask(i % 2 ? second : first, token)));
    expect(answers.filter((answer) => answer.status === 200)).toHaveLength(5);
    for (const answer of answers.filter((each) => each.status !== 200)) {
      throttled(answer, 'a user may make 5 a minute', 12);
    }
    // Used up in both, whichever served the five.
    throttled(await ask(first, token), 'a user may make 5 a minute', 12);
    throttled(await ask(second, token), 'a user may make 5 a minute', 12);
  });
});

describe('the rate limiter', () => {
  const limits: RateLimits = { userPerMinute: 2, apiTokenPerMinute: 1, anonymousPerMinute: 1 };
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ seeded: false });
  });
  afterAll(() => app?.close());

  const user = (id: number, apiToken: ViewerIdentity['apiToken'] = null) =>
    ({ user: { id }, roles: [], communeIds: [], apiToken, sessionId: null }) as unknown as ViewerIdentity;
  const caller = (viewer: ViewerIdentity | null, ip: string | null = '10.0.0.1') => ({
    em: app.orm.em.fork(),
    viewer,
    request: { ip, userAgent: null },
  });
  /** Moves a bucket's time on, as if `seconds` had passed. */
  const wait = (key: string, seconds: number) =>
    app.orm.em
      .fork()
      .getConnection()
      .execute('update rate_limit_bucket set full_at = full_at - make_interval(secs => ?) where key = ?', [
        seconds,
        key,
      ]);

  it('refills one request every 60/limit seconds, up to the whole allowance', async () => {
    const limiter = createRateLimiter(limits);
    const alice = caller(user(1));
    await limiter.admit(alice);
    await limiter.admit(alice);
    await expect(limiter.admit(alice)).rejects.toThrow(/Try again in 30 s/);
    await wait('user:1', 29);
    await expect(limiter.admit(alice)).rejects.toThrow(/Try again in 1 s/);
    await wait('user:1', 1);
    expect(await limiter.admit(alice)).toBe(alice);
    await expect(limiter.admit(caller(user(1, { id: 7, scopes: [] })))).resolves.toBeTruthy();
    await expect(limiter.admit(caller(user(2, { id: 7, scopes: [] })))).rejects.toThrow(/an API token/);
    await wait('user:1', 10 * 60);
    await limiter.admit(alice);
    await limiter.admit(alice);
    await expect(limiter.admit(alice)).rejects.toThrow(/a user may make 2 a minute/);
  });

  it('never limits a caller whose limit is 0', async () => {
    const limiter = createRateLimiter({ ...limits, anonymousPerMinute: 0 });
    for (let request = 0; request < 100; request++) await limiter.admit(caller(null));
  });

  it('counts an IPv6 client by its /64 and an IPv4-mapped one as IPv4', async () => {
    expect(clientAddress('::ffff:203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddress('203.0.113.7')).toBe('203.0.113.7');
    expect(clientAddress('2001:db8:85a3:0042:1000:8a2e:370:7334')).toBe('2001:db8:85a3:42::/64');
    expect(clientAddress('2001:db8::1')).toBe('2001:db8:0:0::/64');
    expect(clientAddress('2001:db8:0:7::8a2e:1.2.3.4')).toBe('2001:db8:0:7::/64');
    expect(clientAddress('::1')).toBe('0:0:0:0::/64');
    expect(clientAddress(null)).toBe('unknown');

    const limiter = createRateLimiter(limits);
    await limiter.admit(caller(null, '2001:db8:1:2::a'));
    await expect(limiter.admit(caller(null, '2001:db8:1:2:ffff::b'))).rejects.toThrow(
      /an address without a valid token/,
    );
    await expect(limiter.admit(caller(null, '2001:db8:1:3::a'))).resolves.toBeTruthy();
  });
});
