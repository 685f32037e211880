import type { EntityManager } from '@mikro-orm/postgresql';
import type { ViewerIdentity } from '../../context';
import { burnPasswordCheck, verifyPassword } from './password';
import { User } from './user.entity';

const MAX_CREDENTIAL_LENGTH = 1024;

/** The active user with this username and password, or null (without saying which part was wrong). */
export const checkCredentials = async (em: EntityManager, username: string, password: string): Promise<User | null> => {
  const name = username.trim().toLowerCase();
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

/** Loads the identity behind a token's user id; null when the user is gone or disabled. */
export const loadViewer = async (em: EntityManager, userId: number): Promise<ViewerIdentity | null> => {
  const user = await em.findOne(User, { id: userId, active: true }, { populate: ['communeScope'] });
  if (!user) return null;
  return {
    user,
    roles: [...user.roles],
    communeIds: user.communeScope.getItems().map((unit) => unit.id),
    apiToken: null,
    sessionId: null,
  };
};
