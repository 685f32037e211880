import {
  Collection,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { ImplementingUnit } from './implementing-unit.entity';
import { Plan } from './plan.entity';

export enum ComponentKind {
  PROJECT = 'PROJECT',
  SUBPROJECT = 'SUBPROJECT',
}
registerEnumType(ComponentKind, { name: 'ComponentKind' });

/** A project (dự án) or sub-project (tiểu dự án) of the programme as a plan describes it. */
@ObjectType({ implements: NodeEntity })
@Entity({ tableName: 'program_component' })
@Unique({ properties: ['plan', 'code'] })
export class ProgramComponent extends NodeEntity {
  @ManyToOne(() => Plan, { ref: true })
  plan!: Ref<Plan>;

  @Field(() => String, { description: '"1" .. "7" for projects, "3.1" style for sub-projects.' })
  @Property({ type: 'string', length: 10 })
  code!: string;

  @Field(() => String)
  @Property({ type: 'text' })
  name!: string;

  @Field(() => ComponentKind)
  @Enum({ items: () => ComponentKind, type: 'string' })
  kind!: ComponentKind;

  @ManyToOne(() => ProgramComponent, { ref: true, nullable: true, index: true })
  parent?: Ref<ProgramComponent>;

  @OneToMany(
    () => ProgramComponent,
    (component) => component.parent,
    { orderBy: { position: 'asc' } },
  )
  children = new Collection<ProgramComponent>(this);

  /** Order within the plan: 1, 2, 3, 3.1, 3.2, 4, ... */
  @Property({ type: 'integer' })
  position!: number;

  @Field(() => String, { description: 'Mục tiêu.' })
  @Property({ type: 'text' })
  objective!: string;

  @Field(() => String, { description: 'Đối tượng thụ hưởng.' })
  @Property({ type: 'text' })
  beneficiaries!: string;

  /**
   * The plan's long texts, read only when asked for (ProgramComponentResolver): a grid or a summary
   * lists hundreds of components and would otherwise parse their every line.
   */
  @Property({ type: 'text[]', lazy: true })
  activities: string[] = [];

  @Property({ type: 'text[]', lazy: true })
  outputs: string[] = [];

  /** Units the plan makes responsible for carrying the component out. */
  @ManyToMany(() => ImplementingUnit, undefined, { pivotTable: 'component_lead_unit' })
  leadUnits = new Collection<ImplementingUnit>(this);
}
