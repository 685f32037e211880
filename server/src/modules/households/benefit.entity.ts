import { Check, Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../common/scalars';
import { User } from '../access';
import { Allocation, moneyColumn } from '../budget';
import { ProgramComponent } from '../plan';
import { Household } from './household.entity';
import { BenefitKind } from './households.enums';

/**
 * What a household received from the programme, and the allocation that paid for it. Append-only:
 * who recorded it, when, and why an eligibility refusal was overridden stay with the row.
 */
@ObjectType({ implements: NodeEntity, description: 'What a household received, and the allocation that paid.' })
@Check({
  name: 'benefit_amount',
  expression: "((kind = 'CASH') AND (amount > 0)) OR ((kind = 'IN_KIND') AND ((amount IS NULL) OR (amount >= 0)))",
})
@Entity({ tableName: 'benefit' })
@Index({ properties: ['household', 'receivedOn'] })
export class Benefit extends NodeEntity {
  @ManyToOne(() => Household, { ref: true })
  household!: Ref<Household>;

  @ManyToOne(() => Allocation, { ref: true, index: true })
  allocation!: Ref<Allocation>;

  /** The allocation's component, kept with the row for reports by component. */
  @ManyToOne(() => ProgramComponent, { ref: true, index: true })
  component!: Ref<ProgramComponent>;

  @Field(() => DateScalar)
  @Property({ type: 'date', columnType: 'date' })
  receivedOn!: string;

  @Field(() => BenefitKind)
  @Enum({ items: () => BenefitKind, type: 'string' })
  kind!: BenefitKind;

  @Field(() => MoneyScalar, { nullable: true, description: 'In đồng; for in-kind support, its value when known.' })
  @Property({ ...moneyColumn(), nullable: true })
  amount?: bigint | null;

  @Field(() => String, {
    // Nullable so that a refusal takes this field only, not the benefit with it.
    nullable: true,
    description:
      'What was received, e.g. "Xây mới nhà ở" or "2 con bò giống". Personal data (free text): FORBIDDEN to leadership, analysts and API tokens.',
  })
  @Property({ type: 'text' })
  description!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'Why it was recorded although the household did not meet the eligibility rule. Personal data (free text): FORBIDDEN to leadership, analysts and API tokens.',
  })
  @Property({ type: 'text', nullable: true })
  overrideReason?: string | null;

  @Field(() => String, { nullable: true, description: 'The eligibility rule failures that were overridden.' })
  @Property({ type: 'text', nullable: true })
  overriddenFailures?: string | null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Opt<Date> = new Date();

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;
}
