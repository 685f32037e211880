import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS, securityHeadersOf } from '../../support/security-headers';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('security headers', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { maxRequestBytes: 4096 } });
  });
  afterAll(() => app?.close());

  const post = (body: string) =>
    fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

  const responses = (): [string, () => Promise<Response>][] => [
    ['a GraphQL answer', () => post(JSON.stringify({ query: '{ __typename }' }))],
    ['a GraphQL error', () => post(JSON.stringify({ query: '{ plans { id } }' }))],
    ['a body over the limit', () => post(JSON.stringify({ query: '{ __typename }', pad: 'x'.repeat(5000) }))],
    ['malformed JSON', () => post('{"query": ')],
    ['the health check', () => fetch(`${app.url}/healthz`)],
  ];

  it.each(responses())('are on %s', async (_name, request) => {
    const response = await request();
    expect(securityHeadersOf(response.headers)).toEqual(SECURITY_HEADERS);
    expect(response.headers.get('x-powered-by')).toBeNull();
  });

  it("are on an unknown path, with express's own stricter policy for its error page", async () => {
    const response = await fetch(`${app.url}/nothing-here`);
    expect(response.status).toBe(404);
    expect(securityHeadersOf(response.headers)).toEqual({
      ...SECURITY_HEADERS,
      'content-security-policy': "default-src 'none'",
    });
  });
});
