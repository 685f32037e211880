import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fromGlobalId } from '../../../server/src/common/node';
import { assign, planIds, SAVE, type SaveResult } from '../../support/budget';
import { consoleOperation } from '../../support/console-operation';
import { startTestApp, type TestApp } from '../../support/test-app';

// The console's own operations, as it sends them: a new nested field that loads per row shows here.
const GRID = consoleOperation('client/src/features/allocations/graphql/allocations.graphql', 'AllocationGrid');
const HOUSEHOLD_PAGE = consoleOperation('client/src/features/households/graphql/households.graphql', 'HouseholdPage');

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

/** Copies a plan (components, units, envelopes, cells) as another district's plan of the same year would be. */
const clonePlan = async (app: TestApp, planId: number): Promise<void> => {
  const em = app.orm.em.fork();
  await em.transactional(async (tx) => {
    const [district] = await tx.execute(
      `insert into admin_unit (code, name, level, parent_id, synthetic)
       select d.code || '-copy-' || (select count(*) from plan), d.name || ' (copy)', d.level, d.parent_id, true
         from plan p join admin_unit d on d.id = p.district_id where p.id = ? returning id`,
      [planId],
    );
    const [{ id }] = await tx.execute(
      `insert into plan (year, title, district_id, status, standard_id, purposes, created_at, updated_at)
       select year, title || ' (copy)', ?, status, standard_id, purposes, now(), now() from plan where id = ?
       returning id`,
      [district.id, planId],
    );
    await tx.execute(
      `insert into program_component (plan_id, code, name, kind, position, objective, beneficiaries, activities, outputs)
       select ?, code, name, kind, position, objective, beneficiaries, activities, outputs from program_component
        where plan_id = ?`,
      [id, planId],
    );
    await tx.execute(
      `update program_component c set parent_id = p.id
         from program_component old join program_component oldp on oldp.id = old.parent_id
         join program_component p on p.plan_id = ? and p.code = oldp.code
        where old.plan_id = ? and c.plan_id = ? and c.code = old.code`,
      [id, planId, id],
    );
    await tx.execute(
      'insert into plan_unit (plan_id, unit_id, position, duties) select ?, unit_id, position, duties from plan_unit where plan_id = ?',
      [id, planId],
    );
    await tx.execute(
      `insert into envelope (plan_id, component_id, capital_type, source, amount, allocated, disbursed, decision_id)
       select ?, c.id, e.capital_type, e.source, e.amount, e.allocated, e.disbursed, e.decision_id
         from envelope e join program_component old on old.id = e.component_id
         join program_component c on c.plan_id = ? and c.code = old.code
        where e.plan_id = ?`,
      [id, id, planId],
    );
    await tx.execute(
      `insert into allocation (envelope_id, unit_id, amount, disbursed, updated_by_id)
       select e.id, a.unit_id, a.amount, a.disbursed, a.updated_by_id
         from allocation a join envelope olde on olde.id = a.envelope_id
         join program_component oldc on oldc.id = olde.component_id
         join program_component c on c.plan_id = ? and c.code = oldc.code
         join envelope e on e.component_id = c.id and e.capital_type = olde.capital_type and e.source = olde.source
        where olde.plan_id = ?`,
      [id, planId],
    );
  });
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

  it("the allocation grid of a year's plans: the same count for one plan and for three", async () => {
    const finance = await app.login('finance');
    const grid = () => app.gql(GRID, { year: 2022 }, finance);
    const plansOf = async () =>
      (await app.orm.em.fork().execute('select count(*)::int as n from plan where year = 2022'))[0].n;
    const one = await statementsOf(app, grid);
    expect(await plansOf()).toBe(1);
    // A province holds a plan per district: two more, each with the first plan's components, units and cells.
    const { planId } = await planIds(app, finance);
    await clonePlan(app, Number(fromGlobalId(planId)?.id));
    await clonePlan(app, Number(fromGlobalId(planId)?.id));
    expect(await plansOf()).toBe(3);
    const three = await statementsOf(app, grid);
    const answer = await app.gql<{ plans: { allocations: unknown[] }[] }>(GRID, { year: 2022 }, finance);
    expect(answer.data?.plans).toHaveLength(3);
    expect(answer.data?.plans[2].allocations.length).toBe(answer.data?.plans[0].allocations.length);
    expect(Math.abs(three - one)).toBeLessThanOrEqual(1);
    console.info(`AllocationGrid: ${one} statements for one plan, ${three} for three`);
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
