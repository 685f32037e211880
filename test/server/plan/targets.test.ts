import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';

const SET_TARGET = /* GraphQL */ `
  mutation SetTarget($input: SetTargetInput!) {
    setTarget(input: $input) {
      target { id indicator comparator value baseline version unit { name } }
      userErrors { field code message }
    }
  }
`;

interface SetTargetResult {
  setTarget: {
    target: {
      id: string;
      indicator: string;
      comparator: string;
      value: number;
      baseline: number | null;
      version: number;
      unit: { name: string };
    } | null;
    userErrors: { field: string[] | null; code: string; message: string }[];
  } | null;
}

describe('commune targets (from the plan appendix)', () => {
  let app: TestApp;
  let planning: string;
  let plan: { id: string; district: { id: string } };
  let communes: Record<string, string>;
  const targetCount = async () => Number((await app.orm.em.fork().execute('select count(*) as n from target'))[0].n);

  beforeAll(async () => {
    app = await startTestApp();
    planning = await app.login('planning');
    const { data } = await app.gql<{
      plans: { id: string; district: { id: string } }[];
      adminUnits: { id: string; name: string }[];
    }>('{ plans(year: 2022) { id district { id } } adminUnits(level: COMMUNE) { id name } }', {}, planning);
    plan = data?.plans[0] ?? { id: '', district: { id: '' } };
    communes = Object.fromEntries((data?.adminUnits ?? []).map((unit) => [unit.name, unit.id]));
  });
  afterAll(() => app?.close());

  const input = (overrides: Record<string, unknown> = {}) => ({
    planId: plan.id,
    unitId: communes['Ia Tơi'],
    indicator: 'POOR_HOUSEHOLD_RATE',
    comparator: 'AT_MOST',
    value: 35.5,
    baseline: 44.1,
    expectedVersion: null,
    ...overrides,
  });

  it('lets the planning officer enter a commune target, then change it with the version seen', async () => {
    const created = await app.gql<SetTargetResult>(SET_TARGET, { input: input() }, planning);
    expect(created.errors).toBeUndefined();
    expect(created.data?.setTarget).toMatchObject({
      userErrors: [],
      target: {
        indicator: 'POOR_HOUSEHOLD_RATE',
        comparator: 'AT_MOST',
        value: 35.5,
        baseline: 44.1,
        version: 1,
        unit: { name: 'Ia Tơi' },
      },
    });
    const changed = await app.gql<SetTargetResult>(
      SET_TARGET,
      { input: input({ value: 34.25, expectedVersion: 1 }) },
      planning,
    );
    expect(changed.data?.setTarget).toMatchObject({ userErrors: [], target: { value: 34.25, version: 2 } });

    const { data } = await app.gql<{ plans: { targets: { value: number; unit: { name: string } }[] }[] }>(
      '{ plans(year: 2022) { targets { value unit { name } } } }',
      {},
      planning,
    );
    expect(data?.plans[0].targets.map((t) => [t.unit.name, t.value])).toEqual([
      ["Ia H'Drai", 32.73],
      ["Ia H'Drai", 8],
      ['Ia Tơi', 34.25],
    ]);
  });

  it('refuses a stale version with VERSION_CONFLICT and returns the current target, writing nothing', async () => {
    const stale = await app.gql<SetTargetResult>(
      SET_TARGET,
      { input: input({ value: 10, expectedVersion: 1 }) },
      planning,
    );
    expect(stale.data?.setTarget).toMatchObject({
      userErrors: [{ code: 'VERSION_CONFLICT', field: ['input', 'expectedVersion'] }],
      target: { value: 34.25, version: 2 },
    });
    const blind = await app.gql<SetTargetResult>(
      SET_TARGET,
      { input: input({ value: 10, expectedVersion: null }) },
      planning,
    );
    expect(blind.data?.setTarget?.userErrors.map((e) => e.code)).toEqual(['VERSION_CONFLICT']);
  });

  it.each([
    ['a rate over 100', { value: 100.5 }, 'VALUE_OUT_OF_RANGE', ['input', 'value']],
    ['a negative rate', { value: -1 }, 'VALUE_OUT_OF_RANGE', ['input', 'value']],
    ['three decimals', { value: 12.345 }, 'TOO_MANY_DECIMALS', ['input', 'value']],
    ['a bad baseline', { baseline: 101 }, 'VALUE_OUT_OF_RANGE', ['input', 'baseline']],
  ])('refuses %s as a userError and writes nothing', async (_name, overrides, code, field) => {
    const before = await targetCount();
    const result = await app.gql<SetTargetResult>(
      SET_TARGET,
      { input: input({ unitId: communes['Ia Dom'], ...overrides }) },
      planning,
    );
    expect(result.data?.setTarget).toEqual({ target: null, userErrors: [expect.objectContaining({ code, field })] });
    expect(await targetCount()).toBe(before);
  });

  it("refuses the district's own targets: they come from the plan's decision", async () => {
    const result = await app.gql<SetTargetResult>(SET_TARGET, { input: input({ unitId: plan.district.id }) }, planning);
    expect(result.data?.setTarget?.userErrors.map((e) => e.code)).toEqual(['UNIT_NOT_A_COMMUNE_OF_DISTRICT']);
  });

  it('answers ids of the wrong kind or malformed input with BAD_USER_INPUT', async () => {
    const wrongKind = await app.gql<SetTargetResult>(SET_TARGET, { input: input({ unitId: plan.id }) }, planning);
    expect(wrongKind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const garbage = await app.gql<SetTargetResult>(SET_TARGET, { input: input({ planId: '%%%' }) }, planning);
    expect(garbage.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const badEnum = await app.gql<SetTargetResult>(SET_TARGET, { input: input({ indicator: 'HAPPINESS' }) }, planning);
    expect(badEnum.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
  });

  it.each(['finance', 'iatoi'])('refuses %s with FORBIDDEN', async (username) => {
    const token = await app.login(username);
    const before = await targetCount();
    const result = await app.gql<SetTargetResult>(SET_TARGET, { input: input({ unitId: communes['Ia Đal'] }) }, token);
    expect(result.errors?.map((e) => e.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await targetCount()).toBe(before);
  });
});
