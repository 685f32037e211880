import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';
import { unitIds } from './helpers';

const PAGE = /* GraphQL */ `
  query Page($first: Int, $after: String, $filter: HouseholdFilter) {
    households(first: $first, after: $after, filter: $filter) {
      totalCount
      pageInfo { hasNextPage endCursor }
      edges { cursor node { id code status ethnicMinority memberCount village { code } headName } }
    }
  }
`;
type Page = {
  households: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: {
      cursor: string;
      node: {
        id: string;
        code: string;
        status: string;
        memberCount: number;
        village: { code: string };
        headName: string | null;
      };
    }[];
  };
};

describe('households: the connection and who sees personal data', () => {
  let app: TestApp;
  let ids: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp({ households: true });
    ids = await unitIds(app, await app.login('admin'));
  });
  afterAll(() => app?.close());

  const page = async (username: string, variables: Record<string, unknown>) =>
    app.gql<Page>(PAGE, variables, await app.login(username));

  it.each(['analyst', 'leader'])(
    'gives %s the counts and the statuses, and FORBIDDEN on headName only',
    async (username) => {
      const { data, errors } = await page(username, { first: 3, filter: { communeId: ids['KT-IAHDRAI-IADAL'] } });
      expect(data?.households.totalCount).toBe(962);
      expect(data?.households.edges).toHaveLength(3);
      for (const edge of data?.households.edges ?? []) {
        expect(edge.node.headName).toBeNull();
        expect(edge.node.status).toMatch(/^(POOR|NEAR_POOR|AVERAGE_LIVING_STANDARD|NOT_POOR)$/);
        expect(edge.node.memberCount).toBeGreaterThan(0);
      }
      expect(errors?.map((error) => [error.extensions?.code, error.path?.join('.')])).toEqual([
        ['FORBIDDEN', 'households.edges.0.node.headName'],
        ['FORBIDDEN', 'households.edges.1.node.headName'],
        ['FORBIDDEN', 'households.edges.2.node.headName'],
      ]);
      expect(JSON.stringify(errors)).not.toMatch(/Người giả lập/);
    },
  );

  it.each(['analyst', 'leader', 'finance'])('refuses %s the members list', async (username) => {
    const { data, errors } = await app.gql<{ households: { edges: { node: { code: string; members: unknown } }[] } }>(
      '{ households(first: 1) { edges { node { code members { name birthYear } } } } }',
      {},
      await app.login(username),
    );
    expect(data?.households.edges[0].node).toEqual({ code: expect.any(String), members: null });
    expect(errors?.[0].extensions?.code).toBe('FORBIDDEN');
  });

  it.each(['planning', 'admin'])('shows %s every name', async (username) => {
    const { data, errors } = await page(username, { first: 2 });
    expect(errors).toBeUndefined();
    expect(data?.households.edges.map((edge) => edge.node.headName)).toEqual([
      expect.stringMatching(/^Người giả lập /),
      expect.stringMatching(/^Người giả lập /),
    ]);
  });

  it("shows a commune officer their own commune's names only", async () => {
    const own = await page('iatoi', { first: 2, filter: { communeId: ids['KT-IAHDRAI-IATOI'] } });
    expect(own.errors).toBeUndefined();
    expect(own.data?.households.edges.every((edge) => edge.node.headName?.startsWith('Người giả lập IATOI-'))).toBe(
      true,
    );
    // Another commune's households are not even listed to them (test/server/api covers the narrowing).
    const other = await page('iatoi', { first: 2, filter: { communeId: ids['KT-IAHDRAI-IADOM'] } });
    expect(other.errors).toBeUndefined();
    expect(other.data?.households).toMatchObject({ totalCount: 0, edges: [] });
  });

  it('pages with stable keyset cursors through a filtered list, to its exact total', async () => {
    const filter = { communeId: ids['KT-IAHDRAI-IATOI'], status: 'POOR', year: 2021 };
    const seen: string[] = [];
    let after: string | null = null;
    for (;;) {
      const { data, errors } = await page('analyst', { first: 200, after, filter });
      expect(errors?.every((error) => error.extensions?.code === 'FORBIDDEN') ?? true).toBe(true);
      const result = data?.households;
      expect(result?.totalCount).toBe(430);
      for (const edge of result?.edges ?? []) {
        expect(edge.node.status).toBe('POOR');
        seen.push(edge.node.id);
      }
      if (!result?.pageInfo.hasNextPage) break;
      after = result.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(430);
    expect(new Set(seen).size).toBe(430);
    // The same cursor gives the same next page.
    const first = await page('analyst', { first: 5, filter });
    const cursor = first.data?.households.edges[1].cursor;
    const again = await page('analyst', { first: 3, after: cursor, filter });
    expect(again.data?.households.edges.map((edge) => edge.node.id)).toEqual(
      first.data?.households.edges.slice(2, 5).map((edge) => edge.node.id),
    );
  });

  it('filters by village and ethnic-minority flag, and refuses a foreign cursor', async () => {
    const village = await page('analyst', { first: 1, filter: { villageId: ids['KT-IAHDRAI-IADOM-SYN02'] } });
    expect(village.data?.households.edges[0].node.village.code).toBe('KT-IAHDRAI-IADOM-SYN02');
    const bad = await page('analyst', { first: 1, after: 'bm90LWEtY3Vyc29y' });
    expect(bad.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('loads a page of 500 households with as many queries as a page of 5 (no query per row)', async () => {
    const token = await app.login('planning');
    const logger = app.orm.config.getLogger();
    const original = logger.logQuery;
    let queries = 0;
    logger.logQuery = () => {
      queries += 1;
    };
    const queriesFor = async (first: number) => {
      queries = 0;
      const { data, errors } = await app.gql<Page>(PAGE, { first }, token);
      expect(errors).toBeUndefined();
      expect(data?.households.edges).toHaveLength(first);
      return queries;
    };
    try {
      const small = await queriesFor(5);
      expect(await queriesFor(500)).toBe(small);
      expect(small).toBeGreaterThan(3);
      expect(small).toBeLessThan(12);
    } finally {
      logger.logQuery = original;
    }
  });
});
