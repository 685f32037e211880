import { Entity, Enum, ManyToOne, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateTimeScalar } from '../../common/scalars';
import { ApiScope } from './api-scope';
import { User } from './user.entity';

export enum ApiTokenStatus {
  ACTIVE = 'ACTIVE',
  EXPIRED = 'EXPIRED',
  REVOKED = 'REVOKED',
}
registerEnumType(ApiTokenStatus, { name: 'ApiTokenStatus' });

/**
 * A bearer token for analytics tools. Only its SHA-256 is stored (the secret is 256 random bits, so
 * a slow hash adds nothing); the secret itself is shown once, when it is created.
 */
@ObjectType({ implements: NodeEntity, description: 'A read-only bearer token for analytics tools.' })
@Entity({ tableName: 'api_token' })
export class ApiToken extends NodeEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 100 })
  name!: string;

  @Field(() => String, { description: 'The start of the secret, to tell tokens apart (e.g. "ansinh_Xy3k…").' })
  @Property({ type: 'string', length: 20 })
  prefix!: string;

  @Property({ type: 'string', length: 64, unique: true, hidden: true })
  secretHash!: string;

  @Field(() => [ApiScope])
  @Enum({ items: () => ApiScope, array: true, type: 'string[]', columnType: 'text[]' })
  scopes: ApiScope[] = [];

  /** Requests made with the token go under this user's name, with the ANALYST role only. */
  @ManyToOne(() => User, { ref: true })
  user!: Ref<User>;

  @ManyToOne(() => User, { ref: true, nullable: true })
  createdBy?: Ref<User> | null;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  createdAt: Opt<Date> = new Date();

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime' })
  expiresAt!: Date;

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  revokedAt?: Date | null;

  @ManyToOne(() => User, { ref: true, nullable: true })
  revokedBy?: Ref<User> | null;

  @Field(() => DateTimeScalar, { nullable: true, description: 'Updated at most once a minute.' })
  @Property({ type: 'datetime', nullable: true })
  lastUsedAt?: Date | null;

  @Field(() => ApiTokenStatus)
  get status(): Opt<ApiTokenStatus> {
    if (this.revokedAt) return ApiTokenStatus.REVOKED;
    return this.expiresAt.getTime() <= Date.now() ? ApiTokenStatus.EXPIRED : ApiTokenStatus.ACTIVE;
  }
}
