import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestInfo } from '../../context';
import { ApiToken } from './api-token.entity';
import { SecurityEvent, type SecurityEventKind } from './security-event.entity';
import { User } from './user.entity';

export interface SecurityEventInput {
  kind: SecurityEventKind;
  username?: string | null;
  userId?: number | null;
  actorId?: number | null;
  apiTokenId?: number | null;
  detail?: string | null;
}

/** Adds one entry to the security log; flushed with the caller's unit of work. */
export const logSecurityEvent = (em: EntityManager, request: RequestInfo, event: SecurityEventInput): void => {
  em.create(SecurityEvent, {
    kind: event.kind,
    username: event.username?.slice(0, 200) ?? null,
    user: event.userId ? em.getReference(User, event.userId) : null,
    actor: event.actorId ? em.getReference(User, event.actorId) : null,
    apiToken: event.apiTokenId ? em.getReference(ApiToken, event.apiTokenId) : null,
    ip: request.ip?.slice(0, 64) ?? null,
    detail: event.detail ?? null,
  });
};
