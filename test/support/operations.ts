import { assign, planIds, SAVE, type SaveResult } from './budget';
import type { TestApp } from './test-app';

/** Real objects for sample calls to aim at: made once per test app. */
export interface OperationIds {
  planId: string;
  /** Ia Tơi: the demo commune officer `iatoi`'s commune. */
  communeId: string;
  componentId: string;
  envelopeId: string;
  unitId: string;
  allocationId: string;
  /** A household of Ia Tơi. */
  householdId: string;
  userId: string;
}

// A one-household CSV in the import layout (docs/households-import.md), in Ia Tơi.
const IMPORT_CSV = Buffer.from(
  'household_code,village_code,area_type,ethnic_minority,member_name,relation\nRO-1,KT-IAHDRAI-IATOI-SYN01,RURAL,1,Người thử,HEAD\n',
).toString('base64');
const NO_SUCH_TOKEN = Buffer.from('ApiToken:999999').toString('base64url');

/**
 * One well-formed call per root field. Where the caller is allowed, the call is harmless: it
 * either writes what a test may write or is refused with a userError (and writes nothing).
 * A test fails when a root field of the schema has no sample here.
 */
export const SAMPLE_OPERATIONS: Record<string, (ids: OperationIds) => string> = {
  'Query.viewer': () => '{ viewer { roles } }',
  'Query.node': ({ planId }) => `{ node(id: "${planId}") { id } }`,
  'Query.plans': () => '{ plans { year } }',
  'Query.adminUnits': () => '{ adminUnits(level: COMMUNE) { name } }',
  'Query.classifyHousehold': () =>
    '{ classifyHousehold(input: { area: RURAL, monthlyIncomePerCapita: "1000000", deprivations: [], on: "2022-06-01" }) { status } }',
  'Query.povertyStandards': () => '{ povertyStandards { validFrom } }',
  'Query.supportNorms': () => '{ supportNorms { componentCode } }',
  'Query.eligibilityRules': () => '{ eligibilityRules { componentCode } }',
  'Query.povertyRates': () => '{ povertyRates(year: 2022, level: COMMUNE) { poor households } }',
  'Query.households': () => '{ households(first: 2) { edges { node { code } } } }',
  'Query.benefits': () => '{ benefits(first: 2) { edges { node { id } } } }',
  'Query.budgetSummary': ({ planId }) => `{ budgetSummary(planId: "${planId}", groupBy: [SOURCE]) { assigned } }`,
  'Query.allocations': () => '{ allocations(first: 2) { edges { node { amount } } } }',
  'Query.disbursements': () => '{ disbursements(first: 2) { edges { node { amount } } } }',
  'Query.auditLog': () => '{ auditLog(first: 2) { edges { node { action } } } }',
  'Query.allocationDecisionDocument': ({ planId }) =>
    `{ allocationDecisionDocument(planId: "${planId}") { title sheets { key } } }`,
  'Query.resultsReportDocument': ({ planId }) =>
    `{ resultsReportDocument(planId: "${planId}", period: SEMIANNUAL) { title sheets { key } } }`,
  'Query.users': () => '{ users { username } }',
  'Query.apiTokens': () => '{ apiTokens { name } }',
  'Query.securityEvents': () => '{ securityEvents(first: 2) { edges { node { kind } } } }',
  'Query.reportingCalendar': ({ planId }) =>
    `{ reportingCalendar(planId: "${planId}", asOf: "2022-07-01") { kind state daysLate unit { code } } }`,
  'Query.reportSubmissions': () => '{ reportSubmissions(first: 2) { edges { node { kind daysLate } } } }',

  'Mutation.login': () =>
    'mutation { login(input: { username: "nobody-in-particular", password: "x" }) { token userErrors { code } } }',
  'Mutation.logout': () => 'mutation { logout { signedOut } }',
  'Mutation.changePassword': () =>
    'mutation { changePassword(input: { currentPassword: "not-the-password", newPassword: "a-long-new-password" }) { changed userErrors { code } } }',
  'Mutation.createUser': () =>
    'mutation { createUser(input: { username: "x", displayName: "X", password: "a-long-password", roles: [ANALYST] }) { user { id } userErrors { code } } }',
  'Mutation.updateUser': ({ userId }) =>
    `mutation { updateUser(input: { id: "${userId}", roles: [] }) { user { id } userErrors { code } } }`,
  'Mutation.resetUserPassword': ({ userId }) =>
    `mutation { resetUserPassword(input: { userId: "${userId}", newPassword: "short" }) { user { id } userErrors { code } } }`,
  'Mutation.createApiToken': ({ userId }) =>
    `mutation { createApiToken(input: { name: "t", userId: "${userId}", scopes: [], expiresAt: "2099-01-01T00:00:00Z" }) { secret userErrors { code } } }`,
  'Mutation.revokeApiToken': () =>
    `mutation { revokeApiToken(input: { id: "${NO_SUCH_TOKEN}" }) { apiToken { id } userErrors { code } } }`,
  'Mutation.setTarget': ({ planId, communeId }) => `mutation { setTarget(input: {
      planId: "${planId}", unitId: "${communeId}", indicator: POOR_HOUSEHOLD_RATE, comparator: AT_MOST, value: 30
    }) { target { id } userErrors { code } } }`,
  'Mutation.assignEnvelope': ({ planId, componentId }) => `mutation { assignEnvelope(input: {
      planId: "${planId}", componentId: "${componentId}", capitalType: RECURRENT, source: CENTRAL_BUDGET, amount: "5",
      decisionNumber: "1/QĐ-UBND", decisionDate: "2022-04-01", decisionIssuer: "UBND tỉnh Kon Tum"
    }) { envelope { id } userErrors { code } } }`,
  'Mutation.saveAllocations': ({ planId, envelopeId, unitId }) => `mutation { saveAllocations(input: {
      planId: "${planId}", changes: [{ envelopeId: "${envelopeId}", unitId: "${unitId}", amount: "7", expectedVersion: 1 }]
    }) { allocations { id } userErrors { code } } }`,
  'Mutation.adjustAllocations': ({ planId, envelopeId, unitId }) => `mutation { adjustAllocations(input: {
      planId: "${planId}", changes: [{ envelopeId: "${envelopeId}", unitId: "${unitId}", amount: "7", expectedVersion: 1 }],
      decisionNumber: "2/QĐ-UBND", decisionDate: "2022-05-01", reason: "r"
    }) { allocations { id } userErrors { code } } }`,
  'Mutation.approveAllocations': ({ planId }) => `mutation { approveAllocations(input: {
      planId: "${planId}", decisionNumber: "3/QĐ-UBND", decisionDate: "2022-05-01"
    }) { allocations { id } userErrors { code } } }`,
  'Mutation.recordDisbursements': ({ allocationId }) => `mutation { recordDisbursements(input: {
      entries: [{ allocationId: "${allocationId}", paidOn: "2022-06-01", amount: "1" }]
    }) { allocations { id } userErrors { code } } }`,
  'Mutation.previewHouseholdImport': () => `mutation { previewHouseholdImport(input: {
      fileName: "h.csv", contentBase64: "${IMPORT_CSV}"
    }) { committed userErrors { code } } }`,
  'Mutation.commitHouseholdImport': () => `mutation { commitHouseholdImport(input: {
      fileName: "h.csv", contentBase64: "${IMPORT_CSV}"
    }) { committed userErrors { code } } }`,
  'Mutation.recordBenefit': ({ householdId, allocationId }) => `mutation { recordBenefit(input: {
      householdId: "${householdId}", allocationId: "${allocationId}", receivedOn: "2022-06-01", kind: CASH, amount: "1",
      description: "d", overrideReason: "r"
    }) { benefit { id } userErrors { code } } }`,

  // Ia Tơi's own committee: the commune officer `iatoi` may report for it. The first allowed caller
  // records it, the others are told ALREADY_SUBMITTED.
  'Mutation.submitReport': ({ planId, unitId }) => `mutation { submitReport(input: {
      planId: "${planId}", unitId: "${unitId}", kind: COMMUNE_PLAN, submittedOn: "2022-04-28", note: "Kế hoạch của xã (thử)"
    }) { submission { id } userErrors { code } } }`,

  'Subscription.allocationsChanged': ({ planId }) =>
    `subscription { allocationsChanged(planId: "${planId}") { allocations { id } } }`,
};

