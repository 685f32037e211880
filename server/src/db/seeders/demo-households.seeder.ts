import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../common/sql';
import { classify, reviewStandardDate } from '../../modules/households/classification';
import {
  AreaType,
  DEPRIVATIONS,
  type Deprivation,
  PovertyStatus,
  Relation,
  ReviewKind,
  Sex,
} from '../../modules/households/households.enums';
import { standardOn } from '../../modules/households/standard.service';
import { AdminLevel, AdminUnit } from '../../modules/places/admin-unit.entity';

// Demo data, clearly synthetic: villages and households invented so that the registry reproduces
// the district's published end-2021 figures (Kon Tum Ethnic Committee, Biểu số 05, 2022; domain
// brief §8.2): 3,162 households, 1,288 poor (40.73%), 1,944 ethnic-minority households of which
// 976 poor. Only the district totals are sourced; the split by commune, the near-poor counts and
// every household's details are invented.
const COMMUNES = [
  {
    code: 'KT-IAHDRAI-IATOI',
    key: 'IATOI',
    villages: 6,
    households: 1_090,
    poor: 430,
    em: 650,
    emPoor: 320,
    nearPoor: 110,
  },
  {
    code: 'KT-IAHDRAI-IADAL',
    key: 'IADAL',
    villages: 5,
    households: 962,
    poor: 402,
    em: 600,
    emPoor: 310,
    nearPoor: 95,
  },
  {
    code: 'KT-IAHDRAI-IADOM',
    key: 'IADOM',
    villages: 5,
    households: 1_110,
    poor: 456,
    em: 694,
    emPoor: 346,
    nearPoor: 115,
  },
] as const;

const REVIEW_YEAR = 2021;
const RECOGNISED_ON = '2021-12-20';
// Kon Tum's six indigenous groups (brief §8.2); the district's own breakdown is not published.
const MINORITY_GROUPS = ['Gia Rai', 'Ba Na', 'Xơ Đăng', 'Giẻ-Triêng', 'Brâu', 'Rơ Măm'];

/** mulberry32: a small seeded PRNG, so that every database gets the same demo households. */
const prng = (seed: number) => {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
};

export const SYNTHETIC_HOUSEHOLD_PREFIX = 'SYN-';

/**
 * Creates the synthetic villages and households (with members and a 2021 periodic review each)
 * unless synthetic households exist already. Set-based: three INSERTs whatever the count.
 * Returns how many households it wrote.
 */
