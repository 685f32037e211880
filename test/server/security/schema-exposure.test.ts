import { addTypenameToDocument } from '@apollo/client/utilities';
import { print } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { LoginDocument } from '../../../client/src/apollo/generated';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../support/test-app';

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

const LOGIN_AS = 'login(input: { username: "x", password: "y" })';

// Each pair names something that exists and something that does not, in the same place.
const EXISTS_OR_NOT = [
  ['a root field', '{ plans { id } }', '{ plan { id } }'],
  ['a nested field', '{ households { edges { node { headName } } } }', '{ households { edges { node { headNam } } } }'],
  ['an argument', '{ plans(year: 2022) { id } }', '{ plans(yaer: 2022) { id } }'],
  ['a variable type', 'query($y: Int) { plans(year: $y) { id } }', 'query($y: Intt) { plans(year: $y) { id } }'],
  ['introspection', '{ __type(name: "Household") { name } }', '{ __typee(name: "Household") { name } }'],
  [
    'a field reached from login through an interface',
    `mutation { ${LOGIN_AS} { viewer { user { ... on Node { ... on Household { headName } } } } } }`,
    `mutation { ${LOGIN_AS} { viewer { user { ... on Node { ... on Household { headNam } } } } } }`,
  ],
  [
    'a mutation beside login',
    `mutation { ${LOGIN_AS} { token } logout { signedOut } }`,
    `mutation { ${LOGIN_AS} { token } logoff { signedOut } }`,
  ],
  [
    'an operation beside login',
    `mutation L { ${LOGIN_AS} { token } } query Q { plans { id } }`,
    `mutation L { ${LOGIN_AS} { token } } query Q { plan { id } }`,
  ],
] as const;

const REFUSED = {
  status: 401,
  errors: [
    {
      message: 'Sign in first: send "Authorization: Bearer <token>" from the login mutation.',
      extensions: { code: 'UNAUTHENTICATED' },
    },
  ],
};

describe('what a caller without a token can learn of the schema', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it.each(EXISTS_OR_NOT)('nothing from the answer: %s', async (_name, exists, doesNot) => {
    expect(await app.gql(exists)).toEqual(REFUSED);
    expect(await app.gql(doesNot)).toEqual(REFUSED);
  });

  it('the same over GET', async () => {
    for (const query of ['{ plans { id } }', '{ plan { id } }']) {
      const response = await fetch(`${app.url}/graphql?query=${encodeURIComponent(query)}`, {
        headers: { 'apollo-require-preflight': '1' },
      });
      expect({ status: response.status, ...((await response.json()) as object) }).toEqual(REFUSED);
    }
  });

  it('lets the console sign in with its own Login, as Apollo Client sends it', async () => {
    const { data } = await app.gql<{ login: { token: string | null; viewer: { user: { username: string } } } }>(
      print(addTypenameToDocument(LoginDocument)),
      { input: { username: 'finance', password: DEMO_PASSWORD } },
    );
    expect(data?.login.token).toBeTruthy();
    expect(data?.login.viewer.user.username).toBe('finance');
  });

  it('still signs in, and answers __typename and syntax errors as before', async () => {
    const signIn = await app.gql<{ login: { token: string | null; userErrors: { code: string }[] } }>(
      `mutation { ${LOGIN_AS} { token viewer { user { username } } userErrors { code } } }`,
    );
    expect(signIn).toEqual({
      status: 200,
      data: { login: { token: null, viewer: null, userErrors: [{ code: 'INVALID_CREDENTIALS' }] } },
    });
    expect(await app.gql('{ __typename }')).toEqual({ status: 200, data: { __typename: 'Query' } });
    const syntax = await app.gql('{ plans { id }');
    expect(syntax.status).toBe(400);
    expect(syntax.errors?.map((error) => error.extensions?.code)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });
});

describe('what errors tell about the schema', () => {
  let app: TestApp;
  let leader: string;
  beforeAll(async () => {
    app = await startTestApp();
    leader = await app.login('leader');
  });
  afterAll(() => app?.close());

  it.each(PROBES)('answers a caller without a token 401, hint or no hint: %s', async (_name, query) => {
    expect(await app.gql(query)).toEqual(REFUSED);
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
