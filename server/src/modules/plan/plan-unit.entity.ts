import { Entity, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { ImplementingUnit } from './implementing-unit.entity';
import { Plan } from './plan.entity';

/** An implementing unit taking part in a plan, with the duties the plan assigns it. */
@Entity({ tableName: 'plan_unit' })
@Unique({ properties: ['plan', 'unit'] })
export class PlanUnit {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @ManyToOne(() => ImplementingUnit, { ref: true, index: true })
  unit!: Ref<ImplementingUnit>;

  @Property({ type: 'integer' })
  position!: number;

  /** The tasks the plan's "Tổ chức thực hiện" section gives this unit, verbatim. */
  @Property({ type: 'text[]' })
  duties: string[] = [];
}
