import { Arg, Ctx, FieldResolver, Float, Int, Mutation, Resolver, Root } from 'type-graphql';
import { idOf } from '../../common/node';
import type { Context } from '../../context';
import { AdminUnit } from '../places';
import { Plan } from './plan.entity';
import { Target } from './target.entity';
import { SetTargetInput } from './target.inputs';
import { SetTargetPayload } from './target.payloads';
import { setTarget } from './target.service';

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

  @FieldResolver(() => Int, { description: 'Increases on every change; send it back as expectedVersion.' })
  version(@Root() target: Target): number {
    return target.version;
  }
}
