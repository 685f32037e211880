import { Check, Entity, Enum, ManyToOne, type Opt, Property, type Ref, Unique } from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateTimeScalar, MoneyScalar } from '../../common/scalars';
import { User } from '../access';
import { ImplementingUnit } from '../plan';
import { AllocationStatus } from './budget.enums';
import { Envelope } from './envelope.entity';
import { moneyColumn } from './money';

/** One cell of the allocation grid: part of one envelope given to one implementing unit. */
@ObjectType({
  implements: NodeEntity,
  description: 'One cell of the allocation grid: part of one envelope given to one implementing unit.',
})
// The money rules hold in the database too, whatever code writes.
@Check({ name: 'allocation_amount_range', expression: "(amount >= 0) AND (amount <= '1000000000000000'::bigint)" })
@Check({ name: 'allocation_disbursed_within_amount', expression: '(disbursed >= 0) AND (disbursed <= amount)' })
@Entity({ tableName: 'allocation' })
@Unique({ properties: ['envelope', 'unit'] })
export class Allocation extends NodeEntity {
  @ManyToOne(() => Envelope, { ref: true })
  envelope!: Ref<Envelope>;

  @ManyToOne(() => ImplementingUnit, { ref: true, index: true })
  unit!: Ref<ImplementingUnit>;

  @Field(() => MoneyScalar)
  @Property(moneyColumn())
  amount!: bigint;

  @Field(() => AllocationStatus)
  @Enum({ items: () => AllocationStatus, type: 'string', default: AllocationStatus.DRAFT })
  status: Opt<AllocationStatus> = AllocationStatus.DRAFT;

  @Field(() => Int, { description: 'Increases by one on every change; send it back as expectedVersion.' })
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  @Field(() => MoneyScalar, { description: 'Paid out by the treasury so far.' })
  @Property({ ...moneyColumn(), default: 0 })
  disbursed: Opt<bigint> = 0n;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  updatedBy?: Ref<User> | null;
}
