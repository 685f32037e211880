import { randomBytes } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import { jwtVerify, SignJWT } from 'jose';
import { AppSetting } from './app-setting.entity';

const ISSUER = 'ansinh';
const SECRET_KEY = 'auth.signing-key';

export interface TokenService {
  issue(userId: number): Promise<{ token: string; expiresAt: Date }>;
  /** The user id of a valid, unexpired token; null for anything else. */
  verify(token: string): Promise<number | null>;
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

export const createTokenService = (key: Uint8Array, ttlSeconds: number): TokenService => ({
  async issue(userId) {
    const expiresAt = new Date(Date.now() + ttlSeconds * 1000);
    const token = await new SignJWT({})
      .setProtectedHeader({ alg: 'HS256' })
      .setIssuer(ISSUER)
      .setSubject(String(userId))
      .setIssuedAt()
      .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
      .sign(key);
    return { token, expiresAt };
  },
  async verify(token) {
    try {
      const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
      const id = Number(payload.sub);
      return Number.isSafeInteger(id) && id > 0 ? id : null;
    } catch {
      return null;
    }
  },
});
