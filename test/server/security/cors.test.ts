import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

const ALLOWED = 'https://bao-cao.kontum.gov.vn';
const FOREIGN = 'https://evil.example';

const post = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { origin, 'content-type': 'application/json' },
    body: JSON.stringify({ query: '{ __typename }' }),
  });

const preflight = (url: string, origin: string) =>
  fetch(`${url}/graphql`, {
    method: 'OPTIONS',
    headers: {
      origin,
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'authorization, content-type',
    },
  });

describe('CORS with an allow-list (CORS_ORIGINS)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { corsOrigins: [ALLOWED] } });
  });
  afterAll(() => app?.close());

  it('lets an allowed origin read the answer', async () => {
    const response = await post(app.url, ALLOWED);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('vary')).toMatch(/\borigin\b/i);
    expect(response.headers.get('access-control-allow-credentials')).toBeNull();
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it("answers an allowed origin's preflight for a bearer token and JSON", async () => {
    const response = await preflight(app.url, ALLOWED);
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(ALLOWED);
    expect(response.headers.get('access-control-allow-methods')).toBe('GET,POST');
    expect(response.headers.get('access-control-allow-headers')?.split(',')).toEqual(
      expect.arrayContaining(['authorization', 'content-type', 'apollo-require-preflight']),
    );
    expect(response.headers.get('access-control-max-age')).toBe('600');
  });

  it('gives any other origin no CORS header, so its browser withholds the answer', async () => {
    const response = await post(app.url, FOREIGN);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
    const check = await preflight(app.url, FOREIGN);
    expect(check.headers.get('access-control-allow-origin')).toBeNull();
  });
});

describe('CORS by default (no CORS_ORIGINS)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  it('sends no CORS header to any origin: the console calls its own origin', async () => {
    for (const origin of [ALLOWED, FOREIGN, 'null']) {
      for (const response of [await post(app.url, origin), await preflight(app.url, origin)]) {
        const cors = [...response.headers.keys()].filter((name) => name.startsWith('access-control-'));
        expect(cors, `${origin} ${response.status}`).toEqual([]);
      }
    }
  });
});
