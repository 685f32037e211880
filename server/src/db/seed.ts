import type { MikroORM } from '@mikro-orm/postgresql';
import { seedDemoUsers } from './seeders/demo-users.seeder';
import { seedPlan2022 } from './seeders/plan-2022.seeder';

export interface SeedResult {
  plan: boolean;
  demoUsers: string[];
}

// Any fixed number; serialises seeding when several server processes start on one database.
const SEED_LOCK = 4_104_2022;

/** Seeds what is missing, in one transaction, so that a restart or a second process adds nothing twice. */
export const seed = async (orm: MikroORM, options: { demo: boolean; demoPassword: string }): Promise<SeedResult> =>
  orm.em.fork().transactional(async (em) => {
    await em.execute('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
    const plan = await seedPlan2022(em);
    const demoUsers = options.demo ? await seedDemoUsers(em, options.demoPassword) : [];
    return { plan, demoUsers };
  });
