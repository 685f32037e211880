import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  type DefinitionNode,
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  type OperationDefinitionNode,
  parse,
  print,
  type SelectionSetNode,
  validate,
  visit,
} from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QUERY_LIMITS, queryLimitRules } from '../../../server/src/common/hardening';
import { type GraphQLResponse, startTestApp, type TestApp } from '../../support/test-app';

// Generous: the refusals take milliseconds (docs/security.md); this only catches a pathological case.
const QUICK_MS = 2_000;

/** Fields nested `levels` deep: plans > components > children > … > code. */
const nested = (levels: number) =>
  `{ plans { components { ${'children { '.repeat(levels - 3)}code${' }'.repeat(levels - 3)} } } }`;
const aliased = (count: number, field = 'plans { id }') =>
  `{ ${Array.from({ length: count }, (_, index) => `a${index}: ${field}`).join(' ')} }`;

describe('query limits', () => {
  let app: TestApp;
  let admin: string;
  beforeAll(async () => {
    app = await startTestApp();
    admin = await app.login('admin');
  });
  afterAll(() => app?.close());

  const timed = async (query: string, token?: string): Promise<GraphQLResponse & { ms: number }> => {
    const started = performance.now();
    const result = await app.gql(query, {}, token);
    return { ...result, ms: performance.now() - started };
  };

  it('refuses a query nested 50 deep before running it', async () => {
    const result = await timed(nested(50), admin);
    expect(result.status).toBe(400);
    expect(result.data).toBeUndefined();
    // Its estimated cost is over the limit as well: each limit exceeded is reported.
    expect(result.errors).toContainEqual({
      message: 'Query depth limit of 15 exceeded, found 50.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'depth', max: 15 },
    });
    expect(result.errors?.map((error) => error.extensions?.limit).sort()).toEqual(['cost', 'depth']);
    expect(result.ms).toBeLessThan(QUICK_MS);
  });

  it('refuses it without a token with the 401 every such request gets (docs/security.md)', async () => {
    const result = await timed(nested(50));
    expect(result.status).toBe(401);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['UNAUTHENTICATED']);
    expect(result.ms).toBeLessThan(QUICK_MS);
  });

  it('answers a query at the depth limit', async () => {
    const result = await app.gql<{ plans: { components: unknown[] }[] }>(nested(15), {}, admin);
    expect(result.errors).toBeUndefined();
    expect(result.data?.plans[0].components.length).toBeGreaterThan(0);
  });

  it('refuses 1,000 aliases at the parser, by their token count', async () => {
    const result = await timed(aliased(1_000), admin);
    expect(result.status).toBe(400);
    expect(result.errors).toEqual([
      expect.objectContaining({
        message: 'Document contains more than 1000 tokens, the limit. Parsing aborted.',
        extensions: { code: 'GRAPHQL_PARSE_FAILED', limit: 'tokens', max: 1000 },
      }),
    ]);
    expect(result.ms).toBeLessThan(QUICK_MS);
  });

  it('refuses more than 30 aliases, of __typename too', async () => {
    for (const field of ['plans { id }', '__typename']) {
      const result = await timed(aliased(31, field), admin);
      expect(result.status).toBe(400);
      expect(result.errors?.[0]).toMatchObject({
        message: 'Aliases limit of 30 exceeded, found 31.',
        extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'aliases', max: 30 },
      });
    }
    const thirty = await app.gql<Record<string, unknown[]>>(aliased(30), {}, admin);
    expect(thirty.errors).toBeUndefined();
    expect(Object.keys(thirty.data ?? {})).toHaveLength(30);
  });

  it('refuses more than 20 directives', async () => {
    const result = await app.gql(`{ __typename ${'@include(if: true) '.repeat(21)} }`, {}, admin);
    expect(result.status).toBe(400);
    expect(result.errors?.[0]).toMatchObject({
      message: 'Directives limit of 20 exceeded, found 21.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'directives', max: 20 },
    });
  });

  it('refuses an estimated cost over 10,000, which a literal page size multiplies', async () => {
    const page = (first: number) =>
      `{ households(first: ${first}) { edges { node { id code areaType ethnicMinority memberCount
          independentSince newlyEscapedUntil otherHousingSupport commune { name } } } } }`;
    const tooMuch = await app.gql(page(500), {}, admin);
    expect(tooMuch.status).toBe(400);
    expect(tooMuch.errors?.[0]).toMatchObject({
      message: 'Query Cost limit of 10000 exceeded, found 24156.',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED', limit: 'cost', max: 10_000 },
    });
    const fine = await app.gql<{ households: { edges: unknown[] } }>(page(100), {}, admin);
    expect(fine.errors).toBeUndefined();
    expect(fine.data?.households.edges).toEqual([]);
  });
});

/** The console's operations as Apollo Client sends them: each with the fragments it uses, __typename added. */
const consoleOperations = (): [string, DocumentNode][] => {
  const root = 'client/src/features';
  const sources = readdirSync(root).flatMap((feature) => {
    const folder = join(root, feature, 'graphql');
    if (!existsSync(folder)) return [];
    return readdirSync(folder)
      .filter((file) => file.endsWith('.graphql'))
      .map((file) => readFileSync(join(folder, file), 'utf8'));
  });
  const typename = { kind: Kind.FIELD, name: { kind: Kind.NAME, value: '__typename' } } as const;
  const all = visit(parse(sources.join('\n')), {
    SelectionSet: (node: SelectionSetNode, _key, parent) =>
      parent && (parent as DefinitionNode).kind !== Kind.OPERATION_DEFINITION
        ? { ...node, selections: [...node.selections, typename] }
        : undefined,
  });
  const fragments = new Map(
    all.definitions
      .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
      .map((fragment) => [fragment.name.value, fragment]),
  );
  const used = (node: DefinitionNode, found = new Set<FragmentDefinitionNode>()): Set<FragmentDefinitionNode> => {
    visit(node, {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !found.has(fragment)) used(fragment, found.add(fragment));
      },
    });
    return found;
  };
  return all.definitions
    .filter((definition): definition is OperationDefinitionNode => definition.kind === Kind.OPERATION_DEFINITION)
    .map((operation) => [
      operation.name?.value ?? '(anonymous)',
      { kind: Kind.DOCUMENT, definitions: [operation, ...used(operation)] },
    ]);
};

describe("the console's operations", () => {
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
  const operations = consoleOperations();

  it('are all found', () => {
    expect(operations.length).toBeGreaterThan(20);
  });

  it.each(operations)('%s stays within every limit', (_name, document) => {
    expect(validate(schema, document, queryLimitRules).map((error) => error.message)).toEqual([]);
    expect(() => parse(print(document), { maxTokens: QUERY_LIMITS.tokens })).not.toThrow();
  });
});
