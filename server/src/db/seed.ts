import type { MikroORM } from '@mikro-orm/postgresql';
import { seedDemoHouseholds } from './seeders/demo-households.seeder';
import { seedDemoUsers } from './seeders/demo-users.seeder';
import { seedPlan2022 } from './seeders/plan-2022.seeder';
import { seedPovertyStandards } from './seeders/poverty-standard.seeder';

export interface SeedResult {
  plan: boolean;
  demoUsers: string[];
}

export interface SeedOptions {
  demo: boolean;
  demoPassword: string;
  /** Also the synthetic demo households (demo mode only; default false, most tests need none). */
  households?: boolean;
}

// Any fixed number; serialises seeding when several server processes start on one database.
const SEED_LOCK = 4_104_2022;

/** Seeds what is missing, in one transaction, so that a restart or a second process adds nothing twice. */
export const seed = async (orm: MikroORM, options: SeedOptions): Promise<SeedResult> =>
  orm.em.fork().transactional(async (em) => {
    await em.execute('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
    const plan = await seedPlan2022(em);
    // Reference data, in every mode: classification and eligibility need it.
    await seedPovertyStandards(em);
    const demoUsers = options.demo ? await seedDemoUsers(em, options.demoPassword) : [];
    if (options.demo && options.households) await seedDemoHouseholds(em);
    return { plan, demoUsers };
  });
