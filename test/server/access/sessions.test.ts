import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planIds, SAVE } from '../../support/budget';
import { subscribe } from '../../support/subscriptions';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../support/test-app';
import { waitFor } from '../../support/wait-for';

const codes = (errors: { extensions?: { code?: unknown } }[] | undefined) =>
  (errors ?? []).map((error) => error.extensions?.code);
const CHANGE = /* GraphQL */ `
  mutation Change($input: ChangePasswordInput!) {
    changePassword(input: $input) { changed userErrors { code field } }
  }
`;

describe('sessions', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('sign-out revokes the token at once, and only that one', async () => {
    const first = await app.login('planning');
    const second = await app.login('planning');
    const out = await app.gql<{ logout: { signedOut: boolean } }>('mutation { logout { signedOut } }', {}, first);
    expect(out.data?.logout.signedOut).toBe(true);
    const refused = await app.gql('{ viewer { roles } }', {}, first);
    expect(refused.status).toBe(401);
    expect(codes(refused.errors)).toEqual(['UNAUTHENTICATED']);
    expect((await app.gql('{ viewer { roles } }', {}, second)).errors).toBeUndefined();
    const [session] = await app.orm.em
      .fork()
      .execute(`select count(*)::int as n from user_session s join app_user u on u.id = s.user_id
                where u.username = 'planning' and s.revoked_at is not null`);
    expect(session.n).toBe(1);
  });

  it('ends an open subscription at its next event after sign-out', async () => {
    const finance = await app.login('finance');
    const watcher = await app.login('leader');
    const plan = await planIds(app, finance);
    const { data } = await app.gql<{ assignEnvelope: { envelope: { id: string } } }>(
      `mutation($input: AssignEnvelopeInput!) { assignEnvelope(input: $input) { envelope { id } } }`,
      {
        input: {
          planId: plan.planId,
          componentId: plan.components['2'],
          capitalType: 'RECURRENT',
          source: 'CENTRAL_BUDGET',
          amount: '1000',
          decisionNumber: '1/QĐ-UBND',
          decisionDate: '2022-04-01',
          decisionIssuer: 'UBND tỉnh Kon Tum',
        },
      },
      finance,
    );
    const envelopeId = data?.assignEnvelope.envelope.id;
    const before = app.app.eventBus.listenerCount;
    const subscription = subscribe(app.url, {
      token: watcher,
      query: `subscription($plan: ID!) { allocationsChanged(planId: $plan) { allocations { amount } } }`,
      variables: { plan: plan.planId },
    });
    try {
      await waitFor(() => app.app.eventBus.listenerCount > before, { what: 'the server has the subscriber' });
      const save = (unit: string) =>
        app.gql(
          SAVE,
          { input: { planId: plan.planId, changes: [{ envelopeId, unitId: plan.units[unit], amount: '5' }] } },
          finance,
        );
      await save('UBND-IATOI');
      expect((await subscription.next()).data).toEqual({ allocationsChanged: { allocations: [{ amount: '5' }] } });
      await app.gql('mutation { logout { signedOut } }', {}, watcher);
      await save('UBND-IADAL');
      const last = await subscription.next();
      expect(last.data ?? null).toBeNull();
      expect(codes(last.errors as never)).toEqual(['UNAUTHENTICATED']);
      expect(await subscription.ended()).toBe('complete');
    } finally {
      await subscription.close();
    }
  });

  it('refuses a websocket with a signed-out token', async () => {
    const token = await app.login('leader');
    await app.gql('mutation { logout { signedOut } }', {}, token);
    const subscription = subscribe(app.url, {
      token,
      query: 'subscription($plan: ID!) { allocationsChanged(planId: $plan) { plan { id } } }',
      variables: { plan: 'x' },
    });
    expect(await subscription.ended()).toMatchObject({ code: 4403 });
  });

  it('a password change needs the current password, keeps this session and ends the others', async () => {
    const current = await app.login('iadal');
    const other = await app.login('iadal');
    const wrong = await app.gql<{ changePassword: { userErrors: { code: string }[] } }>(
      CHANGE,
      { input: { currentPassword: 'wrong-password', newPassword: 'a-brand-new-password' } },
      current,
    );
    expect(wrong.data?.changePassword).toEqual({
      changed: false,
      userErrors: [{ code: 'WRONG_PASSWORD', field: ['input', 'currentPassword'] }],
    });
    for (const [newPassword, code] of [
      ['short', 'WEAK_PASSWORD'],
      ['iadal', 'WEAK_PASSWORD'],
      [DEMO_PASSWORD, 'SAME_PASSWORD'],
    ]) {
      const refused = await app.gql<{ changePassword: { userErrors: { code: string }[] } }>(
        CHANGE,
        { input: { currentPassword: DEMO_PASSWORD, newPassword } },
        current,
      );
      expect(refused.data?.changePassword.userErrors[0].code, newPassword).toBe(code);
    }
    expect((await app.gql('{ viewer { roles } }', {}, other)).errors).toBeUndefined();

    const changed = await app.gql<{ changePassword: { changed: boolean } }>(
      CHANGE,
      { input: { currentPassword: DEMO_PASSWORD, newPassword: 'a-brand-new-password' } },
      current,
    );
    expect(changed.data?.changePassword.changed).toBe(true);
    expect((await app.gql('{ viewer { roles } }', {}, current)).errors).toBeUndefined();
    expect(codes((await app.gql('{ viewer { roles } }', {}, other)).errors)).toEqual(['UNAUTHENTICATED']);
    await expect(app.login('iadal')).rejects.toThrow(/INVALID_CREDENTIALS/);
    expect(await app.login('iadal', 'a-brand-new-password')).toBeTruthy();
  });

  it("an admin's password reset ends every session of the user", async () => {
    const admin = await app.login('admin');
    const victim = await app.login('iadom');
    const { data } = await app.gql<{ users: { id: string; username: string }[] }>(
      '{ users { id username } }',
      {},
      admin,
    );
    const id = data?.users.find((user) => user.username === 'iadom')?.id;
    const reset = await app.gql<{ resetUserPassword: { userErrors: unknown[] } }>(
      'mutation($id: ID!) { resetUserPassword(input: { userId: $id, newPassword: "reset-by-the-admin" }) { userErrors { code } } }',
      { id },
      admin,
    );
    expect(reset.data?.resetUserPassword.userErrors).toEqual([]);
    expect(codes((await app.gql('{ viewer { roles } }', {}, victim)).errors)).toEqual(['UNAUTHENTICATED']);
    expect(await app.login('iadom', 'reset-by-the-admin')).toBeTruthy();
  });

  it('a token signed with the right key but naming no open session is refused', async () => {
    const token = await app.login('finance');
    await app.orm.em.fork().execute('delete from user_session');
    expect(codes((await app.gql('{ viewer { roles } }', {}, token)).errors)).toEqual(['UNAUTHENTICATED']);
  });
});