export const seedDemoHouseholds = async (em: EntityManager): Promise<number> => {
  const [{ exists }] = await em.execute<{ exists: boolean }[]>(
    'select exists (select 1 from household where synthetic) as exists',
  );
  if (exists) return 0;
  const standard = await standardOn(em, reviewStandardDate(REVIEW_YEAR, ReviewKind.PERIODIC, 12));
  if (!standard) throw new Error('seed the poverty standards before the demo households');
  const random = prng(20211220);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const shuffle = <T>(items: T[]): T[] => {
    for (let i = items.length - 1; i > 0; i -= 1) {
      const j = Math.floor(random() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  };
  const deprivationsOf = (count: number): Deprivation[] => shuffle([...DEPRIVATIONS]).slice(0, count);
  // Whole thousands of đồng in (low, high] or [low, high].
  const incomeIn = (low: bigint, high: bigint, lowExclusive: boolean): bigint => {
    const from = lowExclusive ? low / 1000n + 1n : (low + 999n) / 1000n;
    const to = high / 1000n;
    return (from + BigInt(Math.floor(random() * Number(to - from + 1n)))) * 1000n;
  };
  const line = standard.ruralIncomeLine;
  const upper = standard.ruralAverageUpper;
  const needed = standard.poorDeprivationCount;

  const households: { code: string; village: number; commune: number; em: boolean; since: string; other: boolean }[] =
    [];
  const members: (string | number | boolean | null)[][] = [];
  const assessments: {
    code: string;
    income: bigint;
    deprivations: Deprivation[];
    status: PovertyStatus;
    decision: string;
  }[] = [];

  for (const commune of COMMUNES) {
    const parent = await em.findOneOrFail(AdminUnit, { code: commune.code });
    const villages: AdminUnit[] = [];
    for (let n = 1; n <= commune.villages; n += 1) {
      const code = `${commune.code}-SYN${String(n).padStart(2, '0')}`;
      villages.push(
        (await em.findOne(AdminUnit, { code })) ??
          em.create(AdminUnit, {
            code,
            name: `Thôn ${n} (giả lập)`,
            level: AdminLevel.VILLAGE,
            parent,
            synthetic: true,
          }),
      );
    }
    await em.flush();

    // Exact counts first (poor by ethnic-minority flag, then near-poor), then a seeded shuffle.
    const profiles: { em: boolean; status: PovertyStatus }[] = [];
    const push = (count: number, em: boolean, status: PovertyStatus) => {
      for (let i = 0; i < count; i += 1) profiles.push({ em, status });
    };
    push(commune.emPoor, true, PovertyStatus.POOR);
    push(commune.poor - commune.emPoor, false, PovertyStatus.POOR);
    const others = shuffle([
      ...Array.from({ length: commune.em - commune.emPoor }, () => true),
      ...Array.from({ length: commune.households - commune.em - (commune.poor - commune.emPoor) }, () => false),
    ]);
    others.forEach((isEm, index) => {
      const status =
        index < commune.nearPoor
          ? PovertyStatus.NEAR_POOR
          : random() < 0.4
            ? PovertyStatus.AVERAGE_LIVING_STANDARD
            : PovertyStatus.NOT_POOR;
      profiles.push({ em: isEm, status });
    });
    shuffle(profiles).forEach((profile, index) => {
      const code = `${SYNTHETIC_HOUSEHOLD_PREFIX}${commune.key}-${String(index + 1).padStart(4, '0')}`;
      const village = villages[index % villages.length];
      households.push({
        code,
        village: village.id,
        commune: parent.id,
        em: profile.em,
        since: `${between(1990, 2020)}-${String(between(1, 12)).padStart(2, '0')}-${String(between(1, 28)).padStart(2, '0')}`,
        other: random() < 0.03,
      });
      let income: bigint;
      let deprivations: Deprivation[];
      if (profile.status === PovertyStatus.POOR) {
        income = incomeIn((line * 3n) / 10n, line, false);
        deprivations = deprivationsOf(between(needed, needed + 4));
      } else if (profile.status === PovertyStatus.NEAR_POOR) {
        income = incomeIn(line / 2n, line, false);
        deprivations = deprivationsOf(between(0, needed - 1));
      } else if (profile.status === PovertyStatus.AVERAGE_LIVING_STANDARD) {
        income = incomeIn(line, upper, true);
        deprivations = deprivationsOf(between(0, 4));
      } else {
        income = incomeIn(upper, upper * 3n, true);
        deprivations = deprivationsOf(between(0, 2));
      }
      const computed = classify(standard, AreaType.RURAL, income, deprivations).status;
      if (computed !== profile.status) throw new Error(`demo household ${code}: ${computed}, meant ${profile.status}`);
      assessments.push({
        code,
        income,
        deprivations,
        status: computed,
        decision: `${between(100, 999)}/QĐ-UBND (giả lập)`,
      });

      const size = pick([1, 2, 3, 3, 4, 4, 4, 5, 5, 6, 7]);
      const headYear = between(1950, 1998);
      const ethnicity = profile.em ? pick(MINORITY_GROUPS) : 'Kinh';
      for (let position = 1; position <= size; position += 1) {
        const relation = position === 1 ? Relation.HEAD : position === 2 && size > 2 ? Relation.SPOUSE : Relation.CHILD;
        const birthYear =
          relation === Relation.CHILD ? Math.min(2021, headYear + between(18, 35)) : headYear + between(-3, 3);
        members.push([
          code,
          position,
          `Người giả lập ${code.slice(SYNTHETIC_HOUSEHOLD_PREFIX.length)}-${position}`,
          random() < 0.5 ? Sex.MALE : Sex.FEMALE,
          birthYear,
          ethnicity,
          random() < 0.03,
          relation,
        ]);
      }
    });
  }

  await em.execute(
    `insert into household (code, village_id, commune_id, area_type, ethnic_minority, independent_since,
                            other_housing_support, synthetic)
     select code, village, commune, 'RURAL', em, since, other, true
       from unnest(?::text[], ?::int[], ?::int[], ?::boolean[], ?::date[], ?::boolean[])
            as h(code, village, commune, em, since, other)`,
    [
      pgArray(households.map((h) => h.code)),
      pgArray(households.map((h) => h.village)),
      pgArray(households.map((h) => h.commune)),
      pgArray(households.map((h) => String(h.em))),
      pgArray(households.map((h) => h.since)),
      pgArray(households.map((h) => String(h.other))),
    ],
  );
  const column = (index: number) => pgArray(members.map((row) => (row[index] === null ? null : String(row[index]))));
  await em.execute(
    `insert into household_member (household_id, position, name, sex, birth_year, ethnicity, disability, relation)
     select h.id, m.position, m.name, m.sex, m.birth_year, m.ethnicity, m.disability, m.relation
       from unnest(?::text[], ?::smallint[], ?::text[], ?::text[], ?::smallint[], ?::text[], ?::boolean[], ?::text[])
            as m(code, position, name, sex, birth_year, ethnicity, disability, relation)
       join household h on h.code = m.code`,
    [0, 1, 2, 3, 4, 5, 6, 7].map(column),
  );
  await em.execute(
    `insert into assessment (household_id, year, kind, month, monthly_income_per_capita, deprivations, status,
                             standard_id, decision_number, recognised_on)
     select h.id, ?, 'PERIODIC', 12, a.income, string_to_array(a.deprivations, ','), a.status, ?, a.decision, ?
       from unnest(?::text[], ?::bigint[], ?::text[], ?::text[], ?::text[]) as a(code, income, deprivations, status, decision)
       join household h on h.code = a.code`,
    [
      REVIEW_YEAR,
      standard.id,
      RECOGNISED_ON,
      pgArray(assessments.map((a) => a.code)),
      pgArray(assessments.map((a) => a.income)),
      pgArray(assessments.map((a) => a.deprivations.join(','))),
      pgArray(assessments.map((a) => a.status)),
      pgArray(assessments.map((a) => a.decision)),
    ],
  );
  return households.length;
};
