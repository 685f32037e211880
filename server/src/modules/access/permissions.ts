import { ApiScope } from './api-scope';
import { Role } from './role';

/** Anyone may call it, signed in or not. */
export const PUBLIC = 'PUBLIC';

export interface Rule {
  /** The roles that may call the field, or PUBLIC. */
  roles: typeof PUBLIC | readonly Role[];
  /**
   * Root fields only: the scope(s) an API token needs ('ANY': every token; a list: all of them).
   * Without one, API tokens are refused whatever their scopes (e.g. changing a password is for
   * people signed in).
   */
  apiScope?: ApiScope | readonly ApiScope[] | 'ANY';
  /** Narrowing by row that the field's service applies on top of the role (shown in docs/access.md). */
  rows?: string;
}

const { ADMIN, FINANCE_OFFICER, PLANNING_OFFICER, COMMUNE_OFFICER, LEADERSHIP, ANALYST } = Role;
const EVERYONE: readonly Role[] = [ADMIN, FINANCE_OFFICER, PLANNING_OFFICER, COMMUNE_OFFICER, LEADERSHIP, ANALYST];
const BUDGET_WRITERS: readonly Role[] = [ADMIN, FINANCE_OFFICER];
// The registry is kept by the Labour office (Phòng LĐ-TB&XH, planning role) and the communes.
const REGISTRY_KEEPERS: readonly Role[] = [ADMIN, PLANNING_OFFICER, COMMUNE_OFFICER];
const OWN_COMMUNE = "commune officers: their own communes' households only";
// The district's documents: the same rule for the .xlsx download and for its model (the print page).
const ALLOCATION_DECISION: Rule = { roles: EVERYONE, apiScope: ApiScope.BUDGET };
const RESULTS_REPORT: Rule = { roles: EVERYONE, apiScope: [ApiScope.BUDGET, ApiScope.HOUSEHOLDS] };
// Benefits' free text is read by those who record benefits and those who pay for them.
const BENEFIT_TEXT_READERS: readonly Role[] = [ADMIN, FINANCE_OFFICER, PLANNING_OFFICER, COMMUNE_OFFICER];

/**
 * Who may call what: every Query, Mutation and Subscription field has a rule (the schema does not
 * build otherwise), and so do the personal fields of object types. One mechanism enforces it
 * (`applyPermissions`); docs/access.md is generated from it (`npm run docs:access`).
 */
