import {
  Collection,
  Entity,
  Enum,
  ManyToMany,
  ManyToOne,
  OneToMany,
  type Opt,
  Property,
  type Ref,
  Unique,
} from '@mikro-orm/core';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NodeEntity } from '../../common/node';
import { LegalDocument } from '../documents';
import { AdminUnit } from '../places';
import { Deadline } from './deadline.entity';
import { PlanUnit } from './plan-unit.entity';
import { ProgramComponent } from './program-component.entity';
import { Target } from './target.entity';

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ISSUED = 'ISSUED',
  CLOSED = 'CLOSED',
}
registerEnumType(PlanStatus, { name: 'PlanStatus' });

/** A district's yearly plan (kế hoạch) for the programme. */
@ObjectType({ implements: NodeEntity })
@Entity({ tableName: 'plan' })
@Unique({ properties: ['district', 'year'] })
export class Plan extends NodeEntity {
  @Field(() => Int)
  @Property({ type: 'integer' })
  year!: number;

  @Field(() => String)
  @Property({ type: 'text' })
  title!: string;

  @ManyToOne(() => AdminUnit, { ref: true })
  district!: Ref<AdminUnit>;

  @Field(() => PlanStatus)
  @Enum({ items: () => PlanStatus, type: 'string' })
  status!: PlanStatus;

  @ManyToMany(() => LegalDocument, undefined, {
    pivotTable: 'plan_legal_basis',
    fixedOrder: true,
    fixedOrderColumn: 'position',
  })
  legalBases = new Collection<LegalDocument>(this);

  /** The poverty standard the plan's targets are measured by (Decree 07/2021/NĐ-CP for 2022-2025). */
  @ManyToOne(() => LegalDocument, { ref: true })
  standard!: Ref<LegalDocument>;

  @Field(() => [String], { description: 'Purposes and requirements (Mục đích, yêu cầu) as the plan states them.' })
  @Property({ type: 'text[]' })
  purposes: string[] = [];

  @OneToMany(
    () => ProgramComponent,
    (component) => component.plan,
    { orderBy: { position: 'asc' } },
  )
  components = new Collection<ProgramComponent>(this);

  @OneToMany(
    () => Target,
    (target) => target.plan,
  )
  targets = new Collection<Target>(this);

  @OneToMany(
    () => Deadline,
    (deadline) => deadline.plan,
    { orderBy: { dueOn: 'asc' } },
  )
  deadlines = new Collection<Deadline>(this);

  @OneToMany(
    () => PlanUnit,
    (planUnit) => planUnit.plan,
    { orderBy: { position: 'asc' } },
  )
  units = new Collection<PlanUnit>(this);

  @Property({ type: 'datetime', onCreate: () => new Date() })
  createdAt: Opt<Date> = new Date();

  @Property({ type: 'datetime', onCreate: () => new Date(), onUpdate: () => new Date() })
  updatedAt: Opt<Date> = new Date();
}
