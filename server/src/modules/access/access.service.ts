import { createHash } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestInfo, ViewerIdentity } from '../../context';
import { AccessErrorCode } from './access.errors';
import { ApiToken } from './api-token.entity';
import { burnPasswordCheck, hashPassword, passwordProblem, verifyPassword } from './password';
import { Role } from './role';
import { SecurityEventKind } from './security-event.entity';
import { logSecurityEvent } from './security-log';
import { SignInThrottle } from './sign-in-throttle.entity';
import type { TokenService } from './tokens';
import { User } from './user.entity';
import { UserSession } from './user-session.entity';

const MAX_CREDENTIAL_LENGTH = 1024;
export const API_TOKEN_PREFIX = 'ansinh_';

/** How repeated failed sign-ins of one username slow down and then lock (OWASP ASVS 2.2.1). */
export interface SignInPolicy {
  /** Failures after which each further attempt is answered late: delayMs, then doubling. */
  slowAfter: number;
  delayMs: number;
  maxDelayMs: number;
  /** Failures that lock the username for lockSeconds; failures older than that are forgotten. */
  lockAfter: number;
  lockSeconds: number;
}

export const DEFAULT_SIGN_IN_POLICY: SignInPolicy = {
  slowAfter: 3,
  delayMs: 1_000,
  maxDelayMs: 8_000,
  lockAfter: 10,
  lockSeconds: 15 * 60,
};

export const hashApiSecret = (secret: string): string => createHash('sha256').update(secret).digest('hex');

const normalizeUsername = (username: string) => username.trim().toLowerCase();

/** The active user with this username and password, or null (without saying which part was wrong). */
export const checkCredentials = async (em: EntityManager, username: string, password: string): Promise<User | null> => {
  const name = normalizeUsername(username);
  if (!name || name.length > MAX_CREDENTIAL_LENGTH || password.length > MAX_CREDENTIAL_LENGTH) {
    await burnPasswordCheck(password.slice(0, MAX_CREDENTIAL_LENGTH));
    return null;
  }
  const user = await em.findOne(User, { username: name, active: true }, { populate: ['passwordHash'] });
  if (!user) {
    await burnPasswordCheck(password);
    return null;
  }
  return (await verifyPassword(user.passwordHash, password)) ? user : null;
};

const identityOf = (user: User, communeIds: number[], sessionId: string | null = null): ViewerIdentity => ({
  user,
  roles: [...user.roles],
  communeIds,
  apiToken: null,
  sessionId,
});

/** Loads the identity of an active user; null when the user is gone or disabled. */
export const loadViewer = async (em: EntityManager, userId: number): Promise<ViewerIdentity | null> => {
  const user = await em.findOne(User, { id: userId, active: true }, { populate: ['communeScope'] });
  return user
    ? identityOf(
        user,
        user.communeScope.getItems().map((unit) => unit.id),
      )
    : null;
};

// lastUsedAt is a hint for admins, not a log: written at most this often per token.
const LAST_USED_RESOLUTION_MS = 60_000;

/**
 * Who is behind an Authorization header: a console token whose session is still open, or an API
 * token neither revoked nor expired, of an active user. Checked on every request (and every
 * subscription event), so sign-out, revocation and disabling take effect at once.
 */
export const authenticate = async (
  em: EntityManager,
  tokens: TokenService,
  authorization: unknown,
): Promise<ViewerIdentity | null> => {
  const match = typeof authorization === 'string' ? /^Bearer\s+(\S{1,2048})$/i.exec(authorization) : null;
  if (!match) return null;
  const secret = match[1];
  const now = new Date();
  if (secret.startsWith(API_TOKEN_PREFIX)) {
    const token = await em.findOne(
      ApiToken,
      { secretHash: hashApiSecret(secret), revokedAt: null, expiresAt: { $gt: now }, user: { active: true } },
      { populate: ['user'] },
    );
    if (!token) return null;
    if (!token.lastUsedAt || now.getTime() - token.lastUsedAt.getTime() > LAST_USED_RESOLUTION_MS) {
      await em.nativeUpdate(ApiToken, { id: token.id }, { lastUsedAt: now });
    }
    // A token only ever reads, as an analyst, within its scopes, whoever it was issued to.
    return {
      user: token.user.getEntity(),
      roles: [Role.ANALYST],
      communeIds: [],
      apiToken: { id: token.id, scopes: [...token.scopes] },
      sessionId: null,
    };
  }
  const claims = await tokens.verify(secret);
  if (!claims) return null;
  // Every request of the console passes here: one plain statement (the ORM's query building would
  // cost more than the query), its user merged into the request's identity map as an entity.
  const [row] = await em.getConnection().execute<SessionUserRow[]>(
    `select u.id, u.username, u.display_name, u.roles, u.active, u.created_at, u.last_sign_in_at,
            array(select c.admin_unit_id from user_commune_scope c where c.user_id = u.id order by c.admin_unit_id)
              as commune_ids
       from user_session s join app_user u on u.id = s.user_id
      where s.id = ? and s.user_id = ? and u.active and s.revoked_at is null and s.expires_at > ?`,
    [claims.sessionId, claims.userId, now],
  );
  if (!row) return null;
  const { commune_ids: communeIds, ...userColumns } = row;
  return identityOf(em.map(User, userColumns), communeIds, claims.sessionId);
};

