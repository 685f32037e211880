import { BigIntType, Entity, Enum, Index, ManyToOne, type Opt, PrimaryKey, Property, type Ref } from '@mikro-orm/core';
import { User } from '../access/user.entity';
import { Plan } from '../plan/plan.entity';
import { AuditAction, AuditEntity } from './budget.enums';
import { moneyColumn } from './money';

/**
 * One change to the budget, written in the same transaction as the change. Append-only: a
 * database trigger refuses UPDATE, DELETE and TRUNCATE, whoever asks (API, ORM or SQL).
 */
@Entity({ tableName: 'audit_entry', readonly: true })
@Index({ properties: ['plan', 'at'] })
@Index({ properties: ['entity', 'entityId', 'id'] })
export class AuditEntry {
  @PrimaryKey({ type: new BigIntType('number'), autoincrement: true, columnType: 'bigint' })
  id!: number;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  at: Opt<Date> = new Date();

  @ManyToOne(() => User, { ref: true, nullable: true, index: true })
  user?: Ref<User> | null;

  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @Enum({ items: () => AuditAction, type: 'string' })
  action!: AuditAction;

  @Enum({ items: () => AuditEntity, type: 'string' })
  entity!: AuditEntity;

  @Property({ type: 'integer' })
  entityId!: number;

  @Property({ ...moneyColumn(), nullable: true })
  oldAmount?: bigint | null;

  @Property({ ...moneyColumn(), nullable: true })
  newAmount?: bigint | null;

  @Property({ type: 'string', length: 80, nullable: true })
  decisionNumber?: string | null;

  @Property({ type: 'date', columnType: 'date', nullable: true })
  decisionDate?: string | null;

  @Property({ type: 'text', nullable: true })
  reason?: string | null;

  /** What else a reader needs: envelope and unit of a cell, paid-on date of a payment. */
  @Property({ type: 'json', nullable: true })
  details?: Record<string, unknown> | null;
}
