import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, Field, FieldResolver, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { badUserInput } from '../../common/errors';
import { fromGlobalId, idOf } from '../../common/node';
import { decodeCursor, encodeCursor, PageInfo, pageSize } from '../../common/pagination';
import type { Context } from '../../context';
import { User } from '../access/user.entity';
import { ImplementingUnit } from '../plan/implementing-unit.entity';
import { Plan } from '../plan/plan.entity';
import { Allocation } from './allocation.entity';
import { AuditEntry } from './audit-entry.entity';
import { AuditEntity } from './budget.enums';
import { AuditLogFilter } from './budget.inputs';
import { Envelope } from './envelope.entity';

@ObjectType()
export class AuditEntryEdge {
  @Field(() => String)
  cursor!: string;

  @Field(() => AuditEntry)
  node!: AuditEntry;
}

@ObjectType()
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdge])
  edges!: AuditEntryEdge[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;
}

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
    @Arg('first', () => Int, { nullable: true }) first?: number,
    @Arg('after', () => String, { nullable: true }) after?: string,
    @Arg('filter', () => AuditLogFilter, { nullable: true }) filter?: AuditLogFilter,
  ): Promise<AuditEntryConnection> {
    const size = pageSize(first);
    const where: FilterQuery<AuditEntry> = {};
    if (filter?.planId) where.plan = idOf(Plan, filter.planId, 'filter.planId');
    if (filter?.userId) where.user = idOf(User, filter.userId, 'filter.userId');
    if (filter?.action) where.action = filter.action;
    if (filter?.entity) where.entity = filter.entity;
    if (filter?.entityId) {
      const decoded = fromGlobalId(filter.entityId);
      const entity = decoded && ENTITY_TYPES[decoded.type];
      if (!decoded || !entity)
        throw badUserInput('filter.entityId is not an envelope, allocation, plan or payment id', 'filter.entityId');
      Object.assign(where, { entity, entityId: decoded.id });
    }
    if (filter?.from || filter?.to) {
      where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    }
    const afterId = decodeCursor('audit', after);
    if (afterId !== null) {
      if (!/^\d+$/.test(afterId)) throw badUserInput('after is not a cursor from this list', 'after');
      where.id = { $lt: Number(afterId) };
    }
    const entries = await em.find(AuditEntry, where, { orderBy: { id: 'desc' }, limit: size + 1 });
    const page = entries.slice(0, size);
    return {
      edges: page.map((node) => ({ cursor: encodeCursor('audit', node.id), node })),
      pageInfo: {
        hasNextPage: entries.length > size,
        endCursor: page.length > 0 ? encodeCursor('audit', page[page.length - 1].id) : null,
      },
    };
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
