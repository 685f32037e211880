import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../common/errors';
import { fromGlobalId, idOf } from '../../common/node';
import { connectionOf, pageSize } from '../../common/pagination';
import type { Context } from '../../context';
import { User } from '../access';
import { ImplementingUnit, Plan } from '../plan';
import { Allocation } from './allocation.entity';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntity } from './budget.enums';
import { AuditLogFilter } from './budget.inputs';
import { AuditEntryConnection } from './budget.payloads';
import { listAuditEntries } from './budget-lists.service';
import { Envelope } from './envelope.entity';

const ENTITY_TYPES: Record<string, AuditEntity> = {
  Envelope: AuditEntity.ENVELOPE,
  Allocation: AuditEntity.ALLOCATION,
  Plan: AuditEntity.PLAN,
  Disbursement: AuditEntity.DISBURSEMENT,
};

const detail = (entry: AuditEntry, key: string): number | null => {
  const value = entry.details?.[key];
  return typeof value === 'number' ? value : null;
};

// Related objects load through references: the dataloader batches a page's worth into one query each.
@Resolver(() => AuditEntry)
export class AuditResolver {
  @Query(() => AuditEntryConnection, { description: 'Every change to the budget, newest first.' })
  async auditLog(
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter | null,
  ): Promise<AuditEntryConnection> {
    let about: { entity: AuditEntity; entityId: number } | undefined;
    if (filter?.entityId) {
      const decoded = fromGlobalId(filter.entityId);
      const entity = decoded && ENTITY_TYPES[decoded.type];
      if (!decoded || !entity)
        throw badUserInput('filter.entityId is not an envelope, allocation, plan or payment id', 'filter.entityId');
      about = { entity, entityId: decoded.id };
    }
    const page = await listAuditEntries(em, {
      first: pageSize(first),
      after: after ?? null,
      filter: {
        planId: filter?.planId ? idOf(Plan, filter.planId, 'filter.planId') : undefined,
        userId: filter?.userId ? idOf(User, filter.userId, 'filter.userId') : undefined,
        action: filter?.action ?? undefined,
        entity: filter?.entity ?? undefined,
        // An entity id says which entity it is about, whatever `entity` says.
        ...(about ?? {}),
        from: filter?.from ?? undefined,
        to: filter?.to ?? undefined,
      },
    });
    return connectionOf(page);
  }

  @FieldResolver(() => User, { nullable: true, description: 'Who made the change.' })
  user(@Root() entry: AuditEntry): Promise<User | null> {
    return entry.user ? entry.user.load() : Promise.resolve(null);
  }

  @FieldResolver(() => Plan)
  plan(@Root() entry: AuditEntry): Promise<Plan> {
    return entry.plan.load() as Promise<Plan>;
  }

  @FieldResolver(() => Envelope, {
    nullable: true,
    description: 'The envelope changed, or the envelope of the cell changed.',
  })
  envelope(@Root() entry: AuditEntry, @Ctx() { em }: Context): Promise<Envelope | null> {
    const id = entry.entity === AuditEntity.ENVELOPE ? entry.entityId : detail(entry, 'envelopeId');
    return id ? em.getReference(Envelope, id, { wrapped: true }).load() : Promise.resolve(null);
  }

  @FieldResolver(() => Allocation, { nullable: true, description: 'The cell changed or paid from.' })
  allocation(@Root() entry: AuditEntry, @Ctx() { em }: Context): Promise<Allocation | null> {
    const id = entry.entity === AuditEntity.ALLOCATION ? entry.entityId : detail(entry, 'allocationId');
    return id ? em.getReference(Allocation, id, { wrapped: true }).load() : Promise.resolve(null);
  }

  @FieldResolver(() => ImplementingUnit, { nullable: true, description: 'The unit of the cell changed.' })
  unit(@Root() entry: AuditEntry, @Ctx() { em }: Context): Promise<ImplementingUnit | null> {
    const id = detail(entry, 'unitId');
    return id ? em.getReference(ImplementingUnit, id, { wrapped: true }).load() : Promise.resolve(null);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'For a payment: the date the treasury paid (YYYY-MM-DD).',
  })
  paidOn(@Root() entry: AuditEntry): string | null {
    const value = entry.details?.paidOn;
    return typeof value === 'string' ? value : null;
  }
}
