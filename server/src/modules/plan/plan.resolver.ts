import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { batchLoad } from '../../common/batch';
import { optionalEntityOf } from '../../common/references';
import { pgArray } from '../../common/sql';
import type { Context } from '../../context';
import { LegalDocument } from '../documents';
import { AdminLevel, AdminUnit } from '../places';
import { Deadline } from './deadline.entity';
import { ImplementingUnit } from './implementing-unit.entity';
import { Plan } from './plan.entity';
import { PlanUnit } from './plan-unit.entity';
import { ProgramComponent } from './program-component.entity';
import { Target } from './target.entity';

@ObjectType({ description: 'What a plan asks of one implementing unit (from its "Tổ chức thực hiện" section).' })
export class UnitDuties {
  @Field(() => ImplementingUnit)
  unit!: ImplementingUnit;

  @Field(() => [String])
  duties!: string[];
}

/** The plan's units in the plan's order; loaded once per request however many fields ask. */
const planUnitsOf = async (plan: Plan): Promise<PlanUnit[]> => (await plan.units.load()).getItems();

@Resolver(() => Plan)
export class PlanResolver {
  @Query(() => [Plan], { description: 'Plans, newest year first; one year when `year` is given.' })
  plans(@Ctx() { em }: Context, @Arg('year', () => Int, { nullable: true }) year?: number): Promise<Plan[]> {
    return em.find(Plan, year === undefined || year === null ? {} : { year }, { orderBy: { year: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => AdminUnit)
  district(@Root() plan: Plan): Promise<AdminUnit> {
    return plan.district.load() as Promise<AdminUnit>;
  }

  @FieldResolver(() => [LegalDocument], {
    description: 'The documents the plan rests on (căn cứ), in the order it cites them.',
  })
  async legalBases(@Root() plan: Plan): Promise<LegalDocument[]> {
    return (await plan.legalBases.load()).getItems();
  }

  @FieldResolver(() => LegalDocument, { description: 'The poverty standard the targets are measured by.' })
  standard(@Root() plan: Plan): Promise<LegalDocument> {
    return plan.standard.load() as Promise<LegalDocument>;
  }

  @FieldResolver(() => [ProgramComponent], {
    description: 'Every project and sub-project, ordered by code ("1", "2", "3", "3.1", "3.2", ...).',
  })
  async components(@Root() plan: Plan): Promise<ProgramComponent[]> {
    return (await plan.components.load()).getItems();
  }

  @FieldResolver(() => [Target], { description: 'District targets first, then communes by name.' })
  async targets(@Root() plan: Plan, @Ctx() { em }: Context): Promise<Target[]> {
    const targets = await em.find(
      Target,
      { plan },
      { populate: ['unit'], orderBy: { unit: { name: 'asc' }, indicator: 'asc' } },
    );
    const districtFirst = (target: Target) => (target.unit.getEntity().level === AdminLevel.DISTRICT ? 0 : 1);
    return targets.sort((a, b) => districtFirst(a) - districtFirst(b));
  }

  @FieldResolver(() => [Deadline])
  async deadlines(@Root() plan: Plan): Promise<Deadline[]> {
    return (await plan.deadlines.load()).getItems();
  }

  @FieldResolver(() => [ImplementingUnit], {
    description: 'District offices first, then commune committees, as the plan lists them.',
  })
  async implementingUnits(@Root() plan: Plan): Promise<ImplementingUnit[]> {
    return Promise.all((await planUnitsOf(plan)).map((planUnit) => planUnit.unit.load() as Promise<ImplementingUnit>));
  }

  @FieldResolver(() => [UnitDuties])
  async unitDuties(@Root() plan: Plan): Promise<UnitDuties[]> {
    const planUnits = await planUnitsOf(plan);
    await Promise.all(planUnits.map((planUnit) => planUnit.unit.load()));
    return planUnits.map((planUnit) =>
      Object.assign(new UnitDuties(), { unit: planUnit.unit.getEntity(), duties: planUnit.duties }),
    );
  }
}

/** A component's lists of activities and outputs, fetched for every component of the request at once. */
const textsOf = async (
  context: Context,
  component: ProgramComponent,
): Promise<{ activities: string[]; outputs: string[] }> => {
  const fetch = async (ids: number[]) => {
    const rows = await context.em
      .getConnection()
      .execute<{ id: number; activities: string[]; outputs: string[] }[]>(
        'select id, activities, outputs from program_component where id = any(?::int[])',
        [pgArray(ids)],
      );
    return new Map(rows.map((row) => [row.id, row]));
  };
  return (await batchLoad(context, 'component.texts', fetch, component.id)) ?? { activities: [], outputs: [] };
};

@Resolver(() => ProgramComponent)
export class ProgramComponentResolver {
  @FieldResolver(() => [String], { description: 'Nội dung hoạt động.' })
  async activities(@Root() component: ProgramComponent, @Ctx() context: Context): Promise<string[]> {
    return (await textsOf(context, component)).activities;
  }

  @FieldResolver(() => [String], { description: 'Kết quả đầu ra.' })
  async outputs(@Root() component: ProgramComponent, @Ctx() context: Context): Promise<string[]> {
    return (await textsOf(context, component)).outputs;
  }

  @FieldResolver(() => ProgramComponent, { nullable: true })
  parent(@Root() component: ProgramComponent): ProgramComponent | Promise<ProgramComponent> | null {
    return optionalEntityOf(component.parent);
  }

  @FieldResolver(() => [ProgramComponent])
  async children(@Root() component: ProgramComponent): Promise<ProgramComponent[]> {
    return (await component.children.load()).getItems();
  }

  @FieldResolver(() => [ImplementingUnit], { description: 'Units the plan makes responsible for this component.' })
  async leadUnits(@Root() component: ProgramComponent): Promise<ImplementingUnit[]> {
    return (await component.leadUnits.load()).getItems();
  }
}

@Resolver(() => ImplementingUnit)
export class ImplementingUnitResolver {
  @FieldResolver(() => AdminUnit, { nullable: true, description: 'Set for commune committees.' })
  commune(@Root() unit: ImplementingUnit): Promise<AdminUnit | null> {
    return unit.commune ? unit.commune.load() : Promise.resolve(null);
  }
}