export const PERMISSIONS: Record<string, Rule> = {
  // Reading the plan, places and standards: every role, and tokens with the matching scope.
  'Query.viewer': { roles: EVERYONE, apiScope: 'ANY' },
  'Query.node': { roles: EVERYONE, apiScope: 'ANY', rows: `a User only to itself and admins; ${OWN_COMMUNE}` },
  'Query.plans': { roles: EVERYONE, apiScope: ApiScope.PLAN },
  'Query.adminUnits': { roles: EVERYONE, apiScope: ApiScope.PLAN },
  'Query.classifyHousehold': { roles: EVERYONE, apiScope: ApiScope.HOUSEHOLDS },
  'Query.povertyStandards': { roles: EVERYONE, apiScope: ApiScope.HOUSEHOLDS },
  'Query.supportNorms': { roles: EVERYONE, apiScope: ApiScope.HOUSEHOLDS },
  'Query.eligibilityRules': { roles: EVERYONE, apiScope: ApiScope.HOUSEHOLDS },
  'Query.povertyRates': { roles: EVERYONE, apiScope: ApiScope.HOUSEHOLDS },
  'Query.households': { roles: EVERYONE, apiScope: ApiScope.HOUSEHOLDS, rows: OWN_COMMUNE },
  'Query.benefits': { roles: EVERYONE, apiScope: ApiScope.HOUSEHOLDS, rows: OWN_COMMUNE },
  'Query.budgetSummary': { roles: EVERYONE, apiScope: ApiScope.BUDGET },
  'Query.allocations': { roles: EVERYONE, apiScope: ApiScope.BUDGET },
  'Query.disbursements': { roles: EVERYONE, apiScope: ApiScope.BUDGET },
  'Query.auditLog': { roles: EVERYONE, apiScope: ApiScope.AUDIT },
  'Query.allocationDecisionDocument': ALLOCATION_DECISION,
  'Query.resultsReportDocument': RESULTS_REPORT,
  // The reporting calendar: who has reported what, and who is late.
  'Query.reportingCalendar': { roles: EVERYONE, apiScope: ApiScope.PLAN },
  'Query.reportSubmissions': { roles: EVERYONE, apiScope: ApiScope.PLAN },
  // Administration.
  'Query.users': { roles: [ADMIN] },
  'Query.apiTokens': { roles: [ADMIN] },
  'Query.securityEvents': { roles: [ADMIN] },

  'Mutation.login': { roles: PUBLIC },
  'Mutation.logout': { roles: EVERYONE },
  'Mutation.changePassword': { roles: EVERYONE },
  'Mutation.createUser': { roles: [ADMIN] },
  'Mutation.updateUser': { roles: [ADMIN] },
  'Mutation.resetUserPassword': { roles: [ADMIN] },
  'Mutation.createApiToken': { roles: [ADMIN] },
  'Mutation.revokeApiToken': { roles: [ADMIN] },
  'Mutation.setTarget': { roles: [ADMIN, PLANNING_OFFICER] },
  'Mutation.assignEnvelope': { roles: BUDGET_WRITERS },
  'Mutation.saveAllocations': { roles: BUDGET_WRITERS },
  'Mutation.approveAllocations': { roles: BUDGET_WRITERS },
  'Mutation.adjustAllocations': { roles: BUDGET_WRITERS },
  'Mutation.recordDisbursements': { roles: BUDGET_WRITERS },
  'Mutation.previewHouseholdImport': { roles: REGISTRY_KEEPERS, rows: "commune officers: their own communes' rows" },
  'Mutation.commitHouseholdImport': { roles: REGISTRY_KEEPERS, rows: "commune officers: their own communes' rows" },
  'Mutation.recordBenefit': { roles: REGISTRY_KEEPERS, rows: OWN_COMMUNE },
  // The Labour office receives the reports (and may record one for any unit); a commune reports its own.
  'Mutation.submitReport': {
    roles: [ADMIN, PLANNING_OFFICER, COMMUNE_OFFICER],
    rows: "commune officers: their own communes' committees only",
  },

  'Subscription.allocationsChanged': { roles: EVERYONE, apiScope: ApiScope.BUDGET },

  // Personal data (Decree 13/2023/ND-CP): names and incomes only to those who keep the registry.
  'Household.headName': { roles: REGISTRY_KEEPERS, rows: OWN_COMMUNE },
  'Household.members': { roles: REGISTRY_KEEPERS, rows: OWN_COMMUNE },
  'Assessment.monthlyIncomePerCapita': { roles: REGISTRY_KEEPERS, rows: OWN_COMMUNE },
  // Free text officers fill with names and circumstances ("Nhà ông Nguyễn Văn A bị sập…"): not for
  // leadership, analysts or API tokens, who work with kinds, amounts and components.
  'Benefit.description': { roles: BENEFIT_TEXT_READERS, rows: OWN_COMMUNE },
  'Benefit.overrideReason': { roles: BENEFIT_TEXT_READERS, rows: OWN_COMMUNE },
  // Account details beyond the name and roles an official acts under.
  'User.active': { roles: [ADMIN] },
  'User.communeScope': { roles: [ADMIN] },
  'User.createdAt': { roles: [ADMIN] },
  'User.lastSignInAt': { roles: [ADMIN] },
  'User.lockedUntil': { roles: [ADMIN] },
};

/**
 * Plain HTTP endpoints (downloads for the console and scripts), checked with the same rules by
 * `checkRule`, with the same bearer tokens.
 */
export const ENDPOINT_PERMISSIONS: Record<string, Rule> = {
  'GET /exports/allocation-decision.xlsx': ALLOCATION_DECISION,
  'GET /exports/results-report.xlsx': RESULTS_REPORT,
  'GET /files/report-submissions/:id': { roles: EVERYONE, apiScope: ApiScope.PLAN },
};

/**
 * Object types that belong to a scope's area. An API token reaching one from another area (e.g.
 * `Allocation.benefits` from a BUDGET query) needs that scope too, so a scope cannot be walked
 * around by nesting. The plan and reference data (places, documents, users) are open to every token.
 */
export const TYPE_SCOPES: Record<string, ApiScope> = {
  Envelope: ApiScope.BUDGET,
  EnvelopeAssignmentView: ApiScope.BUDGET,
  Allocation: ApiScope.BUDGET,
  AllocationApproval: ApiScope.BUDGET,
  Disbursement: ApiScope.BUDGET,
  BudgetSummaryRow: ApiScope.BUDGET,
  Household: ApiScope.HOUSEHOLDS,
  Assessment: ApiScope.HOUSEHOLDS,
  StatusChange: ApiScope.HOUSEHOLDS,
  Benefit: ApiScope.HOUSEHOLDS,
  PovertyRate: ApiScope.HOUSEHOLDS,
  AuditEntry: ApiScope.AUDIT,
};
