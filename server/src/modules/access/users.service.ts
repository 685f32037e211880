import type { EntityManager } from '@mikro-orm/postgresql';
import { isTooLong, TEXT_LIMITS } from '../../common/text';
import { UserError } from '../../common/user-error';
import type { RequestInfo, ViewerIdentity } from '../../context';
import { AdminLevel, AdminUnit } from '../places';
import { AccessErrorCode } from './access.errors';
import { revokeSessions } from './access.service';
import { hashPassword, passwordProblem } from './password';
import { Role } from './role';
import { SecurityEventKind } from './security-event.entity';
import { logSecurityEvent } from './security-log';
import { SignInThrottle } from './sign-in-throttle.entity';
import { User } from './user.entity';

const USERNAME = new RegExp(`^[a-z0-9._-]{3,${TEXT_LIMITS.username.max}}$`);

const DISPLAY_NAME_RULE = `A name of 1 to ${TEXT_LIMITS.displayName.max} characters.`;

export type UserOutcome = { user: User; userErrors: [] } | { user: null; userErrors: UserError[] };

const refused = (code: AccessErrorCode, message: string, field: string): UserOutcome => ({
  user: null,
  userErrors: [new UserError(code, message, ['input', field])],
});

/** The communes for a set of roles, or why they do not fit (only commune officers have communes). */
const checkCommuneScope = async (
  em: EntityManager,
  roles: Role[],
  communeIds: number[],
): Promise<AdminUnit[] | UserOutcome> => {
  const officer = roles.includes(Role.COMMUNE_OFFICER);
  if (officer && communeIds.length === 0) {
    return refused(AccessErrorCode.COMMUNE_SCOPE_REQUIRED, 'A commune officer needs a commune.', 'communeIds');
  }
  if (!officer && communeIds.length > 0) {
    return refused(AccessErrorCode.COMMUNE_SCOPE_NOT_ALLOWED, 'Only commune officers have communes.', 'communeIds');
  }
  const communes = await em.find(AdminUnit, { id: { $in: communeIds }, level: AdminLevel.COMMUNE });
  if (communes.length !== new Set(communeIds).size) {
    return refused(AccessErrorCode.NOT_A_COMMUNE, 'Every id must be a commune.', 'communeIds');
  }
  return communes;
};

export interface CreateUserValues {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
  communeIds: number[];
}

export const createUser = async (
  em: EntityManager,
  admin: ViewerIdentity,
  request: RequestInfo,
  values: CreateUserValues,
): Promise<UserOutcome> => {
  const username = values.username.trim().toLowerCase();
  const displayName = values.displayName.trim();
  if (!USERNAME.test(username)) {
    return refused(AccessErrorCode.INVALID_USERNAME, '3 to 60 of a-z, 0-9, dot, dash, underscore.', 'username');
  }
  if (!displayName || isTooLong(displayName, TEXT_LIMITS.displayName)) {
    return refused(AccessErrorCode.DISPLAY_NAME_REQUIRED, DISPLAY_NAME_RULE, 'displayName');
  }
  if (values.roles.length === 0) return refused(AccessErrorCode.NO_ROLES, 'Give at least one role.', 'roles');
  const problem = passwordProblem(values.password, username);
  if (problem) return refused(AccessErrorCode.WEAK_PASSWORD, problem, 'password');
  const communes = await checkCommuneScope(em, values.roles, values.communeIds);
  if (!Array.isArray(communes)) return communes;
  if (await em.count(User, { username })) {
    return refused(AccessErrorCode.USERNAME_TAKEN, 'That username is taken.', 'username');
  }
  const passwordHash = await hashPassword(values.password);
  return em.transactional(async (tx) => {
    const user = tx.create(User, { username, displayName, passwordHash, roles: [...new Set(values.roles)] });
    user.communeScope.set(communes.map((commune) => tx.getReference(AdminUnit, commune.id)));
    await tx.flush();
    logSecurityEvent(tx, request, {
      kind: SecurityEventKind.USER_CREATED,
      username,
      userId: user.id,
      actorId: admin.user.id,
      detail: `roles ${user.roles.join(', ')}${communes.length ? `; communes ${communes.map((c) => c.name).join(', ')}` : ''}`,
    });
    return { user, userErrors: [] as [] };
  });
};

