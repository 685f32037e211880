import 'reflect-metadata';
import { writeFile } from 'node:fs/promises';
import { type GraphQLSchema, lexicographicSortSchema, printSchema } from 'graphql';
import { buildSchema as buildTypeGraphQLSchema } from 'type-graphql';
import { applyPermissions } from './common/auth';
import { noPubSub } from './common/event-bus';
import { NodeResolver } from './common/node.resolver';
import { AccessResolver } from './modules/access/access.resolver';
import { ApiTokensResolver } from './modules/access/api-tokens.resolver';
import { SecurityEventsResolver } from './modules/access/security-events.resolver';
import { UsersResolver } from './modules/access/users.resolver';
import { AllocationsChangedResolver } from './modules/budget/allocations-changed.resolver';
import { AuditResolver } from './modules/budget/audit.resolver';
import {
  AllocationApprovalResolver,
  AllocationResolver,
  BudgetResolver,
  DisbursementResolver,
  EnvelopeResolver,
  PlanBudgetResolver,
} from './modules/budget/budget.resolver';
import {
  AllocationBenefitsResolver,
  AssessmentResolver,
  BenefitResolver,
  EligibilityRuleResolver,
  HouseholdResolver,
  PovertyStandardResolver,
  SupportNormResolver,
} from './modules/households/households.resolver';
import { PlacesResolver } from './modules/places/places.resolver';
import { ImplementingUnitResolver, PlanResolver, ProgramComponentResolver } from './modules/plan/plan.resolver';
import { TargetResolver } from './modules/plan/target.resolver';
import { ExportsResolver } from './modules/reports/exports/exports.resolver';
import { ReportRevisionResolver, ReportsResolver } from './modules/reports/reports.resolver';

export const RESOLVERS = [
  NodeResolver,
  AccessResolver,
  UsersResolver,
  ApiTokensResolver,
  SecurityEventsResolver,
  PlacesResolver,
  PlanResolver,
  ProgramComponentResolver,
  TargetResolver,
  ImplementingUnitResolver,
  AllocationsChangedResolver,
  BudgetResolver,
  PlanBudgetResolver,
  EnvelopeResolver,
  AllocationResolver,
  AllocationApprovalResolver,
  AuditResolver,
  DisbursementResolver,
  HouseholdResolver,
  BenefitResolver,
  AllocationBenefitsResolver,
  AssessmentResolver,
  PovertyStandardResolver,
  SupportNormResolver,
  EligibilityRuleResolver,
  ReportsResolver,
  ReportRevisionResolver,
  ExportsResolver,
] as const;

let schema: Promise<GraphQLSchema> | undefined;

/** The executable schema (built once per process). */
export const buildSchema = (): Promise<GraphQLSchema> => {
  schema ??= buildTypeGraphQLSchema({
    resolvers: [...RESOLVERS],
    validate: false,
    // Required once there is a subscription; ours read the event bus from their context instead.
    pubSub: noPubSub,
  }).then((built) => applyPermissions(built));
  return schema;
};

/** The SDL committed as schema.graphql: sorted, so that diffs show real changes only. */
export const printSortedSchema = async (): Promise<string> =>
  `${printSchema(lexicographicSortSchema(await buildSchema()))}\n`;

// `npm run schema` writes schema.graphql at the project root.
if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/\\/g, '/'))) {
  const target = new URL('../../schema.graphql', import.meta.url);
  await writeFile(target, await printSortedSchema());
  console.log(`wrote ${target.pathname}`);
}
