import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

// Each probe is one a stranger could use to map the schema from the hints in the errors.
const PROBES = [
  ['a misspelt root field', '{ plan { id } }', 'Cannot query field "plan" on type "Query".', ' Did you mean "plans"?'],
  [
    'a misspelt argument',
    '{ plans(yaer: 2022) { id } }',
    'Unknown argument "yaer" on field "Query.plans".',
    ' Did you mean "year"?',
  ],
  [
    'a misspelt enum value',
    '{ adminUnits(level: COMMUNES) { id } }',
    'Value "COMMUNES" does not exist in "AdminLevel" enum.',
    ' Did you mean the enum value "COMMUNE"?',
  ],
  ['a misspelt type', 'query($year: Intt) { plans(year: $year) { id } }', 'Unknown type "Intt".', ' Did you mean'],
] as const;

describe('what errors tell about the schema', () => {
  let app: TestApp;
  let leader: string;
  beforeAll(async () => {
    app = await startTestApp();
    leader = await app.login('leader');
  });
  afterAll(() => app?.close());

  it.each(PROBES)('hides "Did you mean" from a caller without a token: %s', async (_name, query, message) => {
    const result = await app.gql(query);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({ message, extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(JSON.stringify(result)).not.toContain('Did you mean');
  });

  it.each(PROBES)('keeps the suggestion for a signed-in caller: %s', async (_name, query, message, suggestion) => {
    const result = await app.gql(query, {}, leader);
    expect(result.errors?.[0].message.startsWith(`${message}${suggestion}`)).toBe(true);
  });

  it('hides it in a login with misspelt input too (the one public operation)', async () => {
    const result = await app.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
      input: { usernme: 'admin', password: 'x' },
    });
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT', 'BAD_USER_INPUT']);
    expect(result.errors?.map((error) => error.message)).toContainEqual(
      expect.stringMatching(/Field "usernme" is not defined by type "LoginInput"\.$/),
    );
    expect(JSON.stringify(result)).not.toContain('Did you mean');
  });

  it('answers introspection to a signed-in caller only', async () => {
    const query = '{ __schema { queryType { name } types { name } } __type(name: "Plan") { fields { name } } }';
    const signedIn = await app.gql<{
      __schema: { queryType: { name: string }; types: { name: string }[] };
      __type: { fields: { name: string }[] };
    }>(query, {}, leader);
    expect(signedIn.errors).toBeUndefined();
    expect(signedIn.data?.__schema.queryType.name).toBe('Query');
    expect(signedIn.data?.__schema.types.map((type) => type.name)).toContain('Household');
    expect(signedIn.data?.__type.fields.map((field) => field.name)).toContain('targets');

    const stranger = await app.gql(query);
    expect(stranger.status).toBe(401);
    expect(stranger.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(stranger.data ?? null).toBeNull();
  });

  it('serves no landing page (Apollo Sandbox would load scripts from a CDN)', async () => {
    const response = await fetch(`${app.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(response.headers.get('content-type')).not.toMatch(/html/);
    expect(await response.text()).not.toMatch(/<script|apollographql\.com/);
  });
});
