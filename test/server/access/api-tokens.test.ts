import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OperationIds, prepareOperationIds, SAMPLE_OPERATIONS } from '../../support/operations';
import { startTestApp, type TestApp } from '../../support/test-app';

const CREATE = /* GraphQL */ `
  mutation Create($input: CreateApiTokenInput!) {
    createApiToken(input: $input) {
      secret
      apiToken { id name prefix scopes status expiresAt user { username } createdBy { username } }
      userErrors { code field message }
    }
  }
`;
const REVOKE = /* GraphQL */ `
  mutation Revoke($id: ID!) {
    revokeApiToken(input: { id: $id }) { apiToken { id status revokedAt revokedBy { username } } userErrors { code } }
  }
`;
type Created = {
  createApiToken: {
    secret: string | null;
    apiToken: { id: string; prefix: string; scopes: string[]; status: string; user: { username: string } } | null;
    userErrors: { code: string; field: string[] }[];
  };
};
const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();
const codes = (errors: { extensions?: { code?: unknown } }[] | undefined) =>
  (errors ?? []).map((error) => error.extensions?.code);

describe('API tokens', () => {
  let app: TestApp;
  let admin: string;
  let ids: OperationIds;
  const create = async (input: Record<string, unknown>) =>
    app.gql<Created>(
      CREATE,
      { input: { name: 'Báo cáo quý', userId: ids.userId, expiresAt: inDays(30), ...input } },
      admin,
    );

  beforeAll(async () => {
    app = await startTestApp({ households: true });
    admin = await app.login('admin');
    ids = await prepareOperationIds(app);
  });
  afterAll(() => app?.close());

  it('reads aggregates, is refused personal fields and every mutation, and is refused after revocation', async () => {
    const created = await create({ scopes: ['BUDGET', 'HOUSEHOLDS', 'PLAN'] });
    const secret = created.data?.createApiToken.secret as string;
    expect(secret).toMatch(/^ansinh_[A-Za-z0-9_-]{43}$/);
    expect(created.data?.createApiToken.apiToken).toMatchObject({
      prefix: secret.slice(0, 13),
      status: 'ACTIVE',
      user: { username: 'analyst' },
    });

    const aggregates = await app.gql<{ viewer: { roles: string[]; apiToken: { name: string } } }>(
      `query($plan: ID!) {
        viewer { roles apiToken { name } }
        budgetSummary(planId: $plan, groupBy: [PROJECT, SOURCE]) { assigned allocated disbursed }
        povertyRates(year: 2022, level: COMMUNE) { unit { name } households poor rate }
      }`,
      { plan: ids.planId },
      secret,
    );
    expect(aggregates.errors).toBeUndefined();
    expect(aggregates.data?.viewer).toEqual({ roles: ['ANALYST'], apiToken: { name: 'Báo cáo quý' } });

    for (const field of ['headName', 'members { name }']) {
      const personal = await app.gql<{ households: { edges: { node: { code: string } }[] } }>(
        `{ households(first: 2) { edges { node { code ${field} } } } }`,
        {},
        secret,
      );
      expect(codes(personal.errors), field).toContain('FORBIDDEN');
      // The non-personal part of the answer still arrives.
      expect(personal.data?.households.edges.map((edge) => edge.node.code)).toHaveLength(2);
    }
    // The income is non-null in the schema, so its refusal nulls the assessment up to the page.
    const income = await app.gql(
      '{ households(first: 2) { edges { node { assessments { monthlyIncomePerCapita } } } } }',
      {},
      secret,
    );
    expect(codes(income.errors)).toContain('FORBIDDEN');
    expect(JSON.stringify(income.data ?? null)).not.toMatch(/\d{5,}/);

    const mutations = Object.keys(SAMPLE_OPERATIONS).filter(
      (key) => key.startsWith('Mutation.') && key !== 'Mutation.login',
    );
    for (const mutation of mutations) {
      const result = await app.gql(SAMPLE_OPERATIONS[mutation](ids), {}, secret);
      expect(codes(result.errors), mutation).toEqual(['FORBIDDEN']);
    }

    const revoked = await app.gql<{
      revokeApiToken: { apiToken: { status: string; revokedBy: { username: string } } };
    }>(REVOKE, { id: created.data?.createApiToken.apiToken?.id }, admin);
    expect(revoked.data?.revokeApiToken.apiToken).toMatchObject({
      status: 'REVOKED',
      revokedBy: { username: 'admin' },
    });
    const after = await app.gql('{ viewer { roles } }', {}, secret);
    expect(after.status).toBe(401);
    expect(codes(after.errors)).toEqual(['UNAUTHENTICATED']);

    const again = await app.gql<{ revokeApiToken: { userErrors: { code: string }[] } }>(
      REVOKE,
      { id: created.data?.createApiToken.apiToken?.id },
      admin,
    );
    expect(again.data?.revokeApiToken.userErrors).toEqual([{ code: 'ALREADY_REVOKED' }]);
  });

  it('opens only the root fields of its scopes', async () => {
    const created = await create({ scopes: ['HOUSEHOLDS'] });
    const secret = created.data?.createApiToken.secret as string;
    const rates = await app.gql('{ povertyRates(year: 2022, level: COMMUNE) { poor } }', {}, secret);
    expect(rates.errors).toBeUndefined();
    const budget = await app.gql(SAMPLE_OPERATIONS['Query.budgetSummary'](ids), {}, secret);
    expect(codes(budget.errors)).toEqual(['FORBIDDEN']);
    expect(budget.errors?.[0].message).toMatch(/BUDGET scope/);
    // The results report needs BUDGET as well, as its download does.
    for (const query of ['Query.auditLog', 'Query.plans', 'Query.users', 'Query.resultsReportDocument']) {
      expect(codes((await app.gql(SAMPLE_OPERATIONS[query](ids), {}, secret)).errors), query).toEqual(['FORBIDDEN']);
    }
  });

  it('is stored hashed: the secret appears nowhere in the database, and is never shown again', async () => {
    const created = await create({ scopes: ['PLAN'] });
    const secret = created.data?.createApiToken.secret as string;
    const [row] = await app.orm.em
      .fork()
      .execute('select * from api_token where prefix = ?', [created.data?.createApiToken.apiToken?.prefix]);
    expect(JSON.stringify(row)).not.toContain(secret.slice(13));
    expect(row.secret_hash).toMatch(/^[0-9a-f]{64}$/);
    const listed = await app.gql<{ apiTokens: Record<string, unknown>[] }>(
      '{ apiTokens { id name prefix scopes status lastUsedAt } }',
      {},
      admin,
    );
    expect(JSON.stringify(listed.data)).not.toContain(secret.slice(13));
  });

  it('records when it was last used', async () => {
    const created = await create({ scopes: ['PLAN'] });
    await app.gql('{ plans { year } }', {}, created.data?.createApiToken.secret as string);
    const listed = await app.gql<{ apiTokens: { id: string; lastUsedAt: string | null }[] }>(
      '{ apiTokens { id lastUsedAt } }',
      {},
      admin,
    );
    const mine = listed.data?.apiTokens.find((token) => token.id === created.data?.createApiToken.apiToken?.id);
    expect(Date.now() - Date.parse(mine?.lastUsedAt ?? '')).toBeLessThan(60_000);
  });

  it('stops working when it expires or its user is disabled', async () => {
    const created = await create({ scopes: ['PLAN'] });
    const secret = created.data?.createApiToken.secret as string;
    expect((await app.gql('{ plans { year } }', {}, secret)).errors).toBeUndefined();
    await app.orm.em
      .fork()
      .execute(`update api_token set expires_at = now() - interval '1 second' where prefix = ?`, [
        created.data?.createApiToken.apiToken?.prefix,
      ]);
    expect(codes((await app.gql('{ plans { year } }', {}, secret)).errors)).toEqual(['UNAUTHENTICATED']);

    const other = await create({ scopes: ['PLAN'] });
    const otherSecret = other.data?.createApiToken.secret as string;
    const disabled = await app.gql(
      'mutation($id: ID!) { updateUser(input: { id: $id, active: false }) { userErrors { code } } }',
      { id: ids.userId },
      admin,
    );
    expect(disabled.errors).toBeUndefined();
    try {
      expect(codes((await app.gql('{ plans { year } }', {}, otherSecret)).errors)).toEqual(['UNAUTHENTICATED']);
    } finally {
      await app.gql(
        'mutation($id: ID!) { updateUser(input: { id: $id, active: true }) { userErrors { code } } }',
        { id: ids.userId },
        admin,
      );
    }
    expect((await app.gql('{ plans { year } }', {}, otherSecret)).errors).toBeUndefined();
  });

  it.each([
    [{ name: ' ', scopes: ['PLAN'] }, 'NAME_REQUIRED', 'name'],
    [{ scopes: [] }, 'NO_SCOPES', 'scopes'],
    [{ scopes: ['PLAN'], expiresAt: inDays(-1) }, 'EXPIRY_IN_PAST', 'expiresAt'],
    [{ scopes: ['PLAN'], expiresAt: inDays(400) }, 'EXPIRY_TOO_FAR', 'expiresAt'],
  ])('refuses %j with %s and creates nothing', async (input, code, field) => {
    const count = async () => (await app.orm.em.fork().execute('select count(*)::int as n from api_token'))[0].n;
    const before = await count();
    const result = await create(input);
    expect(result.data?.createApiToken).toMatchObject({
      secret: null,
      apiToken: null,
      userErrors: [{ code, field: ['input', field] }],
    });
    expect(await count()).toBe(before);
  });

  it('refuses a forged token of the right shape', async () => {
    const forged = `ansinh_${'A'.repeat(43)}`;
    const result = await app.gql('{ plans { year } }', {}, forged);
    expect(codes(result.errors)).toEqual(['UNAUTHENTICATED']);
  });
});

