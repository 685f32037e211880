import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../support/test-app';

type Login = { login: { token: string | null; retryAfterSeconds: number | null; userErrors: { code: string }[] } };
const LOGIN =
  'mutation($u: String!, $p: String!) { login(input: { username: $u, password: $p }) { token retryAfterSeconds userErrors { code } } }';

/** The throttle row of a username: its failures in a row, and for how many more seconds it is locked. */
const throttleOf = async (app: TestApp, username: string) => {
  const [row] = await app.orm.em
    .fork()
    .getConnection()
    .execute<{ failures: number; locked_seconds: number | null }[]>(
      'select failures, extract(epoch from locked_until - now())::int as locked_seconds from sign_in_throttle where username = ?',
      [username],
    );
  return row;
};

/** As if `seconds` had passed for a username's throttle row: its failure and its lock move back. */
const letTimePass = async (app: TestApp, username: string, seconds: number) => {
  await app.orm.em
    .fork()
    .getConnection()
    .execute(
      `update sign_in_throttle
          set last_failure_at = last_failure_at - make_interval(secs => ?),
              locked_until = locked_until - make_interval(secs => ?)
        where username = ?`,
      [seconds, seconds, username],
    );
};

describe('failed sign-ins', () => {
  let app: TestApp;
  const attempt = async (username: string, password: string) => {
    const started = performance.now();
    const { data } = await app.gql<Login>(LOGIN, { u: username, p: password });
    return { ...(data?.login as Login['login']), ms: performance.now() - started };
  };

  beforeAll(async () => {
    app = await startTestApp({
      signInPolicy: { slowAfter: 2, delayMs: 150, maxDelayMs: 300, lockAfter: 4, lockSeconds: 2 },
    });
  });
  afterAll(() => app?.close());

  it('slow down, then lock the account, the right password included, until the lock ends', async () => {
    const first = await attempt('finance', 'wrong-1');
    expect(first.userErrors).toEqual([{ code: 'INVALID_CREDENTIALS' }]);
    await attempt('finance', 'wrong-2');
    // From the 3rd failure in a row the answer waits (150 ms, then doubling).
    const slowed = await attempt('finance', 'wrong-3');
    expect(slowed.ms).toBeGreaterThanOrEqual(150);
    const locking = await attempt('finance', 'wrong-4');
    expect(locking.userErrors).toEqual([{ code: 'ACCOUNT_LOCKED' }]);
    expect(locking.retryAfterSeconds).toBeGreaterThanOrEqual(1);
    expect(locking.retryAfterSeconds).toBeLessThanOrEqual(2);

    const right = await attempt('finance', DEMO_PASSWORD);
    expect(right).toMatchObject({ token: null, userErrors: [{ code: 'ACCOUNT_LOCKED' }] });

    await letTimePass(app, 'finance', 2);
    const after = await attempt('finance', DEMO_PASSWORD);
    expect(after.token).toBeTruthy();
    // Success clears the count: the next failure is the first again (measured, not timed: a loaded
    // machine can take 150 ms for a password check).
    await attempt('finance', 'wrong-5');
    expect(await throttleOf(app, 'finance')).toEqual({ failures: 1, locked_seconds: null });
  });

  it('behave the same for an unknown username (no way to tell which accounts exist)', async () => {
    const outcomes = [];
    for (let i = 0; i < 5; i += 1) outcomes.push((await attempt('no-such-person', `wrong-${i}`)).userErrors[0].code);
    expect(outcomes).toEqual([
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'INVALID_CREDENTIALS',
      'ACCOUNT_LOCKED',
      'ACCOUNT_LOCKED',
    ]);
  });

  it('all count when made in parallel', async () => {
    await Promise.all(Array.from({ length: 6 }, (_, i) => attempt('planning', `wrong-${i}`)));
    expect((await attempt('planning', DEMO_PASSWORD)).userErrors).toEqual([{ code: 'ACCOUNT_LOCKED' }]);
  });

  it('an admin can unlock at once', async () => {
    for (let i = 0; i < 4; i += 1) await attempt('leader', `wrong-${i}`);
    expect((await attempt('leader', DEMO_PASSWORD)).userErrors).toEqual([{ code: 'ACCOUNT_LOCKED' }]);
    const admin = await app.login('admin');
    const { data } = await app.gql<{ users: { id: string; username: string; lockedUntil: string | null }[] }>(
      '{ users { id username lockedUntil } }',
      {},
      admin,
    );
    const leader = data?.users.find((user) => user.username === 'leader');
    expect(leader?.lockedUntil).toBeTruthy();
    const unlocked = await app.gql<{ updateUser: { userErrors: unknown[] } }>(
      'mutation($id: ID!) { updateUser(input: { id: $id, unlock: true }) { userErrors { code } } }',
      { id: leader?.id },
      admin,
    );
    expect(unlocked.data?.updateUser.userErrors).toEqual([]);
    expect((await attempt('leader', DEMO_PASSWORD)).token).toBeTruthy();
  });
});

describe('sign-ins made at the same instant', () => {
  const LOCK_AFTER = 4;
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp({ signInPolicy: { lockAfter: LOCK_AFTER, lockSeconds: 60 } });
    admin = await app.login('admin');
  });
  afterAll(() => app?.close());

  const attempt = async (username: string, password: string) =>
    (await app.gql<Login>(LOGIN, { u: username, p: password })).data?.login as Login['login'];

  it('let no more than the allowed wrong passwords through, count each, and lock out the right one sent last', async () => {
    for (let round = 1; round <= 3; round += 1) {
      const username = `race.${round}`;
      const password = `the-right-password-${round}`;
      const created = await app.gql<{ createUser: { userErrors: unknown[] } }>(
        'mutation($u: String!, $p: String!) { createUser(input: { username: $u, displayName: "Race", password: $p, roles: [ANALYST] }) { userErrors { code } } }',
        { u: username, p: password },
        admin,
      );
      expect(created.data?.createUser.userErrors).toEqual([]);

      const passwords = [...Array.from({ length: 39 }, (_, i) => `wrong-${i}`), password];
      const outcomes = await Promise.all(passwords.map((each) => attempt(username, each)));
      const codes = outcomes.map((outcome) => outcome.userErrors[0]?.code ?? 'TOKEN');
      const count = (code: string) => codes.filter((each) => each === code).length;

      // The first LOCK_AFTER attempts are checked (the last of them locks), every later one is refused unchecked.
      expect({
        tokens: count('TOKEN'),
        invalid: count('INVALID_CREDENTIALS'),
        locked: count('ACCOUNT_LOCKED'),
      }).toEqual({ tokens: 0, invalid: LOCK_AFTER - 1, locked: 40 - (LOCK_AFTER - 1) });
      const throttle = await throttleOf(app, username);
      expect(throttle.failures).toBe(LOCK_AFTER);
      expect(throttle.locked_seconds).toBeGreaterThan(50);
      expect((await attempt(username, password)).userErrors).toEqual([{ code: 'ACCOUNT_LOCKED' }]);
    }
  });
});
