import {
  Check,
  Collection,
  Entity,
  Enum,
  Index,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, Int, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { MoneyScalar } from '../../common/scalars';
import { User } from '../access';
import { LegalDocument } from '../documents';
import { Plan, ProgramComponent } from '../plan';
import { Allocation } from './allocation.entity';
import { CapitalType, FundingSource } from './budget.enums';
import { moneyColumn } from './money';

/**
 * What the province assigned to the district (dự toán giao) for one component, capital type and
 * source: the sum of its assignments. `allocated` and `disbursed` are kept in step with the
 * allocations in the same transactions, under this row's lock.
 */
@ObjectType({
  implements: NodeEntity,
  description:
    'An amount the province assigned to the district (dự toán giao) for one component, capital type and source.',
})
@Check({ name: 'envelope_allocated_within_amount', expression: '(allocated >= 0) AND (allocated <= amount)' })
@Check({ name: 'envelope_disbursed_within_allocated', expression: '(disbursed >= 0) AND (disbursed <= allocated)' })
@Entity({ tableName: 'envelope' })
@Unique({ properties: ['plan', 'component', 'capitalType', 'source'] })
export class Envelope extends NodeEntity {
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @ManyToOne(() => ProgramComponent, { ref: true, index: true })
  component!: Ref<ProgramComponent>;

  @Field(() => CapitalType)
  @Enum({ items: () => CapitalType, type: 'string' })
  capitalType!: CapitalType;

  @Field(() => FundingSource)
  @Enum({ items: () => FundingSource, type: 'string' })
  source!: FundingSource;

  @Field(() => MoneyScalar, { description: 'Everything assigned so far, net of reductions.' })
  @Property(moneyColumn())
  amount!: bigint;

  @Field(() => MoneyScalar, { description: 'Sum of the allocations to units.' })
  @Property({ ...moneyColumn(), default: 0 })
  allocated: Opt<bigint> = 0n;

  @Field(() => MoneyScalar, { description: 'Sum paid out by the treasury on its allocations.' })
  @Property({ ...moneyColumn(), default: 0 })
  disbursed: Opt<bigint> = 0n;

  /** The decision of the latest assignment. */
  @ManyToOne(() => LegalDocument, { ref: true })
  decision!: Ref<LegalDocument>;

  @Field(() => Int, { description: 'Increases by one on every change.' })
  @Property({ type: 'integer', default: 1 })
  version: Opt<number> = 1;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true })
  updatedBy?: Ref<User> | null;

  // Loaded as a collection so that a list of envelopes fetches its cells in one batched query.
  @OneToMany(
    () => Allocation,
    (allocation) => allocation.envelope,
    { orderBy: { unit: 'asc' } },
  )
  allocations = new Collection<Allocation>(this);

  @Field(() => MoneyScalar, { description: 'Assigned but not yet allocated.' })
  get remaining(): Opt<bigint> {
    return this.amount - this.allocated;
  }
}

/** One assignment decision's contribution to an envelope; negative when the province reduces it. */
@Entity({ tableName: 'envelope_assignment' })
@Index({ properties: ['envelope', 'createdAt'] })
export class EnvelopeAssignment {
  @Property({ type: 'integer', primary: true, autoincrement: true })
  id!: number;

  @ManyToOne(() => Envelope, { ref: true })
  envelope!: Ref<Envelope>;

  @ManyToOne(() => LegalDocument, { ref: true })
  decision!: Ref<LegalDocument>;

  @Property(moneyColumn())
  amount!: bigint;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  createdAt: Opt<Date> = new Date();

  @ManyToOne(() => User, { ref: true })
  createdBy!: Ref<User>;
}
