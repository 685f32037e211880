import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { jwtVerify, SignJWT } from 'jose';
import { AppSetting } from './app-setting.entity';

const ISSUER = 'ansinh';
const SECRET_KEY = 'auth.signing-key';

/** What a console token carries: whose it is and the session it belongs to. */
export interface SessionClaims {
  userId: number;
  sessionId: string;
}

export interface TokenService {
  /** How long a console token (and its session) lasts. */
  ttlSeconds: number;
  issue(claims: SessionClaims, expiresAt: Date): Promise<string>;
  /** The claims of a well-signed, unexpired token; null for anything else (the session is checked apart). */
  verify(token: string): Promise<SessionClaims | null>;
}

/**
 * The signing key is AUTH_SECRET when configured; otherwise one random key is generated once and
 * kept in the database, so that tokens survive restarts and every API process accepts them.
 */
export const loadSigningKey = async (em: EntityManager, configured: string | undefined): Promise<Uint8Array> => {
  if (configured) {
    if (configured.length < 32) throw new Error('AUTH_SECRET must be at least 32 characters');
    return new TextEncoder().encode(configured);
  }
  await em
    .createQueryBuilder(AppSetting)
    .insert({ key: SECRET_KEY, value: randomBytes(48).toString('base64url') })
    .onConflict('key')
    .ignore()
    .execute();
  const setting = await em.findOneOrFail(AppSetting, { key: SECRET_KEY });
  return new TextEncoder().encode(setting.value);
};

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

export const createTokenService = (key: Uint8Array, ttlSeconds: number): TokenService => ({
  ttlSeconds,
  issue({ userId, sessionId }, expiresAt) {
    return new SignJWT({ sid: sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(String(userId))
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(key);
  },
  async verify(token) {
    try {
      const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
      const userId = Number(payload.sub);
      const sessionId = payload.sid;
      if (!Number.isSafeInteger(userId) || userId <= 0) return null;
      if (typeof sessionId !== 'string' || !UUID.test(sessionId)) return null;
      return { userId, sessionId };
    } catch {
      return null;
    }
  },
});
