import { BigIntType, Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { Field, ID, ObjectType } from 'type-graphql';
import { NodeEntity, toGlobalId } from '../../common/node';
import { DateScalar, DateTimeScalar, MoneyScalar } from '../../common/scalars';
import { User } from '../access';
import { Plan } from '../plan';
import { AuditAction, AuditEntity } from './budget.enums';
import { moneyColumn } from './money';

/**
 * One change to the budget, written in the same transaction as the change. Append-only: a
 * database trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks (API, ORM or SQL).
 */
@ObjectType({
  implements: NodeEntity,
  description: 'One change to the budget: who, when, what, from what to what, and why.',
})
@Entity({ tableName: 'audit_entry', readonly: true })
@Index({ properties: ['plan', 'at'] })
@Index({ properties: ['entity', 'entityId', 'id'] })
export class AuditEntry {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true, columnType: 'bigint' })
  id!: number;

  @Field(() => ID, { name: 'id' })
  get globalId(): Opt<string> {
    return toGlobalId('AuditEntry', this.id);
  }

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();

  // No foreign keys on the trail: history must never block, or cascade from, changes elsewhere,
  // and checking two keys per row doubled the cost of a 2,000-cell save's audit insert.
  @ManyToOne(() => User, { ref: true, nullable: true, index: true, createForeignKeyConstraint: false })
  user?: Ref<User> | null;

  @ManyToOne(() => Plan, { ref: true, createForeignKeyConstraint: false })
  plan!: Ref<Plan>;

  @Field(() => AuditAction)
  @Enum({ items: () => AuditAction, type: 'string' })
  action!: AuditAction;

  @Field(() => AuditEntity)
  @Enum({ items: () => AuditEntity, type: 'string' })
  entity!: AuditEntity;

  @Property({ type: 'integer' })
  entityId!: number;

  @Field(() => MoneyScalar, { nullable: true, description: 'The amount before the change (null for a new cell).' })
  @Property({ ...moneyColumn(), nullable: true })
  oldAmount?: bigint | null;

  @Field(() => MoneyScalar, {
    nullable: true,
    description: 'The amount after the change; for a payment, the amount paid.',
  })
  @Property({ ...moneyColumn(), nullable: true })
  newAmount?: bigint | null;

  @Field(() => String, {
    nullable: true,
    description: 'The decision the change rests on (assignment, approval, adjustment).',
  })
  @Property({ type: 'string', length: 80, nullable: true })
  decisionNumber?: string | null;

  @Field(() => DateScalar, { nullable: true })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  decisionDate?: string | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** What else a reader needs: envelope and unit of a cell, paid-on date of a payment. */
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;
}
