import type { EntityManager } from '@mikro-orm/postgresql';
import type { EventBus } from './common/event-bus';
import type { ApiScope, Role, SignInPolicy, TokenService, User } from './modules/access';

/** Who is asking: the signed-in user (or the user an API token was issued to) and what they may do. */
export interface ViewerIdentity {
  user: User;
  /** For an API token always [ANALYST]: a token reads, whoever it was issued to. */
  roles: Role[];
  /** Ids of the communes this viewer may edit; empty for district-wide roles. */
  communeIds: number[];
  /** Set when the caller is an API token rather than a console sign-in. */
  apiToken: { id: number; scopes: ApiScope[] } | null;
  /** The sign-in session behind a console token (revoked by sign-out); null for API tokens. */
  sessionId: string | null;
}

/** Where a request came from, for the security log and rate limits. */
export interface RequestInfo {
  ip: string | null;
  userAgent: string | null;
}

export interface Context {
  /** A fork of the ORM's EntityManager, private to this request (over WebSocket: to one subscription event). */
  em: EntityManager;
  viewer: ViewerIdentity | null;
  tokens: TokenService;
  signInPolicy: SignInPolicy;
  /** Change events from every server process, for subscriptions. */
  eventBus: EventBus;
  request: RequestInfo;
}
