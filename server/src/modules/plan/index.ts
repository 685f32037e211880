// The plan module's public entry: what other modules may use of it.
export { Deadline, DeadlineKind } from './deadline.entity';
export { ImplementingUnit, ImplementingUnitKind } from './implementing-unit.entity';
export { Plan } from './plan.entity';
export { planModule } from './plan.module';
export { PlanUnit } from './plan-unit.entity';
export { ComponentKind, ProgramComponent } from './program-component.entity';
export { Comparator, Target, TargetIndicator } from './target.entity';
