import type { FilterQuery } from '@mikro-orm/core';
import { Arg, Ctx, FieldResolver, Int, Query, Resolver, Root } from 'type-graphql';
import { idOf } from '../../common/node';
import { connectionOf, decodeIdCursor, encodeCursor, pageSize } from '../../common/pagination';
import type { Context } from '../../context';
import { SecurityEventFilter } from './access.inputs';
import { SecurityEventConnection } from './access.payloads';
import { ApiToken } from './api-token.entity';
import { SecurityEvent } from './security-event.entity';
import { User } from './user.entity';

const CURSOR = 'security-event';

/** The security log, for admins. Every rule is in permissions.ts. */
@Resolver(() => SecurityEvent)
export class SecurityEventsResolver {
  @Query(() => SecurityEventConnection, {
    description: 'Sign-ins, sign-outs, account and token changes, newest first.',
  })
  async securityEvents(
    @Ctx() { em }: Context,
    @Arg('first', () => Int, { nullable: true }) first?: number | null,
    @Arg('after', () => String, { nullable: true }) after?: string | null,
    @Arg('filter', () => SecurityEventFilter, { nullable: true }) filter?: SecurityEventFilter | null,
  ): Promise<SecurityEventConnection> {
    const size = pageSize(first);
    const where: FilterQuery<SecurityEvent> = {};
    if (filter?.kind) where.kind = filter.kind;
    if (filter?.userId) where.user = idOf(User, filter.userId, 'filter.userId');
    if (filter?.from || filter?.to) {
      where.at = { ...(filter.from ? { $gte: filter.from } : {}), ...(filter.to ? { $lt: filter.to } : {}) };
    }
    const afterKey = decodeIdCursor(CURSOR, after);
    const [rows, totalCount] = await Promise.all([
      em.find(SecurityEvent, afterKey === null ? where : { ...where, id: { $lt: afterKey } }, {
        orderBy: { id: 'desc' },
        limit: size + 1,
      }),
      em.count(SecurityEvent, where),
    ]);
    const nodes = rows.slice(0, size);
    return Object.assign(
      new SecurityEventConnection(),
      connectionOf({
        nodes,
        cursors: nodes.map((node) => encodeCursor(CURSOR, node.id)),
        hasNextPage: rows.length > size,
        totalCount,
      }),
    );
  }

  @FieldResolver(() => User, { nullable: true, description: 'The account concerned.' })
  user(@Root() event: SecurityEvent): Promise<User | null> | null {
    return event.user ? event.user.load().then((user) => user ?? null) : null;
  }

  @FieldResolver(() => User, { nullable: true, description: 'The admin who acted, when not the account itself.' })
  actor(@Root() event: SecurityEvent): Promise<User | null> | null {
    return event.actor ? event.actor.load().then((user) => user ?? null) : null;
  }

  @FieldResolver(() => ApiToken, { nullable: true })
  apiToken(@Root() event: SecurityEvent): Promise<ApiToken | null> | null {
    return event.apiToken ? event.apiToken.load().then((token) => token ?? null) : null;
  }
}
