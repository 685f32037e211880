import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoHouseholds } from '../../../server/src/db/seeders/demo-households.seeder';
import { startTestApp, type TestApp } from '../../support/test-app';

const PAGE = /* GraphQL */ `
  query Page($first: Int!, $after: String, $filter: HouseholdFilter, $orderBy: HouseholdOrder) {
    households(first: $first, after: $after, filter: $filter, orderBy: $orderBy) {
      totalCount
      edges { cursor node { code status(year: 2021) memberCount village { name } } }
      pageInfo { hasNextPage endCursor }
    }
  }
`;
type Node = { code: string; status: string | null; memberCount: number; village: { name: string } };
type Page = {
  households: {
    totalCount: number;
    edges: { cursor: string; node: Node }[];
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
};

const RANK: Record<string, number> = { POOR: 1, NEAR_POOR: 2, AVERAGE_LIVING_STANDARD: 3, NOT_POOR: 4 };
const bytes = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

describe('household list ordered on the server, paged by stable cursors', () => {
  let app: TestApp;
  let token: string;
  let communeId: string;
  beforeAll(async () => {
    app = await startTestApp();
    await app.orm.em.fork().transactional((em) => seedDemoHouseholds(em));
    token = await app.login('analyst');
    const { data } = await app.gql<{ adminUnits: { id: string; name: string }[] }>(
      '{ adminUnits(level: COMMUNE) { id name } }',
      {},
      token,
    );
    communeId = data?.adminUnits.find((unit) => unit.name === 'Ia Dom')?.id ?? '';
  });
  afterAll(() => app?.close());

  const all = async (orderBy: Record<string, string>, first = 97) => {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const result: { data?: Page | null; errors?: unknown } = await app.gql<Page>(
        PAGE,
        { first, after, filter: { communeId, year: 2021 }, orderBy },
        token,
      );
      expect(result.errors).toBeUndefined();
      const page = result.data?.households;
      nodes.push(...(page?.edges.map((edge) => edge.node) ?? []));
      if (!page?.pageInfo.hasNextPage) return { nodes, total: page?.totalCount ?? 0 };
      after = page.pageInfo.endCursor;
    }
    throw new Error('too many pages');
  };

  it.each([
    ['CODE', 'ASC', (a: Node, b: Node) => bytes(a.code, b.code)],
    ['CODE', 'DESC', (a: Node, b: Node) => bytes(b.code, a.code)],
    ['STATUS', 'ASC', (a: Node, b: Node) => (RANK[a.status ?? ''] ?? 9) - (RANK[b.status ?? ''] ?? 9)],
    ['MEMBER_COUNT', 'DESC', (a: Node, b: Node) => b.memberCount - a.memberCount],
    ['VILLAGE', 'ASC', (a: Node, b: Node) => bytes(a.village.name, b.village.name)],
  ] as const)('orders by %s %s across pages, each household exactly once', async (field, direction, compare) => {
    const { nodes, total } = await all({ field, direction });
    expect(nodes).toHaveLength(total);
    expect(new Set(nodes.map((node) => node.code)).size).toBe(total);
    for (let i = 1; i < nodes.length; i++) expect(compare(nodes[i - 1], nodes[i]), `${i}`).toBeLessThanOrEqual(0);
  });

  it('puts the poor first when ordered by status', async () => {
    const { data } = await app.gql<Page>(
      PAGE,
      { first: 5, filter: { year: 2021 }, orderBy: { field: 'STATUS' } },
      token,
    );
    expect(data?.households.edges.map((edge) => edge.node.status)).toEqual(['POOR', 'POOR', 'POOR', 'POOR', 'POOR']);
  });

  it('refuses a cursor of another order as BAD_USER_INPUT', async () => {
    const { data } = await app.gql<Page>(PAGE, { first: 2, filter: { year: 2021 } }, token);
    const result = await app.gql<Page>(
      PAGE,
      { first: 2, after: data?.households.pageInfo.endCursor, orderBy: { field: 'CODE' } },
      token,
    );
    expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });
});
