import { Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { AdminUnit } from '../places';
import { Plan } from './plan.entity';

export enum TargetIndicator {
  POOR_HOUSEHOLD_RATE = 'POOR_HOUSEHOLD_RATE',
  POOR_HOUSEHOLD_RATE_REDUCTION = 'POOR_HOUSEHOLD_RATE_REDUCTION',
}
registerEnumType(TargetIndicator, {
  name: 'TargetIndicator',
  valuesConfig: {
    POOR_HOUSEHOLD_RATE: { description: 'Poor households as a percentage of all households, end of the plan year.' },
    POOR_HOUSEHOLD_RATE_REDUCTION: {
      description: 'Percentage points by which the poor-household rate falls during the plan year.',
    },
  },
});

export enum Comparator {
  AT_MOST = 'AT_MOST',
  AT_LEAST = 'AT_LEAST',
}
registerEnumType(Comparator, { name: 'Comparator' });

/** A poverty-reduction target (chỉ tiêu) for the district or one commune in a plan. */
@ObjectType({ implements: NodeEntity })
@Entity({ tableName: 'target' })
@Unique({ properties: ['plan', 'unit', 'indicator'] })
export class Target extends NodeEntity {
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @Field(() => TargetIndicator)
  @Enum({ items: () => TargetIndicator, type: 'string' })
  indicator!: TargetIndicator;

  @ManyToOne(() => AdminUnit, { ref: true, index: true })
  unit!: Ref<AdminUnit>;

  @Field(() => Comparator)
  @Enum({ items: () => Comparator, type: 'string' })
  comparator!: Comparator;

  /** Percent or percentage points with two decimals, kept exact as numeric(5,2). */
  @Property({ type: 'decimal', precision: 5, scale: 2 })
  value!: string;

  @Property({ type: 'decimal', precision: 5, scale: 2, nullable: true })
  baseline?: string | null;

  /** The plan's own words for the target, when it comes from the document. */
  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  sourceText?: string | null;

  @Property({ type: 'integer', version: true })
  version: Opt<number> = 1;
}
