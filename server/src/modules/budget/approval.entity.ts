import { Entity, ManyToOne, OneToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { DateTimeScalar } from '../../common/scalars';
import { User } from '../access';
import { LegalDocument } from '../documents';
import { Plan } from '../plan';

/** The decision that approved (and locked) a plan's allocations. */
@ObjectType({ description: "The decision that approved and locked a plan's allocations." })
@Entity({ tableName: 'allocation_approval' })
export class AllocationApproval {
  @PrimaryKey({ type: 'integer', autoincrement: true })
  id!: number;

  @OneToOne(() => Plan, { ref: true, owner: true, unique: true })
  plan!: Ref<Plan>;

  @ManyToOne(() => LegalDocument, { ref: true })
  decision!: Ref<LegalDocument>;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  approvedAt: Opt<Date> = new Date();

  @ManyToOne(() => User, { ref: true })
  approvedBy!: Ref<User>;
}
