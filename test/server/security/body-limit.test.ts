import { gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

const KIB = 1024;

/** A `{ __typename }` request padded with an unused variable to `bytes` in all. */
const padded = (bytes: number): string => {
  const empty = JSON.stringify({ query: '{ __typename }', variables: { pad: '' } });
  return JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(bytes - empty.length) } });
};

const post = (url: string, body: string | Uint8Array, headers: Record<string, string> = {}) =>
  fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body,
  });

describe('the request body limit (MAX_REQUEST_BYTES)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ config: { maxRequestBytes: 64 * KIB } });
  });
  afterAll(() => app?.close());

  it('answers a body at the limit', async () => {
    const response = await post(app.url, padded(64 * KIB));
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('refuses a larger body with 413 and a JSON error that gives the limit', async () => {
    const response = await post(app.url, padded(64 * KIB + 1));
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/json/);
    expect(await response.json()).toEqual({
      errors: [
        {
          message: 'The request body is larger than the limit of 64 KiB (65536 bytes).',
          extensions: { code: 'PAYLOAD_TOO_LARGE', maxBytes: 65536 },
        },
      ],
    });
  });

  it('counts a compressed body by its inflated size', async () => {
    const bomb = gzipSync(padded(10 * 1024 * KIB));
    expect(bomb.length).toBeLessThan(64 * KIB);
    const response = await post(app.url, bomb, { 'content-encoding': 'gzip' });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { errors: { extensions: unknown }[] }).errors[0].extensions).toEqual({
      code: 'PAYLOAD_TOO_LARGE',
      maxBytes: 65536,
    });
  });

  it('answers malformed JSON and an unknown charset with a JSON error, never an HTML page or a stack', async () => {
    const malformed = await post(app.url, '{"query": "{ __typename }",');
    expect(malformed.status).toBe(400);
    const body = await malformed.text();
    expect(JSON.parse(body)).toEqual({
      errors: [{ message: 'The request body is not valid JSON.', extensions: { code: 'BAD_REQUEST' } }],
    });
    expect(body).not.toMatch(/<html|at .*\(|node_modules/i);

    const latin1 = await post(app.url, padded(100), { 'content-type': 'application/json; charset=latin1' });
    expect(latin1.status).toBe(415);
    expect(await latin1.json()).toEqual({
      errors: [{ message: 'unsupported charset "LATIN1"', extensions: { code: 'BAD_REQUEST' } }],
    });
  });
});

describe('the default request body limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app?.close());

  // docs/households-import.md: a file of about 1.5 MB, base64 in a variable, fits.
  it('is 2 MiB: room for a 1.5 MB import file in base64', async () => {
    const file = Buffer.alloc(1_500_000, 'a').toString('base64');
    const fits = await post(app.url, JSON.stringify({ query: '{ __typename }', variables: { file } }));
    expect(fits.status).toBe(200);
    const over = await post(app.url, padded(2 * 1024 * KIB + 1));
    expect(over.status).toBe(413);
    expect(((await over.json()) as { errors: { message: string }[] }).errors[0].message).toBe(
      'The request body is larger than the limit of 2 MiB (2097152 bytes).',
    );
  });
});
