import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from './common/event-bus';
import type { Role } from './modules/access/role';
import type { TokenService } from './modules/access/tokens';
import type { User } from './modules/access/user.entity';

/** Who is asking: the signed-in user and what they may do. */
export interface ViewerIdentity {
  user: User;
  roles: Role[];
  /** Ids of the communes this viewer may edit; empty for district-wide roles. */
  communeIds: number[];
}

export interface Context {
  /** A fork of the ORM's EntityManager, private to this request (over WebSocket: to one subscription event). */
  em: EntityManager;
  viewer: ViewerIdentity | null;
  tokens: TokenService;
  /** Change events from every server process, for subscriptions. */
  eventBus: EventBus;
}