describe('API token scopes, nested', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ households: true });
  });
  afterAll(() => app?.close());

  it('cannot be walked around: a budget token does not reach households through allocations', async () => {
    const admin = await app.login('admin');
    const ids = await prepareOperationIds(app);
    const created = await app.gql<Created>(
      CREATE,
      { input: { name: 'budget only', userId: ids.userId, scopes: ['BUDGET'], expiresAt: inDays(1) } },
      admin,
    );
    const secret = created.data?.createApiToken.secret as string;
    const cell = await app.gql<{ node: { amount: string; benefits: unknown[] | null } | null }>(
      'query($id: ID!) { node(id: $id) { ... on Allocation { amount benefits { id } } } }',
      { id: ids.allocationId },
      secret,
    );
    expect(codes(cell.errors)).toEqual(['FORBIDDEN']);
    expect(cell.errors?.[0].message).toMatch(/Allocation\.benefits: the API token lacks the HOUSEHOLDS scope/);
    const household = await app.gql('query($id: ID!) { node(id: $id) { id } }', { id: ids.householdId }, secret);
    expect(household.data).toEqual({ node: null });
    const history = await app.gql(
      'query($id: ID!) { node(id: $id) { ... on Allocation { history { action } } } }',
      { id: ids.allocationId },
      secret,
    );
    expect(codes(history.errors)).toEqual(['FORBIDDEN']);
    // Its own area, and the plan's names, answer.
    const own = await app.gql(
      'query($p: ID!) { budgetSummary(planId: $p, groupBy: [PROJECT, UNIT]) { project { code name } unit { name } allocated } }',
      { p: ids.planId },
      secret,
    );
    expect(own.errors).toBeUndefined();
  });
});