interface SessionUserRow {
  id: number;
  username: string;
  display_name: string;
  roles: Role[];
  active: boolean;
  created_at: Date;
  last_sign_in_at: Date | null;
  commune_ids: number[];
}

export type SignInOutcome =
  | { ok: true; token: string; expiresAt: Date; identity: ViewerIdentity }
  | { ok: false; code: AccessErrorCode.INVALID_CREDENTIALS }
  | { ok: false; code: AccessErrorCode.ACCOUNT_LOCKED; retryAfterSeconds: number };

const secondsUntil = (instant: Date, now: Date) => Math.max(1, Math.ceil((instant.getTime() - now.getTime()) / 1000));

type Reservation =
  | { admitted: true; failures: number; lockedUntil: Date | null }
  | { admitted: false; lockedUntil: Date };

/**
 * Counts an attempt as a failure before its password is checked, in one statement: concurrent
 * attempts, in any server process, each get their own number, the one numbered lockAfter locks the
 * username, and none is admitted while it is locked. So at most lockAfter passwords are checked per
 * lock, however many arrive at once; a right one among them clears the count (and the lock).
 * Failures older than lockSeconds, or from before a lock that has ended, are forgotten.
 */
const reserveAttempt = async (em: EntityManager, username: string, policy: SignInPolicy): Promise<Reservation> => {
  const connection = em.getConnection();
  const [row] = await connection.execute<{ failures: number; locked_until: Date | null }[]>(
    `insert into sign_in_throttle as t (username, failures, last_failure_at, locked_until)
       values (?, 1, now(), case when 1 >= ? then now() + make_interval(secs => ?) end)
     on conflict (username) do update set
       failures = case when t.locked_until is not null or t.last_failure_at < now() - make_interval(secs => ?)
                       then 1 else t.failures + 1 end,
       last_failure_at = now(),
       locked_until = case when (case when t.locked_until is not null or t.last_failure_at < now() - make_interval(secs => ?)
                                      then 1 else t.failures + 1 end) >= ?
                           then now() + make_interval(secs => ?) end
     where t.locked_until is null or t.locked_until <= now()
     returning failures, locked_until`,
    [
      username,
      policy.lockAfter,
      policy.lockSeconds,
      policy.lockSeconds,
      policy.lockSeconds,
      policy.lockAfter,
      policy.lockSeconds,
    ],
  );
  if (row) {
    return {
      admitted: true,
      failures: row.failures,
      lockedUntil: row.locked_until ? new Date(row.locked_until) : null,
    };
  }
  // Locked: the row was left as it is. (Should the lock end between the two statements, "try again in 1 s" is true.)
  const [lock] = await connection.execute<{ locked_until: Date | null }[]>(
    'select locked_until from sign_in_throttle where username = ?',
    [username],
  );
  return { admitted: false, lockedUntil: lock?.locked_until ? new Date(lock.locked_until) : new Date() };
};

