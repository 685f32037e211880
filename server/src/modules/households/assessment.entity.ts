import { Check, Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateScalar, MoneyScalar } from '../../common/scalars';
import { moneyColumn } from '../budget';
import { Household } from './household.entity';
import { Deprivation, PovertyStatus, ReviewKind } from './households.enums';
import { PovertyStandard } from './poverty-standard.entity';

/**
 * One review of one household (Decision 24/2021/QĐ-TTg): the income and deprivations found, and the
 * status the standard gives them. The status is computed, never typed in.
 */
@ObjectType({ implements: NodeEntity, description: 'One review of a household and the status the standard gives it.' })
@Check({ name: 'assessment_month', expression: '((month >= 1) AND (month <= 12))' })
@Check({ name: 'assessment_income', expression: '(monthly_income_per_capita >= 0)' })
@Entity({ tableName: 'assessment' })
@Unique({ properties: ['household', 'year', 'kind', 'month'] })
@Index({ properties: ['year', 'household', 'month'] })
export class Assessment extends NodeEntity {
  @ManyToOne(() => Household, { ref: true, deleteRule: 'cascade' })
  household!: Ref<Household>;

  @Field(() => Int)
  @Property({ type: 'smallint' })
  year!: number;

  @Field(() => ReviewKind)
  @Enum({ items: () => ReviewKind, type: 'string' })
  kind!: ReviewKind;

  /** The month of the review; 12 for the periodic one (1 September - 14 December). */
  @Field(() => Int)
  @Property({ type: 'smallint' })
  month!: number;

  @Field(() => MoneyScalar, { description: 'Average income per person per month.' })
  @Property(moneyColumn())
  monthlyIncomePerCapita!: bigint;

  @Field(() => [Deprivation])
  @Property({ type: 'text[]' })
  deprivations: Deprivation[] = [];

  @Field(() => PovertyStatus, { description: 'Computed by the standard in force for the review.' })
  @Enum({ items: () => PovertyStatus, type: 'string' })
  status!: PovertyStatus;

  @ManyToOne(() => PovertyStandard, { ref: true })
  standard!: Ref<PovertyStandard>;

  @Field(() => String, { nullable: true, description: "The commune chairman's recognition decision." })
  @Property({ type: 'string', length: 80, nullable: true })
  decisionNumber?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  recognisedOn?: string | null;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();
}
