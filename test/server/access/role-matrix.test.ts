import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SAVE, type SaveResult } from '../../support/budget';
import { type OperationIds, prepareOperationIds, SAMPLE_OPERATIONS } from '../../support/operations';
import { subscribe } from '../../support/subscriptions';
import { startTestApp, type TestApp } from '../../support/test-app';
import { waitFor } from '../../support/wait-for';

// Who may call what, written out by hand (not derived from permissions.ts): Y answers, F is
// FORBIDDEN, U is UNAUTHENTICATED. `token` is an API token with every scope; `nobody` sends none.
const PRINCIPALS = ['admin', 'finance', 'planning', 'iatoi', 'leader', 'analyst', 'token', 'nobody'] as const;
type Principal = (typeof PRINCIPALS)[number];
const EXPECTED = `
  Query.viewer                       Y Y Y Y Y Y Y U
  Query.node                         Y Y Y Y Y Y Y U
  Query.plans                        Y Y Y Y Y Y Y U
  Query.adminUnits                   Y Y Y Y Y Y Y U
  Query.classifyHousehold            Y Y Y Y Y Y Y U
  Query.povertyStandards             Y Y Y Y Y Y Y U
  Query.supportNorms                 Y Y Y Y Y Y Y U
  Query.eligibilityRules             Y Y Y Y Y Y Y U
  Query.povertyRates                 Y Y Y Y Y Y Y U
  Query.households                   Y Y Y Y Y Y Y U
  Query.benefits                     Y Y Y Y Y Y Y U
  Query.budgetSummary                Y Y Y Y Y Y Y U
  Query.allocations                  Y Y Y Y Y Y Y U
  Query.disbursements                Y Y Y Y Y Y Y U
  Query.auditLog                     Y Y Y Y Y Y Y U
  Query.allocationDecisionDocument   Y Y Y Y Y Y Y U
  Query.resultsReportDocument        Y Y Y Y Y Y Y U
  Query.users                        Y F F F F F F U
  Query.apiTokens                    Y F F F F F F U
  Query.securityEvents               Y F F F F F F U
  Query.reportingCalendar            Y Y Y Y Y Y Y U
  Query.reportSubmissions            Y Y Y Y Y Y Y U
  Mutation.login                     Y Y Y Y Y Y Y Y
  Mutation.logout                    Y Y Y Y Y Y F U
  Mutation.changePassword            Y Y Y Y Y Y F U
  Mutation.createUser                Y F F F F F F U
  Mutation.updateUser                Y F F F F F F U
  Mutation.resetUserPassword         Y F F F F F F U
  Mutation.createApiToken            Y F F F F F F U
  Mutation.revokeApiToken            Y F F F F F F U
  Mutation.setTarget                 Y F Y F F F F U
  Mutation.assignEnvelope            Y Y F F F F F U
  Mutation.saveAllocations           Y Y F F F F F U
  Mutation.approveAllocations        Y Y F F F F F U
  Mutation.adjustAllocations         Y Y F F F F F U
  Mutation.recordDisbursements       Y Y F F F F F U
  Mutation.previewHouseholdImport    Y F Y Y F F F U
  Mutation.commitHouseholdImport     Y F Y Y F F F U
  Mutation.recordBenefit             Y F Y Y F F F U
  Mutation.submitReport              Y F Y Y F F F U
  Subscription.allocationsChanged    Y Y Y Y Y Y Y U
`;
const expected = new Map(
  EXPECTED.trim()
    .split('\n')
    .map((line) => {
      const [coordinate, ...outcomes] = line.trim().split(/\s+/);
      return [coordinate, Object.fromEntries(PRINCIPALS.map((principal, i) => [principal, outcomes[i]]))];
    }),
);

const rootFields = () => {
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
  const roots = {
    Query: schema.getQueryType(),
    Mutation: schema.getMutationType(),
    Subscription: schema.getSubscriptionType(),
  };
  return Object.entries(roots).flatMap(([typeName, type]) =>
    Object.keys(type?.getFields() ?? {}).map((field) => `${typeName}.${field}`),
  );
};

const outcomeOf = (errors: { extensions?: { code?: unknown } }[] | undefined): string => {
  const codes = (errors ?? []).map((error) => error.extensions?.code);
  if (codes.includes('UNAUTHENTICATED')) return 'U';
  if (codes.includes('FORBIDDEN')) return 'F';
  return codes.length === 0 ? 'Y' : `error ${codes.join(',')}`;
};