/** Checks a username and password under the throttle; on success opens a session and issues its token. */
export const signIn = async (
  em: EntityManager,
  tokens: TokenService,
  policy: SignInPolicy,
  request: RequestInfo,
  input: { username: string; password: string },
): Promise<SignInOutcome> => {
  const username = normalizeUsername(input.username).slice(0, 200);
  const reservation = await reserveAttempt(em, username, policy);
  if (!reservation.admitted) {
    logSecurityEvent(em, request, { kind: SecurityEventKind.SIGN_IN_FAILED, username, detail: 'account locked' });
    await em.flush();
    return {
      ok: false,
      code: AccessErrorCode.ACCOUNT_LOCKED,
      retryAfterSeconds: secondsUntil(reservation.lockedUntil, new Date()),
    };
  }
  const { failures, lockedUntil } = reservation;
  const earlierFailures = failures - 1;
  if (earlierFailures >= policy.slowAfter) {
    await sleep(Math.min(policy.delayMs * 2 ** (earlierFailures - policy.slowAfter), policy.maxDelayMs));
  }

  const user = await checkCredentials(em, input.username, input.password);
  if (!user) {
    // Already counted by the reservation.
    logSecurityEvent(em, request, {
      kind: SecurityEventKind.SIGN_IN_FAILED,
      username,
      detail: `failure ${failures} in a row`,
    });
    if (lockedUntil) {
      logSecurityEvent(em, request, {
        kind: SecurityEventKind.ACCOUNT_LOCKED,
        username,
        detail: `${failures} failed sign-ins; locked until ${lockedUntil.toISOString()}`,
      });
    }
    await em.flush();
    return lockedUntil
      ? { ok: false, code: AccessErrorCode.ACCOUNT_LOCKED, retryAfterSeconds: secondsUntil(lockedUntil, new Date()) }
      : { ok: false, code: AccessErrorCode.INVALID_CREDENTIALS };
  }

  return em.transactional(async (tx) => {
    const expiresAt = new Date(Date.now() + tokens.ttlSeconds * 1000);
    const session = tx.create(UserSession, {
      user,
      expiresAt,
      ip: request.ip?.slice(0, 64) ?? null,
      userAgent: request.userAgent?.slice(0, 300) ?? null,
    });
    await tx.nativeDelete(SignInThrottle, { username });
    user.lastSignInAt = new Date();
    logSecurityEvent(tx, request, { kind: SecurityEventKind.SIGN_IN, username, userId: user.id });
    await tx.flush();
    const identity = await loadViewer(tx, user.id);
    if (!identity) throw new Error('the user vanished while signing in');
    const token = await tokens.issue({ userId: user.id, sessionId: session.id }, expiresAt);
    return { ok: true as const, token, expiresAt, identity: { ...identity, sessionId: session.id } };
  });
};

/** Ends the viewer's session: its token is refused from the next request on. */
export const signOut = async (em: EntityManager, viewer: ViewerIdentity, request: RequestInfo): Promise<boolean> => {
  if (!viewer.sessionId) return false;
  return em.transactional(async (tx) => {
    const revoked = await tx.nativeUpdate(
      UserSession,
      { id: viewer.sessionId, revokedAt: null },
      { revokedAt: new Date() },
    );
    logSecurityEvent(tx, request, {
      kind: SecurityEventKind.SIGN_OUT,
      username: viewer.user.username,
      userId: viewer.user.id,
    });
    return revoked > 0;
  });
};

/** Revokes every open session of a user except `keep` (the one making a password change). */
export const revokeSessions = (em: EntityManager, userId: number, keep: string | null = null): Promise<number> =>
  em.nativeUpdate(
    UserSession,
    { user: userId, revokedAt: null, ...(keep ? { id: { $ne: keep } } : {}) },
    { revokedAt: new Date() },
  );

export type ChangePasswordOutcome = { ok: true } | { ok: false; code: AccessErrorCode; message: string; field: string };

/** The viewer's own password change: needs the current one; every other session of theirs ends. */
export const changePassword = async (
  em: EntityManager,
  viewer: ViewerIdentity,
  request: RequestInfo,
  input: { currentPassword: string; newPassword: string },
): Promise<ChangePasswordOutcome> => {
  const user = await em.findOneOrFail(User, viewer.user.id, { populate: ['passwordHash'] });
  if (
    input.currentPassword.length > MAX_CREDENTIAL_LENGTH ||
    !(await verifyPassword(user.passwordHash, input.currentPassword))
  ) {
    return {
      ok: false,
      code: AccessErrorCode.WRONG_PASSWORD,
      message: 'The current password is wrong.',
      field: 'currentPassword',
    };
  }
  const problem = passwordProblem(input.newPassword, user.username);
  if (problem) return { ok: false, code: AccessErrorCode.WEAK_PASSWORD, message: problem, field: 'newPassword' };
  if (input.newPassword === input.currentPassword) {
    return { ok: false, code: AccessErrorCode.SAME_PASSWORD, message: 'Choose a new password.', field: 'newPassword' };
  }
  const passwordHash = await hashPassword(input.newPassword);
  await em.transactional(async (tx) => {
    await tx.nativeUpdate(User, { id: user.id }, { passwordHash });
    await revokeSessions(tx, user.id, viewer.sessionId);
    logSecurityEvent(tx, request, {
      kind: SecurityEventKind.PASSWORD_CHANGED,
      username: user.username,
      userId: user.id,
    });
  });
  return { ok: true };
};
