import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('a report submission by its global id', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ households: true, demoBudget: true });
  });
  afterAll(() => app?.close());

  it('answers node(id) like the list does', async () => {
    const leader = await app.login('leader');
    const listed = await app.gql<{ reportSubmissions: { edges: { node: { id: string; kind: string } }[] } }>(
      '{ reportSubmissions(first: 1) { edges { node { id kind } } } }',
      {},
      leader,
    );
    const first = listed.data?.reportSubmissions.edges[0]?.node;
    expect(first).toBeDefined();
    const fetched = await app.gql<{ node: { id: string; kind: string } | null }>(
      'query($id: ID!) { node(id: $id) { id ... on ReportSubmission { kind } } }',
      { id: first?.id },
      leader,
    );
    expect(fetched.data?.node).toEqual(first);
  });
});
