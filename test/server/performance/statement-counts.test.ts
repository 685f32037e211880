import { readFileSync } from 'node:fs';
import { type DefinitionNode, Kind, parse, print, visit } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, planIds, SAVE, type SaveResult } from '../../support/budget';
import { startTestApp, type TestApp } from '../../support/test-app';

// The console's own operations, as it sends them: a new nested field that loads per row shows here.
const operation = (file: string, name: string): string => {
  const document = parse(readFileSync(file, 'utf8'));
  const wanted = document.definitions.find(
    (definition) => definition.kind === Kind.OPERATION_DEFINITION && definition.name?.value === name,
  );
  if (!wanted) throw new Error(`${file} has no operation ${name}`);
  const fragments = new Map(
    document.definitions.flatMap((definition) =>
      definition.kind === Kind.FRAGMENT_DEFINITION ? [[definition.name.value, definition] as const] : [],
    ),
  );
  // The operation and the fragments it spreads, transitively: unused ones fail validation.
  const used: DefinitionNode[] = [wanted];
  for (let i = 0; i < used.length; i += 1) {
    visit(used[i], {
      FragmentSpread(spread) {
        const fragment = fragments.get(spread.name.value);
        if (fragment && !used.includes(fragment)) used.push(fragment);
      },
    });
  }
  return used.map((definition) => print(definition)).join('\n');
};
const GRID = operation('client/src/features/allocations/graphql/allocations.graphql', 'AllocationGrid');
const HOUSEHOLD_PAGE = operation('client/src/features/households/graphql/households.graphql', 'HouseholdPage');

/** SQL statements MikroORM sends for one request, the viewer's included. */
const statementsOf = async (app: TestApp, run: () => Promise<{ errors?: unknown }>): Promise<number> => {
  const logger = app.orm.config.getLogger();
  const original = logger.logQuery;
  let statements = 0;
  logger.logQuery = () => {
    statements += 1;
  };
  try {
    const result = await run();
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    return statements;
  } finally {
    logger.logQuery = original;
  }
};

describe('statements per console request do not grow with the rows', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({ households: true });
  });
  afterAll(() => app?.close());

  it('the allocation grid: the same count for one envelope of cells and for eight', async () => {
    const finance = await app.login('finance');
    const plan = await planIds(app, finance);
    const units = Object.values(plan.units);
    const grid = () => app.gql(GRID, { year: 2022 }, finance);
    const fill = async (componentCodes: string[]) => {
      for (const code of componentCodes) {
        const envelope = await assign(app, finance, {
          planId: plan.planId,
          componentId: plan.components[code],
          amount: '1000000',
        });
        const saved = await app.gql<SaveResult>(
          SAVE,
          {
            input: {
              planId: plan.planId,
              changes: units.map((unitId) => ({
                envelopeId: envelope.id,
                unitId,
                amount: '1000',
                expectedVersion: null,
              })),
            },
          },
          finance,
        );
        expect(saved.data?.saveAllocations.userErrors).toEqual([]);
      }
    };
    await fill(['1']);
    const few = await statementsOf(app, grid);
    await fill(['2', '3.1', '3.2', '4.1', '4.2', '5', '6.1']);
    const many = await statementsOf(app, grid);
    const cells = await app.orm.em.fork().execute('select count(*)::int as n from allocation');
    expect(cells[0].n).toBeGreaterThanOrEqual(8 * units.length);
    // Eight times the cells: with a query per row the count would grow by dozens. The dataloader may
    // split one batch over two ticks, so a statement either way is timing, not rows.
    expect(Math.abs(many - few)).toBeLessThanOrEqual(1);
    expect(many).toBeLessThan(15);
    console.info(`AllocationGrid: ${few} statements for ${units.length} cells, ${many} for ${cells[0].n}`);
  });

  it.each(['planning', 'leader'])(
    'the household page as %s: the same count for 10 rows and for 200',
    async (username) => {
      const token = await app.login(username);
      const page = (first: number) => () =>
        app.gql(HOUSEHOLD_PAGE, { first, year: 2021, withNames: username === 'planning' }, token);
      const small = await statementsOf(app, page(10));
      const large = await statementsOf(app, page(200));
      expect(Math.abs(large - small)).toBeLessThanOrEqual(1);
      expect(large).toBeLessThan(12);
      console.info(`HouseholdPage as ${username}: ${small} statements for 10 rows, ${large} for 200`);
    },
  );
});
