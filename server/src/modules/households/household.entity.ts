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
import { DateScalar } from '../../common/scalars';
import { AdminUnit } from '../places';
import { AreaType, Relation, Sex } from './households.enums';

/**
 * A household of the registry (sổ hộ). The code is the key shared with MIS POSASoft: importing a
 * file again updates the household with that code. Personal fields (the members, the head's name)
 * are served only to roles with personal-data access.
 */
@ObjectType({ implements: NodeEntity })
@Entity({ tableName: 'household' })
@Index({ properties: ['commune', 'id'] })
export class Household extends NodeEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @ManyToOne(() => AdminUnit, { ref: true, index: true })
  village!: Ref<AdminUnit>;

  /** The village's commune, kept with the row: every scope check and rate groups by it. */
  @ManyToOne(() => AdminUnit, { ref: true })
  commune!: Ref<AdminUnit>;

  @Field(() => AreaType)
  @Enum({ items: () => AreaType, type: 'string' })
  areaType!: AreaType;

  @Field(() => Boolean)
  @Property({ type: 'boolean' })
  ethnicMinority!: boolean;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'When the household became independent (tách hộ); Project 5 asks for 3 years.',
  })
  @Property({ type: 'date', columnType: 'date', nullable: true })
  independentSince?: string | null;

  @Field(() => Boolean, { description: 'Already supported by another housing programme (e.g. Decision 1719).' })
  @Property({ type: 'boolean', default: false })
  otherHousingSupport: Opt<boolean> = false;

  @Field(() => Boolean, { description: 'Invented for demonstration, not a real household.' })
  @Property({ type: 'boolean', default: false })
  synthetic: Opt<boolean> = false;

  @Property({ type: 'datetime', defaultRaw: 'now()' })
  updatedAt: Opt<Date> = new Date();

  @OneToMany(
    () => HouseholdMember,
    (member) => member.household,
    { orderBy: { position: 'asc' } },
  )
  members = new Collection<HouseholdMember>(this);
}

/** One person of a household. Personal data. */
@ObjectType({ description: 'One person of a household (personal data).' })
@Check({
  name: 'household_member_birth_year',
  expression: '(birth_year IS NULL) OR ((birth_year >= 1890) AND (birth_year <= 2100))',
})
@Entity({ tableName: 'household_member' })
@Unique({ properties: ['household', 'position'] })
export class HouseholdMember {
  @Property({ type: 'integer', primary: true, autoincrement: true })
  id!: number;

  @ManyToOne(() => Household, { ref: true, deleteRule: 'cascade' })
  household!: Ref<Household>;

  /** Order within the household as the file lists it (1 = first row). */
  @Field(() => Int)
  @Property({ type: 'smallint' })
  position!: number;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => Sex, { nullable: true })
  @Enum({ items: () => Sex, type: 'string', nullable: true })
  sex?: Sex | null;

  @Field(() => Int, { nullable: true })
  @Property({ type: 'smallint', nullable: true })
  birthYear?: number | null;

  @Field(() => String, { nullable: true })
  @Property({ type: 'string', length: 60, nullable: true })
  ethnicity?: string | null;

  @Field(() => Boolean)
  @Property({ type: 'boolean', default: false })
  disability: Opt<boolean> = false;

  @Field(() => Relation)
  @Enum({ items: () => Relation, type: 'string' })
  relation!: Relation;
}
