import type { FeatureModule } from '../../common/module';
import { Deadline } from './deadline.entity';
import { ImplementingUnit } from './implementing-unit.entity';
import { Plan } from './plan.entity';
import { PlanErrorCode } from './plan.errors';
import { ImplementingUnitResolver, PlanResolver, ProgramComponentResolver } from './plan.resolver';
import { PlanUnit } from './plan-unit.entity';
import { ProgramComponent } from './program-component.entity';
import { Target } from './target.entity';
import { TargetResolver } from './target.resolver';

export const planModule: FeatureModule = {
  name: 'plan',
  entities: [ImplementingUnit, Plan, PlanUnit, ProgramComponent, Target, Deadline],
  resolvers: [PlanResolver, ProgramComponentResolver, TargetResolver, ImplementingUnitResolver],
  nodeTypes: {
    Plan: { entity: Plan },
    ProgramComponent: { entity: ProgramComponent },
    Target: { entity: Target },
    ImplementingUnit: { entity: ImplementingUnit },
  },
  errorCodes: [PlanErrorCode],
};
