import { Arg, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root } from 'type-graphql';
import { idOf } from '../../common/node';
import type { Context } from '../../context';
import { targetActual, targetMet } from '../households/target-actual.service';
import { AdminUnit } from '../places/admin-unit.entity';
import { Plan } from './plan.entity';
import { Target } from './target.entity';
import { SetTargetInput } from './target.inputs';
import { SetTargetPayload } from './target.payloads';
import { setTarget } from './target.service';

const actualOf = async (context: Context, target: Target): Promise<number | null> => {
  const plan = (await target.plan.load()) as Plan;
  return targetActual(context, { year: plan.year, unitId: target.unit.id, indicator: target.indicator });
};

@Resolver(() => Target)
export class TargetResolver {
  @Mutation(() => SetTargetPayload, {
    description: "Creates or changes one commune's target (from the plan's appendix).",
  })
  async setTarget(
    @Arg('input', () => SetTargetInput) input: SetTargetInput,
    @Ctx() { em }: Context,
  ): Promise<SetTargetPayload> {
    const result = await setTarget(em, {
      planId: idOf(Plan, input.planId, 'planId'),
      unitId: idOf(AdminUnit, input.unitId, 'unitId'),
      indicator: input.indicator,
      comparator: input.comparator,
      value: input.value,
      baseline: input.baseline ?? null,
      expectedVersion: input.expectedVersion ?? null,
    });
    return Object.assign(new SetTargetPayload(), result);
  }

  @FieldResolver(() => AdminUnit, { description: 'The district or one commune.' })
  unit(@Root() target: Target): Promise<AdminUnit> {
    return target.unit.load() as Promise<AdminUnit>;
  }

  @FieldResolver(() => Float, { description: 'Percent or percentage points, e.g. 32.73.' })
  value(@Root() target: Target): number {
    return Number(target.value);
  }

  @FieldResolver(() => Float, { nullable: true })
  baseline(@Root() target: Target): number | null {
    return target.baseline === null || target.baseline === undefined ? null : Number(target.baseline);
  }

  // From the household registry: the plan year's rate, or last year's minus this year's.
  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Computed from the household registry where the indicator allows; null while unknown.',
  })
  async actual(@Root() target: Target, @Ctx() context: Context): Promise<number | null> {
    const actual = await actualOf(context, target);
    return actual === null ? null : actual / 100;
  }

  @FieldResolver(() => Boolean, { nullable: true })
  async met(@Root() target: Target, @Ctx() context: Context): Promise<boolean | null> {
    return targetMet(await actualOf(context, target), target.comparator, target.value);
  }

  @FieldResolver(() => Int, { description: 'Increases on every change; send it back as expectedVersion.' })
  version(@Root() target: Target): number {
    return target.version;
  }
}
