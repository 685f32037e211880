import type { MikroORM } from '@mikro-orm/postgresql';
import { seedDemoBudget } from './seeders/demo-budget.seeder';
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
  /**
   * With the households, also the synthetic 2022 budget, report submissions and commune targets,
   * into a new database (default true; tests that make their own budget turn it off).
   */
  budget?: boolean;
}

// Any fixed number; serialises seeding when several server processes start on one database.
const SEED_LOCK = 4_104_2022;

/** Seeds what is missing, in one transaction, so that a restart or a second process adds nothing twice. */
export const seed = async (orm: MikroORM, options: SeedOptions): Promise<SeedResult> => {
  const result = await orm.em.fork().transactional(async (em) => {
    await em.execute('select pg_advisory_xact_lock(?)', [SEED_LOCK]);
    const plan = await seedPlan2022(em);
    // Reference data, in every mode: classification and eligibility need it.
    await seedPovertyStandards(em);
    const demoUsers = options.demo ? await seedDemoUsers(em, options.demoPassword) : [];
    if (options.demo && options.households) await seedDemoHouseholds(em);
    return { plan, demoUsers };
  });
  // Into a new database only (the plan was seeded just now): one that had the plan may have a budget
  // of its own. After the commit: the demo budget goes through the services, each in its own
  // transaction, which must see the plan, the accounts and the households.
  if (result.plan && options.demo && options.households && options.budget !== false) await seedDemoBudget(orm);
  return result;
};
