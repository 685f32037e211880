import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

const QUERY = '{ __typename }';
const CSRF = /blocked as a potential Cross-Site Request Forgery/;

// What a page on another site can make a browser send without a CORS preflight ("simple requests").
describe('CSRF prevention', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  const refused = async (response: Response) => {
    expect(response.status).toBe(400);
    const body = (await response.json()) as { data?: unknown; errors: { message: string; extensions: unknown }[] };
    expect(body.data).toBeUndefined();
    expect(body.errors).toEqual([{ message: expect.stringMatching(CSRF), extensions: { code: 'BAD_REQUEST' } }]);
  };

  it('refuses a GET query without a header that forces a preflight', async () => {
    await refused(await fetch(`${app.url}/graphql?query=${encodeURIComponent(QUERY)}`));
  });

  it.each(['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x'])(
    'refuses a POST as %s',
    async (contentType) => {
      const body = JSON.stringify({
        query: 'mutation { login(input: { username: "admin", password: "x" }) { token } }',
      });
      await refused(
        await fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': contentType }, body }),
      );
    },
  );

  it('answers a GET with apollo-require-preflight, and a JSON POST (both need a preflight cross-site)', async () => {
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent(QUERY)}`, {
      headers: { 'apollo-require-preflight': 'true' },
    });
    expect(get.status).toBe(200);
    expect(await get.json()).toEqual({ data: { __typename: 'Query' } });
    expect(await app.gql(QUERY)).toEqual({ status: 200, data: { __typename: 'Query' } });
  });
});
