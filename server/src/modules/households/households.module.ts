import type { Ref } from '@mikro-orm/core';
import type { FeatureModule } from '../../common/module';
import type { NodeEntity } from '../../common/node';
import type { Context } from '../../context';
import { Assessment } from './assessment.entity';
import { Benefit } from './benefit.entity';
import { EligibilityRule } from './eligibility-rule.entity';
import { Household, HouseholdMember } from './household.entity';
import { HouseholdErrorCode } from './households.errors';
import {
  AllocationBenefitsResolver,
  AssessmentResolver,
  BenefitResolver,
  EligibilityRuleResolver,
  HouseholdResolver,
  PovertyStandardResolver,
  SupportNormResolver,
} from './households.resolver';
import { canSeeRowsOf, visibleCommunes } from './households.service';
import { PovertyStandard } from './poverty-standard.entity';
import { SupportNorm } from './support-norm.entity';
import { TargetActualResolver } from './target-actual.resolver';

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

export const householdsModule: FeatureModule = {
  name: 'households',
  entities: [PovertyStandard, SupportNorm, EligibilityRule, Household, HouseholdMember, Assessment, Benefit],
  resolvers: [
    HouseholdResolver,
    BenefitResolver,
    AllocationBenefitsResolver,
    AssessmentResolver,
    PovertyStandardResolver,
    SupportNormResolver,
    EligibilityRuleResolver,
    TargetActualResolver,
  ],
  nodeTypes: {
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
    PovertyStandard: { entity: PovertyStandard },
    SupportNorm: { entity: SupportNorm },
    EligibilityRule: { entity: EligibilityRule },
  },
  errorCodes: [HouseholdErrorCode],
};
