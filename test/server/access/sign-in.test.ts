import { SignJWT } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

const LOGIN = /* GraphQL */ `
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      token
      expiresAt
      viewer { roles user { id username displayName roles } communeScope { name level } }
      userErrors { field code message }
    }
  }
`;

interface LoginResult {
  login: {
    token: string | null;
    expiresAt: string | null;
    viewer: {
      roles: string[];
      user: { id: string; username: string; roles: string[] };
      communeScope: { name: string }[];
    } | null;
    userErrors: { field: string[] | null; code: string; message: string }[];
  };
}

describe('sign-in', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('gives a demo account an expiring token and its viewer', async () => {
    const { data, errors } = await app.gql<LoginResult>(LOGIN, {
      input: { username: 'finance', password: 'demo-test-password' },
    });
    expect(errors).toBeUndefined();
    expect(data?.login.userErrors).toEqual([]);
    expect(data?.login.token).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const expiresIn = Date.parse(data?.login.expiresAt ?? '') - Date.now();
    expect(expiresIn).toBeGreaterThan(3500_000);
    expect(expiresIn).toBeLessThanOrEqual(3600_000);
    expect(data?.login.viewer).toMatchObject({
      roles: ['FINANCE_OFFICER'],
      user: { username: 'finance' },
      communeScope: [],
    });

    const viewer = await app.gql<{ viewer: { user: { username: string } } }>(
      '{ viewer { user { username } } }',
      {},
      data?.login.token ?? '',
    );
    expect(viewer.data?.viewer.user.username).toBe('finance');
  });

  it('scopes a commune officer to their commune', async () => {
    const { data } = await app.gql<LoginResult>(LOGIN, {
      input: { username: 'iatoi', password: 'demo-test-password' },
    });
    expect(data?.login.viewer).toMatchObject({
      roles: ['COMMUNE_OFFICER'],
      communeScope: [{ name: 'Ia Tơi', level: 'COMMUNE' }],
    });
  });

  it('accepts the username in any case and with surrounding spaces', async () => {
    const { data } = await app.gql<LoginResult>(LOGIN, {
      input: { username: '  Leader ', password: 'demo-test-password' },
    });
    expect(data?.login.viewer?.user.username).toBe('leader');
  });

  it('answers a wrong password and an unknown user with the same INVALID_CREDENTIALS', async () => {
    const wrongPassword = await app.gql<LoginResult>(LOGIN, { input: { username: 'finance', password: 'nope' } });
    const unknownUser = await app.gql<LoginResult>(LOGIN, {
      input: { username: 'nobody', password: 'demo-test-password' },
    });
    const empty = await app.gql<LoginResult>(LOGIN, { input: { username: '', password: '' } });
    for (const result of [wrongPassword, unknownUser, empty]) {
      expect(result.errors).toBeUndefined();
      expect(result.data?.login).toEqual({
        token: null,
        expiresAt: null,
        viewer: null,
        userErrors: [{ field: null, code: 'INVALID_CREDENTIALS', message: 'Wrong username or password.' }],
      });
    }
  });

  it('rejects malformed login input with BAD_USER_INPUT', async () => {
    const result = await app.gql(LOGIN, { input: { username: 'finance' } });
    expect(result.status).toBe(400);
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(result)).not.toMatch(/stacktrace|at .*\.ts:/);
  });
});

describe('without a valid token', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  const PROTECTED = [
    ['plans', '{ plans(year: 2022) { id title } }'],
    ['viewer', '{ viewer { user { username } } }'],
    ['adminUnits', '{ adminUnits { name } }'],
    ['node', '{ node(id: "UGxhbjox") { id } }'],
    ['introspection', '{ __schema { types { name } } }'],
    ['a fragment on Query', 'query { ...F } fragment F on Query { plans { id } }'],
    ['an inline fragment', 'query { ... on Query { plans { id } } }'],
    [
      'login next to a protected field',
      'mutation { login(input: { username: "x", password: "y" }) { token } setTarget(input: { planId: "x", unitId: "y", indicator: POOR_HOUSEHOLD_RATE, comparator: AT_MOST, value: 1 }) { userErrors { code } } }',
    ],
  ] as const;

  it.each(PROTECTED)('refuses %s with UNAUTHENTICATED and no data', async (_name, query) => {
    const result = await app.gql(query);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(result.data ?? null).toBeNull();
  });

  it('treats a forged, an expired and a garbage token as no token', async () => {
    const forged = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer('ansinh')
      .setSubject('1')
      .setExpirationTime('1h')
      .sign(new TextEncoder().encode('x'.repeat(48)));
    const token = await app.login('finance');
    const [header, payload] = token.split('.');
    const claims = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const expiredPayload = Buffer.from(JSON.stringify({ ...claims, exp: Math.floor(Date.now() / 1000) - 60 })).toString(
      'base64url',
    );
    const tampered = `${header}.${expiredPayload}.${token.split('.')[2]}`;
    for (const bad of [forged, tampered, 'garbage', `${token}x`]) {
      const result = await app.gql('{ plans { id } }', {}, bad);
      expect(result.errors?.[0].extensions?.code, bad).toBe('UNAUTHENTICATED');
    }
    expect((await app.gql('{ plans { id } }', {}, token)).errors).toBeUndefined();
  });

  it('still answers __typename alone (a liveness probe), revealing nothing', async () => {
    const result = await app.gql('{ __typename }');
    expect(result).toMatchObject({ data: { __typename: 'Query' } });
  });
});
