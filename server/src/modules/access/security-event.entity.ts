import { Entity, Enum, Index, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateTimeScalar } from '../../common/scalars';
import { ApiToken } from './api-token.entity';
import { User } from './user.entity';

export enum SecurityEventKind {
  SIGN_IN = 'SIGN_IN',
  SIGN_IN_FAILED = 'SIGN_IN_FAILED',
  ACCOUNT_LOCKED = 'ACCOUNT_LOCKED',
  SIGN_OUT = 'SIGN_OUT',
  PASSWORD_CHANGED = 'PASSWORD_CHANGED',
  PASSWORD_RESET = 'PASSWORD_RESET',
  USER_CREATED = 'USER_CREATED',
  USER_UPDATED = 'USER_UPDATED',
  API_TOKEN_CREATED = 'API_TOKEN_CREATED',
  API_TOKEN_REVOKED = 'API_TOKEN_REVOKED',
}
registerEnumType(SecurityEventKind, { name: 'SecurityEventKind' });

/** One entry of the security log: sign-ins, sign-outs, accounts and tokens. Append-only (trigger). */
@ObjectType({ implements: NodeEntity, description: 'Sign-ins, sign-outs, account and token changes.' })
@Entity({ tableName: 'security_event' })
@Index({ properties: ['at'] })
@Index({ properties: ['user', 'at'] })
export class SecurityEvent extends NodeEntity {
  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  at: Opt<Date> = new Date();

  @Field(() => SecurityEventKind)
  @Enum({ items: () => SecurityEventKind, type: 'string', columnType: 'text' })
  kind!: SecurityEventKind;

  @Field(() => String, { nullable: true, description: 'The username as typed, for sign-ins (even unknown ones).' })
  @Property({ type: 'string', length: 200, nullable: true })
  username?: string | null;

  /** The account concerned. No foreign keys: the log outlives what it mentions. */
  @ManyToOne(() => User, { ref: true, nullable: true, createForeignKeyConstraint: false })
  user?: Ref<User> | null;

  /** Who did it, when not the account itself (an admin). */
  @ManyToOne(() => User, { ref: true, nullable: true, createForeignKeyConstraint: false })
  actor?: Ref<User> | null;

  @ManyToOne(() => ApiToken, { ref: true, nullable: true, createForeignKeyConstraint: false })
  apiToken?: Ref<ApiToken> | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 64, nullable: true })
  ip?: string | null;

  @Field(() => String, { nullable: true, description: 'What changed, in words.' })
  @Property({ type: 'text', nullable: true })
  detail?: string | null;
}
