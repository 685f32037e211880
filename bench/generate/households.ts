import {
  type Classification,
  classify,
  type StandardThresholds,
} from '../../server/src/modules/households/classification';
import {
  AreaType,
  DEPRIVATIONS,
  type Deprivation,
  Relation,
  Sex,
} from '../../server/src/modules/households/households.enums';
import type { CopyValue } from './copy';
import { between, normal, pick, prng, type Random, weighted } from './random';

/** Every generated code starts with this, so none can collide with the seeded Ia H'Drai data. */
export const GENERATED_PREFIX = 'GEN-';

export const REVIEW_YEARS = [2021, 2022] as const;
const RECOGNISED_ON: Record<number, string> = { 2021: '2021-12-20', 2022: '2022-12-20' };

// Members per household, 1 to 9: mean about 3.9 (the 2019 census gives 3.6 nationally, more in
// the poorer mountain districts this programme targets).
const SIZE_WEIGHTS = [6, 13, 20, 25, 16, 10, 5, 3, 2];
const MINORITY_GROUPS = [
  'Tày',
  'Thái',
  'Mường',
  'Khmer',
  "H'Mông",
  'Nùng',
  'Dao',
  'Gia Rai',
  'Ê Đê',
  'Ba Na',
  'Xơ Đăng',
];

/** What one commune looks like: drawn once from the commune's own seed. */
export interface CommuneProfile {
  urban: boolean;
  /** Share of ethnic-minority households. */
  minorityShare: number;
  /** Likelihood that a household is poor in the 2021 review, before the ethnic-minority adjustment. */
  poorRate: number;
}

export const communeProfile = (seed: number): CommuneProfile => {
  const random = prng(seed);
  const urban = random() < 0.1;
  // Two kinds of commune: mostly Kinh lowland ones and mostly ethnic-minority upland ones.
  const upland = !urban && random() < 0.45;
  return {
    urban,
    minorityShare: upland ? 0.6 + random() * 0.35 : random() * 0.25,
    poorRate: urban ? 0.05 + random() * 0.1 : upland ? 0.3 + random() * 0.2 : 0.15 + random() * 0.2,
  };
};

export interface CommuneRows {
  households: CopyValue[][];
  members: CopyValue[][];
  assessments: CopyValue[][];
}

const thousands = (value: number): bigint => BigInt(Math.max(0, Math.round(value / 1000))) * 1000n;

const deprivationsOf = (random: Random, count: number): Deprivation[] => {
  const pool = [...DEPRIVATIONS];
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  return pool.slice(0, count);
};

const pgTextArray = (items: readonly string[]): string => `{${items.join(',')}}`;

/**
 * The rows of one commune's households: the household, its members and one periodic review per
 * year, the status of each computed by the application's own classify().
 */
export const communeRows = (options: {
  seed: number;
  profile: CommuneProfile;
  communeId: number;
  villageIds: readonly number[];
  firstId: number;
  codeOf: (index: number) => string;
  count: number;
  standard: StandardThresholds;
  standardId: number;
}): CommuneRows => {
  const { profile, standard } = options;
  const random = prng(options.seed);
  const area = profile.urban ? AreaType.URBAN : AreaType.RURAL;
  const line = Number(profile.urban ? standard.urbanIncomeLine : standard.ruralIncomeLine);
  const needed = standard.poorDeprivationCount;
  const rows: CommuneRows = { households: [], members: [], assessments: [] };
  for (let index = 0; index < options.count; index += 1) {
    const id = options.firstId + index;
    const code = options.codeOf(index);
    const minority = random() < profile.minorityShare;
    // Ethnic-minority households are poorer (about half of the poor nationally in 2021).
    const poorChance = Math.min(0.9, profile.poorRate * (minority ? 1.35 : 0.75));
    const draw = random();
    let income: number;
    let deprivations: Deprivation[];
    if (draw < poorChance) {
      income = line * (0.35 + 0.65 * random());
      deprivations = deprivationsOf(random, between(random, needed, needed + 4));
    } else if (draw < poorChance + 0.1) {
      income = line * (0.5 + 0.5 * random());
      deprivations = deprivationsOf(random, between(random, 0, needed - 1));
    } else {
      // Log-normal above the line: median 1.6 × line, a long tail of better-off households.
      income = line * (1 + Math.exp(Math.log(0.6) + 0.7 * normal(random)));
      deprivations = deprivationsOf(random, weighted(random, [40, 30, 18, 8, 4]));
    }
    rows.households.push([
      id,
      code,
      options.villageIds[index % options.villageIds.length],
      options.communeId,
      area,
      minority,
      `${between(random, 1980, 2020)}-${String(between(random, 1, 12)).padStart(2, '0')}-${String(between(random, 1, 28)).padStart(2, '0')}`,
      random() < 0.03,
      true,
    ]);

    for (const year of REVIEW_YEARS) {
      if (year !== REVIEW_YEARS[0]) {
        // A year on: incomes mostly grow, some deprivations are resolved, a few appear.
        income *= 0.95 + 0.35 * random();
        deprivations = deprivations.filter(() => random() >= 0.15);
        if (random() < 0.04) deprivations = [...new Set([...deprivations, ...deprivationsOf(random, 1)])];
      }
      const monthly = thousands(income);
      const result: Classification = classify(standard, area, monthly, deprivations);
      rows.assessments.push([
        id,
        year,
        'PERIODIC',
        12,
        monthly,
        pgTextArray(deprivations),
        result.status,
        options.standardId,
        `${between(random, 100, 999)}/QĐ-UBND (giả lập)`,
        RECOGNISED_ON[year],
      ]);
    }

    const size = 1 + weighted(random, SIZE_WEIGHTS);
    const headYear = between(random, 1945, 2000);
    const ethnicity = minority ? pick(random, MINORITY_GROUPS) : 'Kinh';
    for (let position = 1; position <= size; position += 1) {
      let relation: Relation;
      let birthYear: number;
      if (position === 1) {
        relation = Relation.HEAD;
        birthYear = headYear;
      } else if (position === 2 && random() < 0.85) {
        relation = Relation.SPOUSE;
        birthYear = headYear + between(random, -4, 6);
      } else {
        const other = random();
        if (other < 0.08 && headYear > 1965) {
          relation = Relation.PARENT;
          birthYear = headYear - between(random, 20, 32);
        } else if (other < 0.16 && headYear < 1970) {
          relation = Relation.GRANDCHILD;
          birthYear = Math.min(2021, headYear + between(random, 40, 55));
        } else {
          relation = Relation.CHILD;
          birthYear = Math.min(2021, headYear + between(random, 18, 38));
        }
      }
      rows.members.push([
        id,
        position,
        `Người giả lập ${code.slice(GENERATED_PREFIX.length)}-${position}`,
        random() < 0.5 ? Sex.MALE : Sex.FEMALE,
        birthYear,
        ethnicity,
        random() < 0.03,
        relation,
      ]);
    }
  }
  return rows;
};
