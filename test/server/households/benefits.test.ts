import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../client/src/apollo/generated';
import { mayReadBenefitText, mayReadHouseholdPersonalData } from '../../../client/src/features/households/model/access';
import { toGlobalId } from '../../../server/src/common/node';
import { assign, planIds, SAVE, type SaveResult } from '../../support/budget';
import { consoleOperation } from '../../support/console-operation';
import { connectedAs, startTestApp, type TestApp } from '../../support/test-app';
import { csvOf, type ImportRow, registrySnapshot, runImport, unitIds } from './helpers';

const IA_TOI = 'KT-IAHDRAI-IATOI-SYN01';

const head = (code: string, extra: ImportRow): ImportRow => ({
  household_code: code,
  village_code: IA_TOI,
  area_type: 'RURAL',
  ethnic_minority: '1',
  independent_since: '2010-03-15',
  member_name: `Chủ hộ ${code}`,
  relation: 'HEAD',
  review_year: '2021',
  recognised_on: '2021-12-20',
  ...extra,
});

const RECORD = /* GraphQL */ `
  mutation Record($input: RecordBenefitInput!) {
    recordBenefit(input: $input) {
      benefit { id kind amount description receivedOn overrideReason overriddenFailures recordedBy { username } }
      eligibility { eligible failures rule { componentCode document { number } } }
      userErrors { field code message }
    }
  }
`;
type RecordResult = {
  recordBenefit: {
    benefit: {
      id: string;
      kind: string;
      amount: string | null;
      overrideReason: string | null;
      overriddenFailures: string | null;
      recordedBy: { username: string };
    } | null;
    eligibility: {
      eligible: boolean;
      failures: string[];
      rule: { componentCode: string; document: { number: string } } | null;
    } | null;
    userErrors: { field: string[]; code: string; message: string }[];
  };
};

