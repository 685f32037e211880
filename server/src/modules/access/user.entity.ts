import { Collection, Entity, Enum, ManyToMany, type Opt, Property } from '@mikro-orm/core';
import { Field, ObjectType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { DateTimeScalar } from '../../common/scalars';
import { AdminUnit } from '../places';
import { Role } from './role';

/** A person who signs in to the console. */
@ObjectType({ implements: NodeEntity })
@Entity({ tableName: 'app_user' })
export class User extends NodeEntity {
  /** Stored lower-case; sign-in is case-insensitive. */
  @Field(() => String)
  @Property({ type: 'string', length: 60, unique: true })
  username!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  displayName!: string;

  /** argon2id hash (PHC string); never exposed. */
  @Property({ type: 'text', hidden: true, lazy: true })
  passwordHash!: string;

  @Field(() => [Role])
  @Enum({ items: () => Role, array: true, type: 'string[]', columnType: 'text[]' })
  roles: Role[] = [];

  /** Communes a COMMUNE_OFFICER may edit; empty for district-wide roles. */
  @ManyToMany(() => AdminUnit, undefined, { pivotTable: 'user_commune_scope' })
  communeScope = new Collection<AdminUnit>(this);

  @Field(() => Boolean, { description: 'False once an admin disables the account: it can no longer sign in.' })
  @Property({ type: 'boolean', default: true })
  active: Opt<boolean> = true;

  @Field(() => DateTimeScalar)
  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Field(() => DateTimeScalar, { nullable: true })
  @Property({ type: 'datetime', nullable: true })
  lastSignInAt?: Date | null;
}
