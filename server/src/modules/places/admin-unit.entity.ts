import { Collection, Entity, Enum, ManyToOne, OneToMany, type Opt, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../../common/node';

export enum AdminLevel {
  PROVINCE = 'PROVINCE',
  DISTRICT = 'DISTRICT',
  COMMUNE = 'COMMUNE',
  VILLAGE = 'VILLAGE',
}
registerEnumType(AdminLevel, { name: 'AdminLevel' });

/** A place in the administrative hierarchy: province > district > commune > village. */
@ObjectType({ implements: NodeEntity })
@Entity({ tableName: 'admin_unit' })
export class AdminUnit extends NodeEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => AdminLevel)
  @Enum({ items: () => AdminLevel, type: 'string' })
  level!: AdminLevel;

  @ManyToOne(() => AdminUnit, { ref: true, nullable: true, index: true })
  parent?: Ref<AdminUnit>;

  @OneToMany(
    () => AdminUnit,
    (unit) => unit.parent,
    { orderBy: { code: 'asc' } },
  )
  children = new Collection<AdminUnit>(this);

  /** Invented for demonstration (e.g. villages we have no official list of); shown as such. */
  @Field(() => Boolean, {
    description: 'True for places invented for demonstration, not taken from an official source.',
  })
  @Property({ type: 'boolean', default: false })
  synthetic: Opt<boolean> = false;
}
