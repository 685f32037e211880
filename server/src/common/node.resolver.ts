import type { EntityName } from '@mikro-orm/core';
import { Arg, Ctx, ID, Query, Resolver } from 'type-graphql';
import type { Context } from '../context';
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
import { PovertyStandard } from '../modules/households/poverty-standard.entity';
import { SupportNorm } from '../modules/households/support-norm.entity';
import { AdminUnit } from '../modules/places/admin-unit.entity';
import { ImplementingUnit } from '../modules/plan/implementing-unit.entity';
import { Plan } from '../modules/plan/plan.entity';
import { ProgramComponent } from '../modules/plan/program-component.entity';
import { Target } from '../modules/plan/target.entity';
import { fromGlobalId, NodeEntity } from './node';

type NodeRule = { entity: EntityName<NodeEntity>; canRead?: (context: Context, id: number) => boolean };

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
  // Households answer to every signed-in role: their personal fields check the viewer themselves.
  Household: { entity: Household },
  Assessment: { entity: Assessment },
  Benefit: { entity: Benefit },
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
    return context.em.findOne(rule.entity, decoded.id);
  }
}
