import { Entity, Enum, ManyToOne, Property, type Ref } from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { AdminUnit } from '../places';

export enum ImplementingUnitKind {
  DISTRICT_OFFICE = 'DISTRICT_OFFICE',
  COMMUNE_COMMITTEE = 'COMMUNE_COMMITTEE',
  OTHER = 'OTHER',
}
registerEnumType(ImplementingUnitKind, { name: 'ImplementingUnitKind' });

/** A body that receives allocations (đơn vị thực hiện): a district office or a commune People's Committee. */
@ObjectType({
  implements: NodeEntity,
  description: "A body that receives allocations: a district office or a commune People's Committee.",
})
@Entity({ tableName: 'implementing_unit' })
export class ImplementingUnit extends NodeEntity {
  @Field(() => String)
  @Property({ type: 'string', length: 40, unique: true })
  code!: string;

  @Field(() => String)
  @Property({ type: 'string', length: 200 })
  name!: string;

  @Field(() => ImplementingUnitKind)
  @Enum({ items: () => ImplementingUnitKind, type: 'string' })
  kind!: ImplementingUnitKind;

  /** The district whose plans this unit works under. */
  @ManyToOne(() => AdminUnit, { ref: true, index: true })
  district!: Ref<AdminUnit>;

  /** Set for commune committees. */
  @ManyToOne(() => AdminUnit, { ref: true, nullable: true, index: true })
  commune?: Ref<AdminUnit>;
}
