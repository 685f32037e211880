import { Check, Entity, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../common/scalars';
import { User } from '../access';
import { Allocation } from './allocation.entity';
import { moneyColumn } from './money';

/** A treasury payment (giải ngân) against one allocation. */
@ObjectType({ implements: NodeEntity, description: 'A treasury payment (giải ngân) against one allocation.' })
@Check({ name: 'disbursement_amount_positive', expression: '(amount > 0)' })
@Entity({ tableName: 'disbursement' })
@Index({ properties: ['allocation', 'paidOn'] })
export class Disbursement extends NodeEntity {
  @ManyToOne(() => Allocation, { ref: true })
  allocation!: Ref<Allocation>;

  @Field(() => DateScalar, { description: 'Date of the treasury payment.' })
  @Property({ type: 'date', columnType: 'date' })
  paidOn!: string;

  @Field(() => MoneyScalar)
  @Property(moneyColumn())
  amount!: bigint;

  @Field(() => DateTimeScalar, { description: 'When it was recorded here.' })
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  recordedAt: Opt<Date> = new Date();

  @ManyToOne(() => User, { ref: true })
  recordedBy!: Ref<User>;
}
