import argon2 from 'argon2';
import { TEXT_LIMITS } from '../../common/text';

// OWASP's argon2id baseline: 19 MiB, 2 passes, 1 lane.
const OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string): Promise<string> => argon2.hash(password, OPTIONS);

export const verifyPassword = async (hash: string, password: string): Promise<boolean> => {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
};

let dummyHash: Promise<string> | undefined;
/** Spends the same time as a real check, so a missing username cannot be told from a wrong password. */
export const burnPasswordCheck = async (password: string): Promise<void> => {
  dummyHash ??= hashPassword('not-a-real-password');
  await verifyPassword(await dummyHash, password);
};

export const MIN_PASSWORD_LENGTH = 10;
const MAX_PASSWORD_LENGTH = TEXT_LIMITS.password.max;

/** Why a new password is refused (NIST SP 800-63B: length, not composition rules); null when acceptable. */
export const passwordProblem = (password: string, username: string): string | null => {
  if ([...password].length < MIN_PASSWORD_LENGTH) return `At least ${MIN_PASSWORD_LENGTH} characters.`;
  if (password.length > MAX_PASSWORD_LENGTH) return `At most ${MAX_PASSWORD_LENGTH} characters.`;
  if (password.trim().toLowerCase() === username.trim().toLowerCase()) return 'Not the username.';
  return null;
};
