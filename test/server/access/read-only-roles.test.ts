import { readFileSync } from 'node:fs';
import { buildSchema } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { assign, budgetCounts, planIds, SAVE, type SaveResult } from '../../support/budget';
import { startTestApp, type TestApp } from '../../support/test-app';

// One well-formed call per mutation, with ids filled in at run time. A new mutation without an
// entry here fails the suite: read-only roles must be proven unable to call it.
type Ids = {
  planId: string;
  communeId: string;
  componentId: string;
  envelopeId: string;
  unitId: string;
  allocationId: string;
  householdId: string;
};
// A one-household CSV in the import layout (docs/households-import.md).
const IMPORT_CSV = Buffer.from(
  'household_code,village_code,area_type,ethnic_minority,member_name,relation\nRO-1,KT-IAHDRAI-IATOI-SYN01,RURAL,1,Người thử,HEAD\n',
).toString('base64');
const SAMPLE_MUTATIONS: Record<string, (ids: Ids) => string> = {
  setTarget: ({ planId, communeId }) => `mutation { setTarget(input: {
      planId: "${planId}", unitId: "${communeId}", indicator: POOR_HOUSEHOLD_RATE, comparator: AT_MOST, value: 30
    }) { target { id } userErrors { code } } }`,
  assignEnvelope: ({ planId, componentId }) => `mutation { assignEnvelope(input: {
      planId: "${planId}", componentId: "${componentId}", capitalType: RECURRENT, source: CENTRAL_BUDGET, amount: "5",
      decisionNumber: "1/QĐ-UBND", decisionDate: "2022-04-01", decisionIssuer: "UBND tỉnh Kon Tum"
    }) { envelope { id } userErrors { code } } }`,
  saveAllocations: ({ planId, envelopeId, unitId }) => `mutation { saveAllocations(input: {
      planId: "${planId}", changes: [{ envelopeId: "${envelopeId}", unitId: "${unitId}", amount: "7", expectedVersion: 1 }]
    }) { allocations { id } userErrors { code } } }`,
  adjustAllocations: ({ planId, envelopeId, unitId }) => `mutation { adjustAllocations(input: {
      planId: "${planId}", changes: [{ envelopeId: "${envelopeId}", unitId: "${unitId}", amount: "7", expectedVersion: 1 }],
      decisionNumber: "2/QĐ-UBND", decisionDate: "2022-05-01", reason: "r"
    }) { allocations { id } userErrors { code } } }`,
  approveAllocations: ({ planId }) => `mutation { approveAllocations(input: {
      planId: "${planId}", decisionNumber: "3/QĐ-UBND", decisionDate: "2022-05-01"
    }) { allocations { id } userErrors { code } } }`,
  recordDisbursements: ({ allocationId }) => `mutation { recordDisbursements(input: {
      entries: [{ allocationId: "${allocationId}", paidOn: "2022-06-01", amount: "1" }]
    }) { allocations { id } userErrors { code } } }`,
  previewHouseholdImport: () => `mutation { previewHouseholdImport(input: {
      fileName: "h.csv", contentBase64: "${IMPORT_CSV}"
    }) { committed userErrors { code } } }`,
  commitHouseholdImport: () => `mutation { commitHouseholdImport(input: {
      fileName: "h.csv", contentBase64: "${IMPORT_CSV}"
    }) { committed userErrors { code } } }`,
  recordBenefit: ({ householdId, allocationId }) => `mutation { recordBenefit(input: {
      householdId: "${householdId}", allocationId: "${allocationId}", receivedOn: "2022-06-01", kind: CASH, amount: "1",
      description: "d", overrideReason: "r"
    }) { benefit { id } userErrors { code } } }`,
};
const PUBLIC_MUTATIONS = ['login'];

const mutationNames = () => {
  const schema = buildSchema(readFileSync('schema.graphql', 'utf8'));
  return Object.keys(schema.getMutationType()?.getFields() ?? {}).filter((name) => !PUBLIC_MUTATIONS.includes(name));
};

describe.each(['leader', 'analyst'])('%s (read-only)', (username) => {
  let app: TestApp;
  let token: string;
  let ids: Ids;
  beforeAll(async () => {
    app = await startTestApp({ households: true });
    token = await app.login(username);
    // A real envelope and cell, made by the finance office, for the refused calls to aim at.
    const finance = await app.login('finance');
    const plan = await planIds(app, finance);
    const envelope = await assign(app, finance, {
      planId: plan.planId,
      componentId: plan.components['2'],
      amount: '100',
    });
    const saved = await app.gql<SaveResult>(
      SAVE,
      {
        input: {
          planId: plan.planId,
          changes: [{ envelopeId: envelope.id, unitId: plan.units['UBND-IATOI'], amount: '1', expectedVersion: null }],
        },
      },
      finance,
    );
    const { data } = await app.gql<{ adminUnits: { id: string }[]; households: { edges: { node: { id: string } }[] } }>(
      '{ adminUnits(level: COMMUNE) { id } households(first: 1) { edges { node { id } } } }',
      {},
      token,
    );
    ids = {
      planId: plan.planId,
      communeId: data?.adminUnits[0].id ?? '',
      componentId: plan.components['3.1'],
      envelopeId: envelope.id,
      unitId: plan.units['UBND-IATOI'],
      allocationId: saved.data?.saveAllocations.allocations[0].id ?? '',
      householdId: data?.households.edges[0].node.id ?? '',
    };
  });
  afterAll(() => app?.close());

  it('can read the plan', async () => {
    const { data, errors } = await app.gql<{ plans: { title: string }[] }>('{ plans { title } }', {}, token);
    expect(errors).toBeUndefined();
    expect(data?.plans).toHaveLength(1);
  });

  it.each(mutationNames())('is refused %s with FORBIDDEN, and nothing is written', async (name) => {
    const sample = SAMPLE_MUTATIONS[name];
    expect(sample, `add a sample call for mutation ${name}`).toBeDefined();
    const written = async () => ({
      ...(await budgetCounts(app)),
      targets: (await app.orm.em.fork().execute('select count(*)::int as n from target'))[0].n,
      registry: (
        await app.orm.em.fork().execute(
          `select (select count(*) from household)::int as households, (select count(*) from household_member)::int as members,
                    (select count(*) from assessment)::int as assessments, (select count(*) from benefit)::int as benefits`,
        )
      )[0],
    });
    const before = await written();
    const result = await app.gql(sample(ids), {}, token);
    expect(result.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    expect(result.data?.[name as keyof typeof result.data] ?? null).toBeNull();
    expect(await written()).toEqual(before);
  });
});
