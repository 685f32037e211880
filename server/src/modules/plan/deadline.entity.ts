import { Entity, Enum, ManyToOne, PrimaryKey, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '../../common/scalars';
import { Plan } from './plan.entity';

export enum DeadlineKind {
  COMMUNE_PLAN = 'COMMUNE_PLAN',
  SEMIANNUAL_REPORT = 'SEMIANNUAL_REPORT',
  ANNUAL_REPORT = 'ANNUAL_REPORT',
}
registerEnumType(DeadlineKind, { name: 'DeadlineKind' });

/** A date by which the plan requires something from the implementing units. */
@ObjectType()
@Entity({ tableName: 'deadline' })
@Unique({ properties: ['plan', 'kind'] })
export class Deadline {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @Field(() => DeadlineKind)
  @Enum({ items: () => DeadlineKind, type: 'string' })
  kind!: DeadlineKind;

  @Field(() => DateScalar)
  @Property({ type: 'date', columnType: 'date' })
  dueOn!: string;

  @Field(() => String, { description: "The plan's own sentence that sets the deadline." })
  @Property({ type: 'text' })
  sourceText!: string;
}
