import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { isTooLong, TEXT_LIMITS } from '../../common/text';
import { UserError } from '../../common/user-error';
import type { RequestInfo, ViewerIdentity } from '../../context';
import { AccessErrorCode } from './access.errors';
import { API_TOKEN_PREFIX, hashApiSecret } from './access.service';
import type { ApiScope } from './api-scope';
import { ApiToken } from './api-token.entity';
import { SecurityEventKind } from './security-event.entity';
import { logSecurityEvent } from './security-log';
import { User } from './user.entity';

const MAX_LIFETIME_DAYS = 366;

export type ApiTokenOutcome =
  | { apiToken: ApiToken; secret: string | null; userErrors: [] }
  | { apiToken: null; secret: null; userErrors: UserError[] };

const refused = (code: AccessErrorCode, message: string, field: string): ApiTokenOutcome => ({
  apiToken: null,
  secret: null,
  userErrors: [new UserError(code, message, ['input', field])],
});

/** Creates a token; its secret is returned here once and only its SHA-256 is kept. */
export const createApiToken = async (
  em: EntityManager,
  admin: ViewerIdentity,
  request: RequestInfo,
  values: { name: string; userId: number; scopes: ApiScope[]; expiresAt: Date },
): Promise<ApiTokenOutcome> => {
  const name = values.name.trim();
  if (!name || isTooLong(name, TEXT_LIMITS.apiTokenName)) {
    return refused(AccessErrorCode.NAME_REQUIRED, `A name of 1 to ${TEXT_LIMITS.apiTokenName.max} characters.`, 'name');
  }
  if (values.scopes.length === 0) return refused(AccessErrorCode.NO_SCOPES, 'Give at least one scope.', 'scopes');
  const now = Date.now();
  if (values.expiresAt.getTime() <= now) {
    return refused(AccessErrorCode.EXPIRY_IN_PAST, 'The expiry must be in the future.', 'expiresAt');
  }
  if (values.expiresAt.getTime() > now + MAX_LIFETIME_DAYS * 86_400_000) {
    return refused(AccessErrorCode.EXPIRY_TOO_FAR, `At most ${MAX_LIFETIME_DAYS} days from now.`, 'expiresAt');
  }
  const user = await em.findOne(User, { id: values.userId, active: true });
  if (!user) return refused(AccessErrorCode.USER_NOT_FOUND, 'No such active user.', 'userId');
  const secret = `${API_TOKEN_PREFIX}${randomBytes(32).toString('base64url')}`;
  return em.transactional(async (tx) => {
    const apiToken = tx.create(ApiToken, {
      name,
      prefix: secret.slice(0, API_TOKEN_PREFIX.length + 6),
      secretHash: hashApiSecret(secret),
      scopes: [...new Set(values.scopes)],
      user,
      createdBy: tx.getReference(User, admin.user.id),
      expiresAt: values.expiresAt,
    });
    await tx.flush();
    logSecurityEvent(tx, request, {
      kind: SecurityEventKind.API_TOKEN_CREATED,
      username: user.username,
      userId: user.id,
      actorId: admin.user.id,
      apiTokenId: apiToken.id,
      detail: `"${name}", scopes ${apiToken.scopes.join(', ')}, expires ${values.expiresAt.toISOString()}`,
    });
    return { apiToken, secret, userErrors: [] as [] };
  });
};

/** Revokes a token: the next request made with it is UNAUTHENTICATED. */
export const revokeApiToken = async (
  em: EntityManager,
  admin: ViewerIdentity,
  request: RequestInfo,
  id: number,
): Promise<ApiTokenOutcome> => {
  const apiToken = await em.findOne(ApiToken, id, { populate: ['user'] });
  if (!apiToken) return refused(AccessErrorCode.TOKEN_NOT_FOUND, 'No such token.', 'id');
  if (apiToken.revokedAt) return refused(AccessErrorCode.ALREADY_REVOKED, 'The token is already revoked.', 'id');
  return em.transactional(async (tx) => {
    apiToken.revokedAt = new Date();
    apiToken.revokedBy = tx.getReference(User, admin.user.id, { wrapped: true });
    logSecurityEvent(tx, request, {
      kind: SecurityEventKind.API_TOKEN_REVOKED,
      username: apiToken.user.getEntity().username,
      userId: apiToken.user.id,
      actorId: admin.user.id,
      apiTokenId: apiToken.id,
      detail: `"${apiToken.name}"`,
    });
    await tx.persist(apiToken).flush();
    return { apiToken, secret: null, userErrors: [] as [] };
  });
};
