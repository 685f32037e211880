import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ASSIGN,
  assign,
  budgetCounts,
  type EnvelopeView,
  type PlanIds,
  planIds,
  type UserErrorView,
} from '../../support/budget';
import { startTestApp, type TestApp } from '../../support/test-app';

interface AssignResult {
  assignEnvelope: {
    envelope: (EnvelopeView & { decision: { number: string; issuer: string } }) | null;
    userErrors: UserErrorView[];
  } | null;
}

describe('province assignments (envelopes)', () => {
  let app: TestApp;
  let finance: string;
  let ids: PlanIds;
  const input = (overrides: Record<string, unknown> = {}) => ({
    planId: ids.planId,
    componentId: ids.components['3.1'],
    capitalType: 'RECURRENT',
    source: 'CENTRAL_BUDGET',
    amount: '5000000000',
    decisionNumber: '1234/QĐ-UBND',
    decisionDate: '2022-04-20',
    decisionIssuer: 'UBND tỉnh Kon Tum',
    ...overrides,
  });

  beforeAll(async () => {
    app = await startTestApp();
    finance = await app.login('finance');
    ids = await planIds(app, finance);
  });
  afterAll(() => app?.close());

  it('assigns 5,000,000,000 to 3.1 recurrent central budget: all of it remains to allocate', async () => {
    const { data, errors } = await app.gql<AssignResult>(ASSIGN, { input: input() }, finance);
    expect(errors).toBeUndefined();
    expect(data?.assignEnvelope?.userErrors).toEqual([]);
    expect(data?.assignEnvelope?.envelope).toMatchObject({
      amount: '5000000000',
      allocated: '0',
      remaining: '5000000000',
      disbursed: '0',
      capitalType: 'RECURRENT',
      source: 'CENTRAL_BUDGET',
      component: { code: '3.1' },
      decision: { number: '1234/QĐ-UBND', issuer: 'UBND tỉnh Kon Tum' },
    });
  });

  it('adds a second assignment to the same envelope and lets the province reduce it', async () => {
    const more = await assign(app, finance, { ...input(), amount: '1000000000', decisionNumber: '1300/QĐ-UBND' });
    expect(more.amount).toBe('6000000000');
    const less = await assign(app, finance, { ...input(), amount: '-500000000', decisionNumber: '1400/QĐ-UBND' });
    expect(less.amount).toBe('5500000000');
    const { data } = await app.gql<{ node: { assignments: { amount: string; decision: { number: string } }[] } }>(
      'query($id: ID!) { node(id: $id) { ... on Envelope { assignments { amount decision { number } } } } }',
      { id: less.id },
      finance,
    );
    expect(data?.node.assignments).toEqual([
      { amount: '5000000000', decision: { number: '1234/QĐ-UBND' } },
      { amount: '1000000000', decision: { number: '1300/QĐ-UBND' } },
      { amount: '-500000000', decision: { number: '1400/QĐ-UBND' } },
    ]);
  });

  it('keeps investment and recurrent money in separate envelopes', async () => {
    const investment = await assign(app, finance, { ...input(), capitalType: 'INVESTMENT', amount: '700000000' });
    const recurrent = await assign(app, finance, { ...input(), amount: '1' });
    expect(investment.id).not.toBe(recurrent.id);
    expect(investment.amount).toBe('700000000');
  });

  it.each([
    ['a zero amount', () => ({ amount: '0' }), 'AMOUNT_ZERO'],
    [
      'a reduction below what is allocated (here: below zero)',
      () => ({ componentId: ids.components['5'], amount: '-1' }),
      'ENVELOPE_BELOW_ALLOCATED',
    ],
    ['an amount over 10^15', () => ({ amount: '1000000000000001' }), 'AMOUNT_TOO_LARGE'],
    ['a missing decision number', () => ({ decisionNumber: '  ' }), 'DECISION_REQUIRED'],
    ['a known decision with another date', () => ({ decisionDate: '2022-04-21' }), 'DECISION_DATE_MISMATCH'],
  ])('refuses %s, writing nothing', async (_name, overrides, code) => {
    const before = await budgetCounts(app);
    const { data } = await app.gql<AssignResult>(ASSIGN, { input: input(overrides()) }, finance);
    expect(data?.assignEnvelope?.envelope).toBeNull();
    expect(data?.assignEnvelope?.userErrors.map((error) => error.code)).toEqual([code]);
    expect(await budgetCounts(app)).toEqual(before);
  });

  it.each([['1.5'], ['abc'], ['1e3'], [''], ['99999999999999999999'], ['+5']])(
    'rejects the amount "%s" as BAD_USER_INPUT',
    async (amount) => {
      const before = await budgetCounts(app);
      const result = await app.gql<AssignResult>(ASSIGN, { input: input({ amount }) }, finance);
      expect(result.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
      expect(await budgetCounts(app)).toEqual(before);
    },
  );

  it('rejects ids of the wrong kind as BAD_USER_INPUT and unknown components as a userError', async () => {
    const wrongKind = await app.gql<AssignResult>(ASSIGN, { input: input({ componentId: ids.planId }) }, finance);
    expect(wrongKind.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = Buffer.from('ProgramComponent:999999').toString('base64url');
    const missing = await app.gql<AssignResult>(ASSIGN, { input: input({ componentId: unknown }) }, finance);
    expect(missing.data?.assignEnvelope?.userErrors.map((error) => error.code)).toEqual(['COMPONENT_NOT_IN_PLAN']);
  });

  it.each(['planning', 'leader', 'analyst', 'iatoi'])('refuses %s with FORBIDDEN', async (username) => {
    const token = await app.login(username);
    const before = await budgetCounts(app);
    const result = await app.gql<AssignResult>(ASSIGN, { input: input() }, token);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await budgetCounts(app)).toEqual(before);
  });

  it('lets every signed-in role read the envelopes', async () => {
    const token = await app.login('leader');
    const { data, errors } = await app.gql<{
      plans: { envelopes: { amount: string; component: { code: string } }[] }[];
    }>('{ plans(year: 2022) { envelopes { amount component { code } } } }', {}, token);
    expect(errors).toBeUndefined();
    expect(data?.plans[0].envelopes.length).toBeGreaterThanOrEqual(2);
  });
});