/**
 * Makes the objects the samples aim at: an envelope and a cell by the finance office, an Ia Tơi
 * household (the app must be seeded with households) and a spare account.
 */
export const prepareOperationIds = async (app: TestApp): Promise<OperationIds> => {
  const finance = await app.login('finance');
  const admin = await app.login('admin');
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
  const { data, errors } = await app.gql<{
    adminUnits: { id: string; name: string }[];
    users: { id: string; username: string }[];
  }>('{ adminUnits(level: COMMUNE) { id name } users { id username } }', {}, admin);
  if (errors || !data) throw new Error(JSON.stringify(errors));
  const iaToi = data.adminUnits.find((unit) => unit.name.includes('Tơi'));
  if (!iaToi) throw new Error('no Ia Tơi commune');
  const households = await app.gql<{ households: { edges: { node: { id: string } }[] } }>(
    'query($c: ID!) { households(first: 1, filter: { communeId: $c }) { edges { node { id } } } }',
    { c: iaToi.id },
    admin,
  );
  const spare = data.users.find((user) => user.username === 'analyst');
  return {
    planId: plan.planId,
    communeId: iaToi.id,
    componentId: plan.components['3.1'],
    envelopeId: envelope.id,
    unitId: plan.units['UBND-IATOI'],
    allocationId: saved.data?.saveAllocations.allocations[0].id ?? '',
    householdId: households.data?.households.edges[0]?.node.id ?? '',
    userId: spare?.id ?? '',
  };
};