export interface UpdateUserValues {
  id: number;
  displayName?: string | null;
  roles?: Role[] | null;
  communeIds?: number[] | null;
  active?: boolean | null;
  unlock?: boolean | null;
}

/** Changes an account; disabling it ends its sessions. An admin cannot lock themselves out. */
export const updateUser = async (
  em: EntityManager,
  admin: ViewerIdentity,
  request: RequestInfo,
  values: UpdateUserValues,
): Promise<UserOutcome> => {
  const user = await em.findOne(User, values.id, { populate: ['communeScope'] });
  if (!user) return refused(AccessErrorCode.USER_NOT_FOUND, 'No such user.', 'id');
  const changes: string[] = [];
  const roles = values.roles ? [...new Set(values.roles)] : user.roles;
  if (values.roles && roles.length === 0) return refused(AccessErrorCode.NO_ROLES, 'Give at least one role.', 'roles');
  if (user.id === admin.user.id && (!roles.includes(Role.ADMIN) || values.active === false)) {
    return refused(AccessErrorCode.CANNOT_LOCK_OUT_SELF, 'You cannot remove your own admin access.', 'id');
  }
  if (values.displayName != null) {
    const displayName = values.displayName.trim();
    if (!displayName || isTooLong(displayName, TEXT_LIMITS.displayName)) {
      return refused(AccessErrorCode.DISPLAY_NAME_REQUIRED, DISPLAY_NAME_RULE, 'displayName');
    }
    if (displayName !== user.displayName) changes.push(`name "${user.displayName}" → "${displayName}"`);
    user.displayName = displayName;
  }
  const communeIds =
    values.communeIds ?? (roles.includes(Role.COMMUNE_OFFICER) ? user.communeScope.getIdentifiers<number>() : []);
  const communes = await checkCommuneScope(em, roles, communeIds);
  if (!Array.isArray(communes)) return communes;
  if (roles.join() !== user.roles.join()) changes.push(`roles ${user.roles.join(', ')} → ${roles.join(', ')}`);
  user.roles = roles;
  const before = user.communeScope.getIdentifiers<number>().sort().join();
  if (
    communes
      .map((c) => c.id)
      .sort()
      .join() !== before
  ) {
    changes.push(`communes → ${communes.map((c) => c.name).join(', ') || 'none'}`);
  }
  user.communeScope.set(communes.map((commune) => em.getReference(AdminUnit, commune.id)));
  const disabling = values.active === false && user.active;
  if (values.active != null && values.active !== user.active) changes.push(values.active ? 'enabled' : 'disabled');
  if (values.active != null) user.active = values.active;

  await em.transactional(async (tx) => {
    if (values.unlock && (await tx.nativeDelete(SignInThrottle, { username: user.username }))) changes.push('unlocked');
    if (disabling) await revokeSessions(tx, user.id);
    if (changes.length > 0) {
      logSecurityEvent(tx, request, {
        kind: SecurityEventKind.USER_UPDATED,
        username: user.username,
        userId: user.id,
        actorId: admin.user.id,
        detail: changes.join('; '),
      });
    }
    await tx.persist(user).flush();
  });
  return { user, userErrors: [] };
};

/** An admin sets a new password: every session of the user ends and any lock is lifted. */
export const resetUserPassword = async (
  em: EntityManager,
  admin: ViewerIdentity,
  request: RequestInfo,
  values: { userId: number; newPassword: string },
): Promise<UserOutcome> => {
  const user = await em.findOne(User, values.userId);
  if (!user) return refused(AccessErrorCode.USER_NOT_FOUND, 'No such user.', 'userId');
  const problem = passwordProblem(values.newPassword, user.username);
  if (problem) return refused(AccessErrorCode.WEAK_PASSWORD, problem, 'newPassword');
  const passwordHash = await hashPassword(values.newPassword);
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
    await revokeSessions(tx, user.id);
    await tx.nativeDelete(SignInThrottle, { username: user.username });
    logSecurityEvent(tx, request, {
      kind: SecurityEventKind.PASSWORD_RESET,
      username: user.username,
      userId: user.id,
      actorId: admin.user.id,
    });
  });
  return { user, userErrors: [] };
};
