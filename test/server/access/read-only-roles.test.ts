import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

// One well-formed call per mutation, with ids filled in at run time. A new mutation without an
// entry here fails the suite: read-only roles must be proven unable to call it.
const SAMPLE_MUTATIONS: Record<string, (ids: { planId: string; communeId: string }) => string> = {
  setTarget: ({ planId, communeId }) => `mutation { setTarget(input: {
      planId: "${planId}", unitId: "${communeId}", indicator: POOR_HOUSEHOLD_RATE, comparator: AT_MOST, value: 30
    }) { target { id } userErrors { code } } }`,
};
const PUBLIC_MUTATIONS = ['login'];

const mutationNames = () => {
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
  return Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((name) => !PUBLIC_MUTATIONS.includes(name));
};

describe.each(['leader', 'analyst'])('%s (read-only)', (username) => {
  let app: TestApp;
  let token: string;
  let ids: { planId: string; communeId: string };
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login(username);
    const { data } = await app.gql<{ plans: { id: string }[]; adminUnits: { id: string }[] }>(
      '{ plans(year: 2022) { id } adminUnits(level: COMMUNE) { id } }',
      {},
      token,
    );
    ids = { planId: data?.plans[0].id ?? '', communeId: data?.adminUnits[0].id ?? '' };
  });
  afterAll(() => app?.close());

  it('can read the plan', async () => {
    const { data, errors } = await app.gql<{ plans: { title: string }[] }>('{ plans { title } }', {}, token);
    expect(errors).toBeUndefined();
    expect(data?.plans).toHaveLength(1);
  });

  it.each(mutationNames())('is refused %s with FORBIDDEN, and nothing is written', async (name) => {
    const sample = SAMPLE_MUTATIONS[name];
    expect(sample, `add a sample call for mutation ${name}`).toBeDefined();
    const before = await app.orm.em.fork().execute('select count(*)::int as n from target');
    const result = await app.gql(sample(ids), {}, token);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(result.data?.[name as keyof typeof result.data] ?? null).toBeNull();
    expect(await app.orm.em.fork().execute('select count(*)::int as n from target')).toEqual(before);
  });
});
