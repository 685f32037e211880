import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { budgetCounts } from '../../support/budget';
import { type OperationIds, prepareOperationIds, SAMPLE_OPERATIONS } from '../../support/operations';
import { startTestApp, type TestApp } from '../../support/test-app';

// Signing in and out and one's own password are not data: read-only people use them too
// (role-matrix.test.ts checks them). Every other mutation must be refused.
const SELF_SERVICE = ['login', 'logout', 'changePassword'];
const mutationNames = () => {
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
  return Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((name) => !SELF_SERVICE.includes(name));
};

describe.each(['leader', 'analyst'])('%s (read-only)', (username) => {
  let app: TestApp;
  let token: string;
  let ids: OperationIds;
  beforeAll(async () => {
    app = await startTestApp({ households: true });
    token = await app.login(username);
    ids = await prepareOperationIds(app);
  });
  afterAll(() => app?.close());

  it('can read the plan', async () => {
    const { data, errors } = await app.gql<{ plans: { title: string }[] }>('{ plans { title } }', {}, token);
    expect(errors).toBeUndefined();
    expect(data?.plans).toHaveLength(1);
  });

  it.each(mutationNames())('is refused %s with FORBIDDEN, and nothing is written', async (name) => {
    const sample = SAMPLE_OPERATIONS[`Mutation.${name}`];
    expect(sample, `add a sample call for mutation ${name}`).toBeDefined();
    const written = async () => ({
      ...(await budgetCounts(app)),
      targets: (await app.orm.em.fork().execute('select count(*)::int as n from target'))[0].n,
      access: (
        await app.orm.em.fork().execute(
          `select (select count(*) from app_user)::int as users, (select count(*) from api_token)::int as tokens,
                  (select count(*) from user_session where revoked_at is not null)::int as revoked,
                  (select string_agg(password_hash || roles::text, ',' order by id) from app_user) as accounts`,
        )
      )[0],
      registry: (
        await app.orm.em.fork().execute(
          `select (select count(*) from household)::int as households, (select count(*) from household_member)::int as members,
                    (select count(*) from assessment)::int as assessments, (select count(*) from benefit)::int as benefits`,
        )
      )[0],
    });
    const before = await written();
    const result = await app.gql(sample(ids), {}, token);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(result.data?.[name as keyof typeof result.data] ?? null).toBeNull();
    expect(await written()).toEqual(before);
  });
});
