import type { EntityName, Ref } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
import { TYPE_SCOPES } from '../modules/access/permissions';
import { Role } from '../modules/access/role';
import { User } from '../modules/access/user.entity';
import { Allocation } from '../modules/budget/allocation.entity';
import { Disbursement } from '../modules/budget/disbursement.entity';
import { Envelope } from '../modules/budget/envelope.entity';
import { LegalDocument } from '../modules/documents/legal-document.entity';
import { Assessment } from '../modules/households/assessment.entity';
import { Benefit } from '../modules/households/benefit.entity';
import { EligibilityRule } from '../modules/households/eligibility-rule.entity';
import { Household } from '../modules/households/household.entity';
import { canSeeRowsOf, visibleCommunes } from '../modules/households/households.service';
import { PovertyStandard } from '../modules/households/poverty-standard.entity';
import { SupportNorm } from '../modules/households/support-norm.entity';
import { AdminUnit } from '../modules/places/admin-unit.entity';
import { ImplementingUnit } from '../modules/plan/implementing-unit.entity';
import { Plan } from '../modules/plan/plan.entity';
import { ProgramComponent } from '../modules/plan/program-component.entity';
import { Target } from '../modules/plan/target.entity';
import { ReportSubmission } from '../modules/reports/report-submission.entity';
import { fromGlobalId, NodeEntity } from './node';

type NodeRule = {
  entity: EntityName<NodeEntity>;
  /** Checked before loading, from the id alone. */
  canRead?: (context: Context, id: number) => boolean;
  /** Checked on the loaded row, for rules that depend on what it is (its commune). */
  canSee?: (context: Context, node: NodeEntity) => Promise<boolean>;
};

// A household's rows (the household, its reviews, its benefits) follow the households module's rule.
const inVisibleCommune =
  (communeOf: (node: NodeEntity) => Promise<number | null>) =>
  async ({ viewer }: Context, node: NodeEntity): Promise<boolean> => {
    if (visibleCommunes(viewer) === null) return true;
    const communeId = await communeOf(node);
    return communeId !== null && canSeeRowsOf(viewer, communeId);
  };

const householdCommune = async (household: Ref<Household>): Promise<number> =>
  (await household.loadOrFail()).commune.id;

// Each Node type, and who may fetch it by id (default: any signed-in viewer).
const NODE_TYPES: Record<string, NodeRule> = {
  AdminUnit: { entity: AdminUnit },
  LegalDocument: { entity: LegalDocument },
  Plan: { entity: Plan },
  ProgramComponent: { entity: ProgramComponent },
  Target: { entity: Target },
  ImplementingUnit: { entity: ImplementingUnit },
  Envelope: { entity: Envelope },
  Allocation: { entity: Allocation },
  Disbursement: { entity: Disbursement },
  // Households answer to every signed-in role (their personal fields check the viewer themselves),
  // except that a commune officer sees their own communes' rows only.
  Household: {
    entity: Household,
    canSee: inVisibleCommune(async (node) => (node instanceof Household ? node.commune.id : null)),
  },
  Assessment: {
    entity: Assessment,
    canSee: inVisibleCommune(async (node) => (node instanceof Assessment ? householdCommune(node.household) : null)),
  },
  Benefit: {
    entity: Benefit,
    canSee: inVisibleCommune(async (node) => (node instanceof Benefit ? householdCommune(node.household) : null)),
  },
  ReportSubmission: { entity: ReportSubmission },
  PovertyStandard: { entity: PovertyStandard },
  SupportNorm: { entity: SupportNorm },
  EligibilityRule: { entity: EligibilityRule },
  User: {
    entity: User,
    canRead: ({ viewer }, id) => viewer?.user.id === id || (viewer?.roles.includes(Role.ADMIN) ?? false),
  },
};

@Resolver()
export class NodeResolver {
  @Query(() => NodeEntity, {
    nullable: true,
    description: 'Any object by its global ID; null when unknown or not yours to see.',
  })
  async node(@Arg('id', () => ID) id: string, @Ctx() context: Context): Promise<NodeEntity | null> {
    const decoded = fromGlobalId(id);
    const rule = decoded && NODE_TYPES[decoded.type];
    if (!decoded || !rule) return null;
    if (rule.canRead && !rule.canRead(context, decoded.id)) return null;
    // An API token fetches by id only within its scopes' areas, as it would by nesting.
    const scope = TYPE_SCOPES[decoded.type];
    const token = context.viewer?.apiToken;
    if (token && scope && !token.scopes.includes(scope)) return null;
    const node = await context.em.findOne(rule.entity, decoded.id);
    if (node && rule.canSee && !(await rule.canSee(context, node))) return null;
    return node;
  }
}