describe('benefits: from the envelope to the household and back', () => {
  let app: TestApp;
  let planning: string;
  let allocationId: string;
  let envelopeId: string;
  let households: Record<string, string>;
  let components: Record<string, string>;
  beforeAll(async () => {
    app = await startTestApp({ households: true });
    planning = await app.login('planning');
    const finance = await app.login('finance');
    const plan = await planIds(app, finance);
    components = plan.components;
    const envelope = await assign(app, finance, {
      planId: plan.planId,
      componentId: plan.components['5'],
      amount: '100000000',
    });
    envelopeId = envelope.id;
    const saved = await app.gql<SaveResult>(
      SAVE,
      {
        input: {
          planId: plan.planId,
          changes: [{ envelopeId, unitId: plan.units['UBND-IATOI'], amount: '80000000', expectedVersion: null }],
        },
      },
      finance,
    );
    allocationId = saved.data?.saveAllocations.allocations[0].id ?? '';
    const file = csvOf([
      // Poor, non-durable house, independent since 2010: Project 5's household.
      head('BEN-1', { income: '1000000', deprivations: 'HOUSING_QUALITY;EMPLOYMENT;NUTRITION' }),
      // Above the average living standard.
      head('BEN-2', { income: '3000000', deprivations: '' }),
      // Poor, but independent only since 2020 and already helped by another programme.
      head('BEN-3', {
        income: '900000',
        deprivations: '7;8;9',
        independent_since: '2020-01-01',
        other_housing_support: '1',
      }),
    ]);
    const imported = await runImport(app, planning, 'commit', 'ben.csv', file);
    expect(imported.payload?.committed).toBe(true);
    const rows = await app.orm.em
      .fork()
      .execute<{ id: number; code: string }[]>(`select id, code from household where code like 'BEN-%'`);
    households = Object.fromEntries(rows.map((row) => [row.code, toGlobalId('Household', row.id)]));
  });
  afterAll(() => app?.close());

  const record = (input: Record<string, unknown>, token = planning) =>
    app.gql<RecordResult>(
      RECORD,
      { input: { allocationId, receivedOn: '2022-09-01', kind: 'CASH', description: 'Xây mới nhà ở', ...input } },
      token,
    );

  it('records a housing grant for an eligible household, under Circular 01/2022/TT-BXD', async () => {
    const { data, errors } = await record({ householdId: households['BEN-1'], amount: '40000000' });
    expect(errors).toBeUndefined();
    expect(data?.recordBenefit).toMatchObject({
      benefit: {
        kind: 'CASH',
        amount: '40000000',
        overrideReason: null,
        overriddenFailures: null,
        recordedBy: { username: 'planning' },
      },
      eligibility: {
        eligible: true,
        failures: [],
        rule: { componentCode: '5', document: { number: '01/2022/TT-BXD' } },
      },
      userErrors: [],
    });
  });

  it('follows a benefit from its envelope to the household, and back', async () => {
    const { data, errors } = await app.gql<{
      node: {
        allocations: {
          id: string;
          benefits: {
            id: string;
            amount: string;
            component: { code: string };
            household: {
              code: string;
              benefits: { allocation: { id: string; envelope: { id: string; component: { code: string } } } }[];
            };
          }[];
        }[];
      };
    }>(
      `query Walk($id: ID!) { node(id: $id) { ... on Envelope { allocations { id benefits { id amount component { code }
         household { code benefits { allocation { id envelope { id component { code } } } } } } } } } }`,
      { id: envelopeId },
      await app.login('analyst'),
    );
    expect(errors).toBeUndefined();
    const [allocation] = data?.node.allocations ?? [];
    expect(allocation.id).toBe(allocationId);
    expect(allocation.benefits).toHaveLength(1);
    const [benefit] = allocation.benefits;
    expect(benefit).toMatchObject({ amount: '40000000', component: { code: '5' }, household: { code: 'BEN-1' } });
    expect(benefit.household.benefits).toEqual([
      { allocation: { id: allocationId, envelope: { id: envelopeId, component: { code: '5' } } } },
    ]);
  });

  it('refuses an ineligible household with NOT_ELIGIBLE and every reason, writing nothing', async () => {
    const before = await registrySnapshot(app);
    const poorButRecent = await record({ householdId: households['BEN-3'], amount: '20000000' });
    expect(poorButRecent.data?.recordBenefit.benefit).toBeNull();
    expect(poorButRecent.data?.recordBenefit.userErrors.map((error) => error.code)).toEqual(['NOT_ELIGIBLE']);
    expect(poorButRecent.data?.recordBenefit.eligibility?.failures).toEqual([
      'independent since 2020-01-01: not 3 years before 2022-01-18',
      'already supported by another housing programme',
    ]);
    const notPoor = await record({ householdId: households['BEN-2'], amount: '20000000' });
    expect(notPoor.data?.recordBenefit.eligibility?.failures).toEqual([
      'status NOT_POOR (2021 review) is not POOR or NEAR_POOR',
      'the latest review finds none of HOUSING_QUALITY, HOUSING_AREA',
    ]);
    // Project 5's rule starts with Circular 01/2022/TT-BXD on 2022-08-15.
    const early = await record({ householdId: households['BEN-1'], amount: '1', receivedOn: '2022-08-14' });
    expect(early.data?.recordBenefit.eligibility?.failures).toEqual([
      'no eligibility rule for component 5 is in force on 2022-08-14',
    ]);
    expect(await registrySnapshot(app)).toEqual(before);
  });

  it('records it anyway with an override reason, kept with the benefit', async () => {
    const { data } = await record({
      householdId: households['BEN-2'],
      kind: 'IN_KIND',
      description: 'Tấm lợp sau bão',
      overrideReason: 'Nhà bị sập do bão số 5, UBND huyện đồng ý',
    });
    expect(data?.recordBenefit).toMatchObject({
      benefit: {
        kind: 'IN_KIND',
        amount: null,
        overrideReason: 'Nhà bị sập do bão số 5, UBND huyện đồng ý',
        overriddenFailures:
          'status NOT_POOR (2021 review) is not POOR or NEAR_POOR; the latest review finds none of HOUSING_QUALITY, HOUSING_AREA',
      },
      eligibility: { eligible: false },
      userErrors: [],
    });
  });

  it('refuses a description or override reason past 2,000 characters, naming the field, writing nothing', async () => {
    const before = await registrySnapshot(app);
    const { data, errors } = await record({
      householdId: households['BEN-2'],
      kind: 'IN_KIND',
      description: 'Tấm lợp '.repeat(125_000),
      overrideReason: 'r'.repeat(2_001),
    });
    expect(errors).toBeUndefined();
    expect(data?.recordBenefit).toEqual({
      benefit: null,
      eligibility: null,
      userErrors: [
        {
          field: ['input', 'description'],
          code: 'TEXT_TOO_LONG',
          message: 'description is at most 2000 characters; 999999 were given.',
        },
        {
          field: ['input', 'overrideReason'],
          code: 'TEXT_TOO_LONG',
          message: 'overrideReason is at most 2000 characters; 2001 were given.',
        },
      ],
    });
    expect(await registrySnapshot(app)).toEqual(before);
  });

  it("keeps a benefit's free text from leadership, analysts and API tokens; officers read it", async () => {
    const admin = await app.login('admin');
    const users = await app.gql<{ users: { id: string; username: string }[] }>('{ users { id username } }', {}, admin);
    const created = await app.gql<{ createApiToken: { secret: string } }>(
      `mutation ($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`,
      {
        input: {
          name: 'Báo cáo',
          userId: users.data?.users.find((user) => user.username === 'analyst')?.id,
          scopes: ['HOUSEHOLDS'],
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      admin,
    );
    const query = `{ benefits(filter: { householdId: "${households['BEN-2']}" }) {
      edges { node { kind amount receivedOn description overrideReason } } } }`;
    type Benefits = { benefits: { edges: { node: Record<string, unknown> }[] } };
    const refused = {
      leader: await app.login('leader'),
      analyst: await app.login('analyst'),
      'an API token': created.data?.createApiToken.secret as string,
    };
    for (const [who, token] of Object.entries(refused)) {
      const { data, errors } = await app.gql<Benefits>(query, {}, token);
      expect(data?.benefits.edges, who).toEqual([
        { node: { kind: 'IN_KIND', amount: null, receivedOn: '2022-09-01', description: null, overrideReason: null } },
      ]);
      expect(
        errors?.map((error) => [error.extensions?.code, error.path?.join('.')]),
        who,
      ).toEqual([
        ['FORBIDDEN', 'benefits.edges.0.node.description'],
        ['FORBIDDEN', 'benefits.edges.0.node.overrideReason'],
      ]);
      expect(JSON.stringify(errors)).not.toMatch(/Tấm lợp|bão/);
    }
    for (const username of ['finance', 'planning', 'iatoi', 'admin']) {
      const { data, errors } = await app.gql<Benefits>(query, {}, await app.login(username));
      expect(errors, username).toBeUndefined();
      expect(data?.benefits.edges[0].node, username).toMatchObject({
        description: 'Tấm lợp sau bão',
        overrideReason: 'Nhà bị sập do bão số 5, UBND huyện đồng ý',
      });
    }
  });

  it("lets the console's household page ask each role only for what it may read", async () => {
    const query = consoleOperation('client/src/features/households/graphql/households.graphql', 'HouseholdDetail');
    type Detail = { node: { code: string; benefits: { kind: string; description?: string | null }[] } };
    for (const username of ['leader', 'analyst', 'finance', 'planning']) {
      const token = await app.login(username);
      const viewer = await app.gql<{ viewer: { roles: Role[] } }>('{ viewer { roles } }', {}, token);
      const household = { roles: viewer.data?.viewer.roles ?? [], communeIds: [] };
      const { data, errors } = await app.gql<Detail>(
        query,
        {
          id: households['BEN-2'],
          withPersonalData: mayReadHouseholdPersonalData(household),
          withBenefitText: mayReadBenefitText(household),
        },
        token,
      );
      expect(errors, username).toBeUndefined();
      expect(data?.node.benefits.map((benefit) => benefit.description ?? null)).toEqual([
        ['finance', 'planning'].includes(username) ? 'Tấm lợp sau bão' : null,
      ]);
    }
  });

  it('keeps benefits append-only, whoever asks', async () => {
    // Refused to the server's role by its grants, and to the table's owner by a trigger.
    const em = app.orm.em.fork();
    await expect(em.execute('update benefit set override_reason = null')).rejects.toThrow(/permission denied/);
    await expect(em.execute('delete from benefit')).rejects.toThrow(/permission denied/);
    await connectedAs(app.ownerDatabaseUrl, async (owner) => {
      await expect(owner.query('update benefit set override_reason = null')).rejects.toThrow(/append-only/);
      await expect(owner.query('delete from benefit')).rejects.toThrow(/append-only/);
    });
  });

  it('never pays out more cash than the allocation', async () => {
    const { data } = await record({ householdId: households['BEN-1'], amount: '40000001', description: 'Sửa chữa' });
    expect(data?.recordBenefit.userErrors.map((error) => error.code)).toEqual(['EXCEEDS_ALLOCATION']);
  });

  it("does not let Ia Tơi's commune officer record a benefit for an Ia Dom household", async () => {
    const ids = await unitIds(app, planning);
    const { data } = await app.gql<{ households: { edges: { node: { id: string } }[] } }>(
      `{ households(first: 1, filter: { communeId: "${ids['KT-IAHDRAI-IADOM']}" }) { edges { node { id } } } }`,
      {},
      planning,
    );
    const before = await registrySnapshot(app);
    const result = await record(
      { householdId: data?.households.edges[0].node.id, amount: '1', overrideReason: 'x' },
      await app.login('iatoi'),
    );
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(await registrySnapshot(app)).toEqual(before);
  });

  it('serves the newly escaped for 36 months under the shared rule of projects 2, 3, 4 and 6', async () => {
    // A regular review in May 2022 finds BEN-3 above the line: it escaped poverty.
    const escaped = await runImport(
      app,
      planning,
      'commit',
      'thoat-ngheo.csv',
      csvOf([
        head('BEN-3', {
          independent_since: '2020-01-01',
          other_housing_support: '1',
          review_year: '2022',
          review_kind: 'Thường xuyên',
          review_month: '5',
          income: '2500000',
          deprivations: '7',
          recognised_on: '2022-05-20',
        }),
      ]),
    );
    expect(escaped.payload?.committed).toBe(true);
    const { data } = await app.gql<{
      node: {
        status: string;
        newlyEscapedUntil: string;
        statusHistory: { transition: string; assessment: { year: number; kind: string; status: string } }[];
        livelihood: { eligible: boolean };
        after: { eligible: boolean; failures: string[] };
        housing: { eligible: boolean };
      };
    }>(
      `query H($id: ID!, $two: ID!, $five: ID!) { node(id: $id) { ... on Household {
         status newlyEscapedUntil statusHistory { transition assessment { year kind status } }
         livelihood: eligibility(componentId: $two, on: "2022-07-01") { eligible }
         after: eligibility(componentId: $two, on: "2025-05-21") { eligible failures }
         housing: eligibility(componentId: $five, on: "2022-09-01") { eligible } } } }`,
      { id: households['BEN-3'], two: components['3.1'], five: components['5'] },
      planning,
    );
    expect(data?.node).toEqual({
      status: 'NOT_POOR',
      newlyEscapedUntil: '2025-05-20',
      statusHistory: [
        { transition: 'NONE', assessment: { year: 2021, kind: 'PERIODIC', status: 'POOR' } },
        { transition: 'ESCAPED', assessment: { year: 2022, kind: 'REGULAR', status: 'NOT_POOR' } },
      ],
      livelihood: { eligible: true },
      after: { eligible: false, failures: ['status NOT_POOR (2022 review) is not POOR or NEAR_POOR or newly escaped'] },
      housing: { eligible: false },
    });
  });
});
