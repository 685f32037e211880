import { Ctx, FieldResolver, Float, Resolver, Root } from 'type-graphql';
import type { Context } from '../../context';
import { type Plan, Target } from '../plan';
import { targetActual, targetMet } from './target-actual.service';

const actualOf = async (context: Context, target: Target): Promise<number | null> => {
  const plan = (await target.plan.load()) as Plan;
  return targetActual(context, { year: plan.year, unitId: target.unit.id, indicator: target.indicator });
};

/**
 * A target's actual value and whether it is met: fields of the plan's Target that the household
 * registry answers, so they live here and the plan module does not depend on the households one.
 */
@Resolver(() => Target)
export class TargetActualResolver {
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
}
