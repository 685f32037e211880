import {
  Arg,
  Ctx,
  Field,
  ID,
  ObjectType,
  Resolver,
  Root,
  type SubscribeResolverData,
  Subscription,
} from 'type-graphql';
import { notFound } from '../../common/errors';
import type { AllocationsChangedEvent as AllocationsChangedMessage } from '../../common/events';
import { idOf } from '../../common/node';
import type { Context } from '../../context';
import { User } from '../access';
import { Plan } from '../plan';
import { Allocation } from './allocation.entity';

@ObjectType({ description: "Cells of one plan's allocation grid that were just saved, by this or another server." })
export class AllocationsChangedEvent {
  @Field(() => Plan)
  plan!: Plan;

  @Field(() => [Allocation], { description: 'The changed cells as they are now, in the order they were saved.' })
  allocations!: Allocation[];

  @Field(() => User, { nullable: true, description: 'Who saved them; null when the system did.' })
  changedBy!: User | null;
}

@Resolver()
export class AllocationsChangedResolver {
  @Subscription(() => AllocationsChangedEvent, {
    description: "Every save to the plan's allocation grid, whichever server process made it.",
    subscribe: async ({ args, context }: SubscribeResolverData<unknown, { planId: string }, Context>) => {
      const planId = idOf(Plan, args.planId, 'planId');
      if (!(await context.em.count(Plan, planId))) throw notFound('plan');
      return context.eventBus.subscribe('ALLOCATIONS_CHANGED', (event) => event.planId === planId);
    },
  })
  // The context's EntityManager is a fresh fork per event (app.ts), so every event reads the database anew.
  async allocationsChanged(
    @Root() event: AllocationsChangedMessage,
    @Arg('planId', () => ID) _planId: string,
    @Ctx() { em }: Context,
  ): Promise<AllocationsChangedEvent> {
    const [plan, allocations, changedBy] = await Promise.all([
      em.findOneOrFail(Plan, event.planId),
      em.find(Allocation, { id: { $in: event.allocationIds }, envelope: { plan: event.planId } }),
      event.userId === null ? null : em.findOne(User, event.userId),
    ]);
    const byId = new Map(allocations.map((allocation) => [allocation.id, allocation]));
    return Object.assign(new AllocationsChangedEvent(), {
      plan,
      allocations: [...new Set(event.allocationIds)].flatMap((id) => byId.get(id) ?? []),
      changedBy,
    });
  }
}
