import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateUserInput!) {
    createUser(input: $input) {
      user { id username displayName roles active communeScope { name } }
      userErrors { code field }
    }
  }
`;
const UPDATE = /* GraphQL */ `
  mutation Update($input: UpdateUserInput!) {
    updateUser(input: $input) { user { username roles active communeScope { name } } userErrors { code field } }
  }
`;
type Payload = {
  user: { id: string; username: string; roles: string[] } | null;
  userErrors: { code: string; field: string[] }[];
};

describe('accounts, for admins', () => {
  let app: TestApp;
  let admin: string;
  let communes: { id: string; name: string }[];
  const create = (input: Record<string, unknown>) =>
    app.gql<{ createUser: Payload }>(
      CREATE,
      { input: { displayName: 'Cán bộ mới', password: 'a-long-password', roles: ['PLANNING_OFFICER'], ...input } },
      admin,
    );

  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin');
    communes =
      (
        await app.gql<{ adminUnits: { id: string; name: string }[] }>(
          '{ adminUnits(level: COMMUNE) { id name } }',
          {},
          admin,
        )
      ).data?.adminUnits ?? [];
  });
  afterAll(() => app?.close());

  it('creates a commune officer who can sign in and edits only their commune', async () => {
    const iaDal = communes.find((commune) => commune.name.includes('Đal'));
    const created = await create({ username: 'Nguyen.Van.A', roles: ['COMMUNE_OFFICER'], communeIds: [iaDal?.id] });
    expect(created.data?.createUser).toMatchObject({
      user: {
        username: 'nguyen.van.a',
        roles: ['COMMUNE_OFFICER'],
        active: true,
        communeScope: [{ name: iaDal?.name }],
      },
      userErrors: [],
    });
    const beforeSignIn = Date.now();
    const token = await app.login('nguyen.van.a', 'a-long-password');
    const listed = await app.gql<{ users: { username: string; lastSignInAt: string | null }[] }>(
      '{ users { username lastSignInAt } }',
      {},
      admin,
    );
    const signedIn = listed.data?.users.find((user) => user.username === 'nguyen.van.a')?.lastSignInAt;
    expect(Date.parse(signedIn ?? '')).toBeGreaterThanOrEqual(beforeSignIn - 1_000);
    const viewer = await app.gql<{ viewer: { communeScope: { name: string }[] } }>(
      '{ viewer { communeScope { name } } }',
      {},
      token,
    );
    expect(viewer.data?.viewer.communeScope).toEqual([{ name: iaDal?.name }]);
  });

  it.each([
    [{ username: 'ab' }, 'INVALID_USERNAME', 'username'],
    [{ username: 'has space' }, 'INVALID_USERNAME', 'username'],
    [{ username: 'finance' }, 'USERNAME_TAKEN', 'username'],
    [{ username: 'new.one', displayName: '  ' }, 'DISPLAY_NAME_REQUIRED', 'displayName'],
    [{ username: 'new.one', roles: [] }, 'NO_ROLES', 'roles'],
    [{ username: 'new.one', password: 'short' }, 'WEAK_PASSWORD', 'password'],
    [{ username: 'new.one', roles: ['COMMUNE_OFFICER'] }, 'COMMUNE_SCOPE_REQUIRED', 'communeIds'],
  ])('refuses %j with %s and creates nothing', async (input, code, field) => {
    const count = async () => (await app.orm.em.fork().execute('select count(*)::int as n from app_user'))[0].n;
    const before = await count();
    const result = await create(input);
    expect(result.data?.createUser).toEqual({ user: null, userErrors: [{ code, field: ['input', field] }] });
    expect(await count()).toBe(before);
  });

  it('refuses communes for roles without them, and places that are not communes', async () => {
    const district = (
      await app.gql<{ adminUnits: { id: string }[] }>('{ adminUnits(level: DISTRICT) { id } }', {}, admin)
    ).data?.adminUnits[0].id;
    expect(
      (await create({ username: 'new.two', communeIds: [communes[0].id] })).data?.createUser.userErrors[0].code,
    ).toBe('COMMUNE_SCOPE_NOT_ALLOWED');
    expect(
      (await create({ username: 'new.two', roles: ['COMMUNE_OFFICER'], communeIds: [district] })).data?.createUser
        .userErrors[0].code,
    ).toBe('NOT_A_COMMUNE');
  });

  it('changes roles at once, and disabling ends the sessions', async () => {
    const created = await create({ username: 'to.change' });
    const id = created.data?.createUser.user?.id;
    const token = await app.login('to.change', 'a-long-password');
    const promoted = await app.gql<{ updateUser: Payload }>(
      UPDATE,
      { input: { id, roles: ['FINANCE_OFFICER'] } },
      admin,
    );
    expect(promoted.data?.updateUser.user?.roles).toEqual(['FINANCE_OFFICER']);
    const viewer = await app.gql<{ viewer: { roles: string[] } }>('{ viewer { roles } }', {}, token);
    expect(viewer.data?.viewer.roles).toEqual(['FINANCE_OFFICER']);

    await app.gql(UPDATE, { input: { id, active: false } }, admin);
    expect((await app.gql('{ viewer { roles } }', {}, token)).errors?.[0].extensions?.code).toBe('UNAUTHENTICATED');
    await expect(app.login('to.change', 'a-long-password')).rejects.toThrow(/INVALID_CREDENTIALS/);
  });

  it('refuses a weak reset password and a bad user id, changing nothing', async () => {
    const { data } = await app.gql<{ users: { id: string; username: string }[] }>(
      '{ users { id username } }',
      {},
      admin,
    );
    const id = data?.users.find((user) => user.username === 'planning')?.id;
    const session = await app.login('planning');
    const weak = await app.gql<{ resetUserPassword: Payload }>(
      'mutation($id: ID!) { resetUserPassword(input: { userId: $id, newPassword: "short" }) { user { id } userErrors { code field } } }',
      { id },
      admin,
    );
    expect(weak.data?.resetUserPassword).toEqual({
      user: null,
      userErrors: [{ code: 'WEAK_PASSWORD', field: ['input', 'newPassword'] }],
    });
    const malformed = await app.gql(
      'mutation { resetUserPassword(input: { userId: "nope", newPassword: "a-long-password" }) { userErrors { code } } }',
      {},
      admin,
    );
    expect(malformed.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    // The old password still signs in and the open session still answers.
    expect(await app.login('planning')).toBeTruthy();
    expect((await app.gql('{ viewer { roles } }', {}, session)).errors).toBeUndefined();
  });

  it('will not let an admin remove their own admin access', async () => {
    const { data } = await app.gql<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }', {}, admin);
    for (const change of [{ roles: ['LEADERSHIP'] }, { active: false }]) {
      const refused = await app.gql<{ updateUser: Payload }>(
        UPDATE,
        { input: { id: data?.viewer.user.id, ...change } },
        admin,
      );
      expect(refused.data?.updateUser.userErrors).toEqual([{ code: 'CANNOT_LOCK_OUT_SELF', field: ['input', 'id'] }]);
    }
    expect((await app.gql('{ users { username } }', {}, admin)).errors).toBeUndefined();
  });

  it('shows account details to admins only', async () => {
    const leader = await app.login('leader');
    const result = await app.gql('{ viewer { user { username active } } }', {}, leader);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
  });
});