describe('every role against every operation', () => {
  let app: TestApp;
  let ids: OperationIds;
  const tokens = new Map<Principal, string | undefined>();
  const login = async (principal: Principal) => (principal === 'nobody' ? undefined : app.login(principal));

  beforeAll(async () => {
    app = await startTestApp({ households: true });
    ids = await prepareOperationIds(app);
    const admin = await app.login('admin');
    const created = await app.gql<{ createApiToken: { secret: string } }>(
      `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret userErrors { code } } }`,
      {
        input: {
          name: 'matrix',
          userId: ids.userId,
          scopes: ['PLAN', 'BUDGET', 'HOUSEHOLDS', 'AUDIT'],
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      admin,
    );
    for (const principal of PRINCIPALS) {
      tokens.set(principal, principal === 'token' ? created.data?.createApiToken.secret : await login(principal));
    }
  });
  afterAll(() => app?.close());

  it('has an expectation and a sample call for every root field of the schema', () => {
    const fields = rootFields();
    expect(fields.filter((field) => !expected.has(field))).toEqual([]);
    expect(fields.filter((field) => !SAMPLE_OPERATIONS[field])).toEqual([]);
    expect([...expected.keys()].filter((field) => !fields.includes(field))).toEqual([]);
  });

  // First: the mutations below approve the plan, after which no save would make an event.
  it.each(PRINCIPALS)('Subscription.allocationsChanged as %s', async (principal) => {
    const want = expected.get('Subscription.allocationsChanged')?.[principal];
    // The previous case's subscription is gone, so the count below is this one's.
    await waitFor(() => app.app.eventBus.listenerCount === 0, { what: 'no subscriber is left' });
    const subscription = subscribe(app.url, {
      token: tokens.get(principal),
      query: SAMPLE_OPERATIONS['Subscription.allocationsChanged'](ids),
    });
    try {
      if (want === 'U') {
        // The websocket itself is refused.
        expect(await subscription.ended()).toMatchObject({ code: 4403 });
        return;
      }
      await waitFor(() => app.app.eventBus.listenerCount === 1, { what: 'the server has the subscriber' });
      const finance = tokens.get('finance');
      const cell = await app.gql<{ node: { version: number } }>(
        'query($id: ID!) { node(id: $id) { ... on Allocation { version } } }',
        { id: ids.allocationId },
        finance,
      );
      const saved = await app.gql<SaveResult>(
        SAVE,
        {
          input: {
            planId: ids.planId,
            changes: [
              {
                envelopeId: ids.envelopeId,
                unitId: ids.unitId,
                amount: String(PRINCIPALS.indexOf(principal) + 2),
                expectedVersion: cell.data?.node.version,
              },
            ],
          },
        },
        finance,
      );
      expect(saved.data?.saveAllocations.userErrors).toEqual([]);
      const event = await subscription.next(3_000);
      expect(outcomeOf(event.errors as { extensions?: { code?: unknown } }[] | undefined)).toBe(want);
    } finally {
      await subscription.close();
    }
  });

  const cases = [...expected.keys()]
    .filter((coordinate) => !coordinate.startsWith('Subscription.'))
    .flatMap((coordinate) => PRINCIPALS.map((principal) => [coordinate, principal] as const));

  it.each(cases)('%s as %s', async (coordinate, principal) => {
    // Signing out ends the session: do it with a session of its own.
    const token =
      coordinate === 'Mutation.logout' && principal !== 'token' ? await login(principal) : tokens.get(principal);
    const { errors } = await app.gql(SAMPLE_OPERATIONS[coordinate](ids), {}, token);
    expect(outcomeOf(errors)).toBe(expected.get(coordinate)?.[principal]);
  });
});

describe('a commune officer', () => {
  let app: TestApp;
  let ids: OperationIds;
  beforeAll(async () => {
    app = await startTestApp({ households: true });
    ids = await prepareOperationIds(app);
  });
  afterAll(() => app?.close());

  it('of Ia Tơi cannot change an Ia Dom household, and nothing is written', async () => {
    const admin = await app.login('admin');
    const iatoi = await app.login('iatoi');
    const { data } = await app.gql<{ adminUnits: { id: string; name: string }[] }>(
      '{ adminUnits(level: COMMUNE) { id name } }',
      {},
      admin,
    );
    const iaDom = data?.adminUnits.find((unit) => unit.name.includes('Dom'));
    const households = await app.gql<{ households: { edges: { node: { id: string; code: string } }[] } }>(
      'query($c: ID!) { households(first: 1, filter: { communeId: $c }) { edges { node { id code } } } }',
      { c: iaDom?.id },
      admin,
    );
    const household = households.data?.households.edges[0].node;
    expect(household).toBeDefined();
    const benefits = async () =>
      (await app.orm.em.fork().execute('select count(*)::int as n from benefit'))[0].n as number;
    const before = await benefits();

    const refused = await app.gql(
      SAMPLE_OPERATIONS['Mutation.recordBenefit']({ ...ids, householdId: household?.id ?? '' }),
      {},
      iatoi,
    );
    expect(outcomeOf(refused.errors)).toBe('F');
    expect(await benefits()).toBe(before);

    // Nor import over it: a row for an Ia Dom village is refused and the file writes nothing.
    const file = Buffer.from(
      `household_code,village_code,area_type,ethnic_minority,member_name,relation\n${household?.code},KT-IAHDRAI-IADOM-SYN01,RURAL,1,Người khác,HEAD\n`,
    ).toString('base64');
    const imported = await app.gql<{ commitHouseholdImport: { committed: boolean } }>(
      `mutation($input: HouseholdImportInput!) { commitHouseholdImport(input: $input) { committed userErrors { code } rowErrors { code } } }`,
      { input: { fileName: 'h.csv', contentBase64: file } },
      iatoi,
    );
    expect(imported.data?.commitHouseholdImport.committed).toBe(false);

    // And reads of its personal fields are refused, though the rest answers.
    const read = await app.gql<{ node: { code: string; headName: string | null } | null }>(
      `query($id: ID!) { node(id: $id) { ... on Household { code headName } } }`,
      { id: household?.id },
      iatoi,
    );
    expect(read.data?.node?.headName ?? null).toBeNull();
  });

  it('of Ia Tơi reads the names and incomes of Ia Tơi households', async () => {
    const iatoi = await app.login('iatoi');
    const read = await app.gql<{ node: { headName: string; assessments: { monthlyIncomePerCapita: string }[] } }>(
      `query($id: ID!) { node(id: $id) { ... on Household { headName assessments { monthlyIncomePerCapita } } } }`,
      { id: ids.householdId },
      iatoi,
    );
    expect(read.errors).toBeUndefined();
    expect(read.data?.node.headName).toBeTruthy();
    expect(read.data?.node.assessments[0].monthlyIncomePerCapita).toMatch(/^\d+$/);
  });
});
