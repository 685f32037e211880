import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connectedAs, startTestApp, type TestApp } from '../../support/test-app';

type Events = {
  securityEvents: {
    edges: {
      cursor: string;
      node: {
        kind: string;
        username: string | null;
        user: { username: string } | null;
        actor: { username: string } | null;
        detail: string | null;
      };
    }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};
const EVENTS = /* GraphQL */ `
  query Events($first: Int, $after: String, $filter: SecurityEventFilter) {
    securityEvents(first: $first, after: $after, filter: $filter) {
      edges { cursor node { kind username user { username } actor { username } detail } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;

describe('the security log', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin');
  });
  afterAll(() => app?.close());

  it('records sign-ins, failures, sign-outs, password changes, accounts and tokens, newest first', async () => {
    const analyst = await app.login('analyst');
    await expect(app.login('analyst', 'wrong-password')).rejects.toThrow();
    await expect(app.login('ghost', 'wrong-password')).rejects.toThrow();
    await app.gql(
      'mutation { changePassword(input: { currentPassword: "demo-test-password", newPassword: "another-long-one" }) { changed } }',
      {},
      analyst,
    );
    await app.gql('mutation { logout { signedOut } }', {}, analyst);
    const { data: users } = await app.gql<{ users: { id: string; username: string }[] }>(
      '{ users { id username } }',
      {},
      admin,
    );
    const analystId = users?.users.find((user) => user.username === 'analyst')?.id;
    const created = await app.gql<{ createApiToken: { apiToken: { id: string } } }>(
      `mutation($u: ID!, $e: DateTime!) { createApiToken(input: { name: "R", userId: $u, scopes: [PLAN], expiresAt: $e }) { apiToken { id } } }`,
      { u: analystId, e: new Date(Date.now() + 86_400_000).toISOString() },
      admin,
    );
    await app.gql(
      'mutation($id: ID!) { revokeApiToken(input: { id: $id }) { userErrors { code } } }',
      { id: created.data?.createApiToken.apiToken.id },
      admin,
    );
    await app.gql(
      'mutation { createUser(input: { username: "log.me", displayName: "L", password: "a-long-password", roles: [ANALYST] }) { userErrors { code } } }',
      {},
      admin,
    );

    const { data, errors } = await app.gql<Events>(EVENTS, { first: 9 }, admin);
    expect(errors).toBeUndefined();
    expect(
      data?.securityEvents.edges.map(({ node }) => [node.kind, node.username, node.actor?.username ?? null]),
    ).toEqual([
      ['USER_CREATED', 'log.me', 'admin'],
      ['API_TOKEN_REVOKED', 'analyst', 'admin'],
      ['API_TOKEN_CREATED', 'analyst', 'admin'],
      ['SIGN_OUT', 'analyst', null],
      ['PASSWORD_CHANGED', 'analyst', null],
      ['SIGN_IN_FAILED', 'ghost', null],
      ['SIGN_IN_FAILED', 'analyst', null],
      ['SIGN_IN', 'analyst', null],
      ['SIGN_IN', 'admin', null],
    ]);
    // An unknown username is logged as typed, without an account.
    expect(data?.securityEvents.edges[5].node.user).toBeNull();
  });

  it('pages by cursor and filters by kind and user', async () => {
    const first = await app.gql<Events>(EVENTS, { first: 2, filter: { kind: 'SIGN_IN' } }, admin);
    const next = await app.gql<Events>(
      EVENTS,
      { first: 50, after: first.data?.securityEvents.pageInfo.endCursor, filter: { kind: 'SIGN_IN' } },
      admin,
    );
    const all = await app.gql<Events>(EVENTS, { first: 50, filter: { kind: 'SIGN_IN' } }, admin);
    expect(
      [...(first.data?.securityEvents.edges ?? []), ...(next.data?.securityEvents.edges ?? [])].map(
        (edge) => edge.cursor,
      ),
    ).toEqual(all.data?.securityEvents.edges.map((edge) => edge.cursor));
    expect(all.data?.securityEvents.edges.every(({ node }) => node.kind === 'SIGN_IN')).toBe(true);
    expect((await app.gql(EVENTS, { after: 'bogus' }, admin)).errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('is append-only, even for SQL', async () => {
    // Refused to the server's role by its grants, and to the table's owner by a trigger.
    const em = app.orm.em.fork();
    await expect(em.execute('update security_event set detail = $$x$$')).rejects.toThrow(/permission denied/);
    await expect(em.execute('delete from security_event')).rejects.toThrow(/permission denied/);
    await connectedAs(app.ownerDatabaseUrl, async (owner) => {
      await expect(owner.query('update security_event set detail = $$x$$')).rejects.toThrow(/append-only/);
      await expect(owner.query('delete from security_event')).rejects.toThrow(/append-only/);
      await expect(owner.query('truncate security_event')).rejects.toThrow(/append-only/);
    });
  });
});
