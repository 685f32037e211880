import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

describe('node(id) and global ids', () => {
  let app: TestApp;
  let token: string;
  beforeAll(async () => {
    app = await startTestApp();
    token = await app.login('planning');
  });
  afterAll(() => app?.close());

  it('fetches every kind of object back by the id the API gave it', async () => {
    const { data } = await app.gql<{
      plans: {
        id: string;
        district: { id: string };
        standard: { id: string };
        components: { id: string }[];
        targets: { id: string }[];
        implementingUnits: { id: string }[];
      }[];
      viewer: { user: { id: string } };
    }>(
      '{ plans { id district { id } standard { id } components { id } targets { id } implementingUnits { id } } viewer { user { id } } }',
      {},
      token,
    );
    const plan = data?.plans[0];
    const expected: [string, string | undefined][] = [
      ['Plan', plan?.id],
      ['AdminUnit', plan?.district.id],
      ['LegalDocument', plan?.standard.id],
      ['ProgramComponent', plan?.components[0].id],
      ['Target', plan?.targets[0].id],
      ['ImplementingUnit', plan?.implementingUnits[0].id],
      ['User', data?.viewer.user.id],
    ];
    for (const [typename, id] of expected) {
      const result = await app.gql<{ node: { __typename: string; id: string } | null }>(
        'query Node($id: ID!) { node(id: $id) { __typename id } }',
        { id },
        token,
      );
      expect(result.data?.node).toEqual({ __typename: typename, id });
    }
    // Opaque: no database id shows through.
    expect(plan?.id).not.toMatch(/^\d+$/);
  });

  it('answers null for unknown, malformed and foreign ids', async () => {
    const finance = await app.login('finance');
    const { data: me } = await app.gql<{ viewer: { user: { id: string } } }>('{ viewer { user { id } } }', {}, token);
    for (const id of ['UGxhbjo5OTk5OQ', 'garbage', '', 'X'.repeat(500), me?.viewer.user.id]) {
      const result = await app.gql<{ node: unknown }>('query Node($id: ID!) { node(id: $id) { id } }', { id }, finance);
      expect(result.errors, String(id)).toBeUndefined();
      expect(result.data?.node, String(id)).toBeNull();
    }
  });
});
