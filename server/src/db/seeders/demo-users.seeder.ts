import type { EntityManager } from '@mikro-orm/postgresql';
import { hashPassword } from '../../modules/access/password';
import { Role } from '../../modules/access/role';
import { User } from '../../modules/access/user.entity';
import { AdminUnit } from '../../modules/places/admin-unit.entity';

interface DemoAccount {
  username: string;
  displayName: string;
  roles: Role[];
  communeCode?: string;
}

/** One account per role, for trying the console; created only in demo mode. */
export const DEMO_ACCOUNTS: readonly DemoAccount[] = [
  { username: 'admin', displayName: 'Quản trị hệ thống (demo)', roles: [Role.ADMIN] },
  { username: 'finance', displayName: 'Cán bộ Phòng Tài chính - Kế hoạch (demo)', roles: [Role.FINANCE_OFFICER] },
  { username: 'planning', displayName: 'Cán bộ Phòng Lao động - TB&XH (demo)', roles: [Role.PLANNING_OFFICER] },
  { username: 'leader', displayName: "Lãnh đạo UBND huyện Ia H'Drai (demo)", roles: [Role.LEADERSHIP] },
  { username: 'analyst', displayName: 'Chuyên viên phân tích (demo)', roles: [Role.ANALYST] },
  {
    username: 'iatoi',
    displayName: 'Cán bộ UBND xã Ia Tơi (demo)',
    roles: [Role.COMMUNE_OFFICER],
    communeCode: 'KT-IAHDRAI-IATOI',
  },
  {
    username: 'iadal',
    displayName: 'Cán bộ UBND xã Ia Đal (demo)',
    roles: [Role.COMMUNE_OFFICER],
    communeCode: 'KT-IAHDRAI-IADAL',
  },
  {
    username: 'iadom',
    displayName: 'Cán bộ UBND xã Ia Dom (demo)',
    roles: [Role.COMMUNE_OFFICER],
    communeCode: 'KT-IAHDRAI-IADOM',
  },
];

/** Creates the demo accounts that do not exist yet; never touches an existing account. */
export const seedDemoUsers = async (em: EntityManager, password: string): Promise<string[]> => {
  const existing = new Set((await em.find(User, {}, { fields: ['username'] })).map((user) => user.username));
  const missing = DEMO_ACCOUNTS.filter((account) => !existing.has(account.username));
  if (missing.length === 0) return [];
  const passwordHash = await hashPassword(password);
  for (const account of missing) {
    const user = em.create(User, {
      username: account.username,
      displayName: account.displayName,
      passwordHash,
      roles: account.roles,
    });
    if (account.communeCode) user.communeScope.add(await em.findOneOrFail(AdminUnit, { code: account.communeCode }));
  }
  await em.flush();
  return missing.map((account) => account.username);
};
