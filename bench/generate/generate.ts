import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { connectAndMigrate } from '../../server/src/db/database';
import { seed } from '../../server/src/db/seed';
import { reviewStandardDate, type StandardThresholds } from '../../server/src/modules/households/classification';
import { ReviewKind } from '../../server/src/modules/households/households.enums';
import { copyInto } from './copy';
import { type CommuneRows, communeProfile, communeRows, GENERATED_PREFIX, REVIEW_YEARS } from './households';

// The shape of the invented country: 1,500 households a commune, 8 villages, 10 communes a
// district, 10 districts a province. Province scale (150,000 households) is one province.
export const HOUSEHOLDS_PER_COMMUNE = 1_500;
const VILLAGES_PER_COMMUNE = 8;
const COMMUNES_PER_DISTRICT = 10;
const DISTRICTS_PER_PROVINCE = 10;
// Households written per round of COPY: bounds the rows held in memory whatever the scale.
const BATCH_HOUSEHOLDS = 10_000;
const SEED = 20_260_801;
// Plans of the years the two reviews serve (the end-2021 review is the 2022 baseline).
const PLAN_YEARS = [2022, 2023];
const APPROVED_YEAR = 2022;
// Share (percent) of the 2021-poor households that received a benefit under the 2022 plan.
const BENEFIT_PERCENT = 40;
const DISTRICT_OFFICES = [
  ['TCKH', 'Phòng Tài chính - Kế hoạch'],
  ['LDTBXH', 'Phòng Lao động - Thương binh và Xã hội'],
  ['DANTOC', 'Phòng Dân tộc'],
] as const;
const GENERATOR_USER = 'gen-generator';

export interface GenerateOptions {
  households: number;
  /** Also seed the demo accounts with this password (for checks through the API). */
  demoPassword?: string;
  log?: (line: string) => void;
}

export interface SummaryRow {
  year: number;
  households: number;
  poor: number;
  nearPoor: number;
  average: number;
  notPoor: number;
  minorityShare: string;
  minorityPoorRate: string;
  communeRateMin: string;
  communeRateMedian: string;
  communeRateMax: string;
}

export interface TableLoad {
  table: string;
  rows: number;
  ms: number;
}

export interface GenerateResult {
  provinces: number;
  districts: number;
  communes: number;
  villages: number;
  loads: TableLoad[];
  /** Building the rows in JavaScript (PRNG, classify), apart from the loads. */
  generateMs: number;
  analyzeMs: number;
  totalMs: number;
  /** What came out, to compare with docs/bench-data.md: one line per review year. */
  summary: SummaryRow[];
  databaseBytes: number;
}

const two = (n: number) => String(n).padStart(2, '0');

interface Place {
  code: string;
  name: string;
  parent: string | null;
}

/** The invented provinces, districts, communes and villages for `communes` communes. */
const placesFor = (communes: number) => {
  const provinces: Place[] = [];
  const districts: Place[] = [];
  const communeList: Place[] = [];
  const villages: Place[] = [];
  const districtCount = Math.ceil(communes / COMMUNES_PER_DISTRICT);
  for (let d = 0; d < districtCount; d += 1) {
    const p = Math.floor(d / DISTRICTS_PER_PROVINCE);
    const provinceCode = `${GENERATED_PREFIX}P${two(p + 1)}`;
    if (d % DISTRICTS_PER_PROVINCE === 0)
      provinces.push({ code: provinceCode, name: `Tỉnh giả lập ${two(p + 1)}`, parent: null });
    const districtCode = `${provinceCode}-D${two((d % DISTRICTS_PER_PROVINCE) + 1)}`;
    districts.push({
      code: districtCode,
      name: `Huyện giả lập ${districtCode.slice(GENERATED_PREFIX.length)}`,
      parent: provinceCode,
    });
    const inDistrict = Math.min(COMMUNES_PER_DISTRICT, communes - d * COMMUNES_PER_DISTRICT);
    for (let c = 0; c < inDistrict; c += 1) {
      const communeCode = `${districtCode}-C${two(c + 1)}`;
      communeList.push({
        code: communeCode,
        name: `Xã giả lập ${communeCode.slice(GENERATED_PREFIX.length)}`,
        parent: districtCode,
      });
      for (let v = 1; v <= VILLAGES_PER_COMMUNE; v += 1)
        villages.push({ code: `${communeCode}-V${v}`, name: `Thôn ${v} (giả lập)`, parent: communeCode });
    }
  }
  return { provinces, districts, communes: communeList, villages };
};

const HOUSEHOLD_COLUMNS = [
  'id',
  'code',
  'village_id',
  'commune_id',
  'area_type',
  'ethnic_minority',
  'independent_since',
  'other_housing_support',
  'synthetic',
];
const MEMBER_COLUMNS = ['household_id', 'position', 'name', 'sex', 'birth_year', 'ethnicity', 'disability', 'relation'];
const ASSESSMENT_COLUMNS = [
  'household_id',
  'year',
  'kind',
  'month',
  'monthly_income_per_capita',
  'deprivations',
  'status',
  'standard_id',
  'decision_number',
  'recognised_on',
];

/**
 * Migrates and seeds the database at `url`, then writes the synthetic provinces, households,
 * reviews, plans, budget and benefits for `households` households, and runs ANALYZE.
 * Refuses a database that already has generated households.
 */
export const generate = async (url: string, options: GenerateOptions): Promise<GenerateResult> => {
  const log = options.log ?? (() => {});
  const started = performance.now();
  const loads = new Map<string, TableLoad>();
  const record = (table: string, rows: number, ms: number) => {
    const load = loads.get(table) ?? { table, rows: 0, ms: 0 };
    load.rows += rows;
    load.ms += ms;
    loads.set(table, load);
  };
  const timed = async (table: string, work: () => Promise<number>) => {
    const at = performance.now();
    const rows = await work();
    record(table, rows, performance.now() - at);
  };

  const orm = await connectAndMigrate(url, { quiet: true });
  try {
    await seed(orm, { demo: options.demoPassword !== undefined, demoPassword: options.demoPassword ?? '' });
  } finally {
    await orm.close(true);
  }
  record('migrate + seed', 0, performance.now() - started);

  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Bulk loading: no need to wait for each commit's WAL flush; a crash only loses the run.
    await client.query('set synchronous_commit = off');
    const {
      rows: [existing],
    } = await client.query<{ exists: boolean }>(
      'select exists (select 1 from household where code like $1) as exists',
      [`${GENERATED_PREFIX}%`],
    );
    if (existing.exists) throw new Error('this database already has generated households');

    type StandardRow = {
      id: number;
      rural_income_line: string;
      urban_income_line: string;
      rural_average_upper: string;
      urban_average_upper: string;
      poor_deprivation_count: number;
    };
    const standardRows: StandardRow[] = [];
    for (const year of REVIEW_YEARS) {
      // The standard a year's periodic review applies, as the application picks it.
      const date = reviewStandardDate(year, ReviewKind.PERIODIC, 12);
      const { rows } = await client.query<StandardRow>(
        `select * from poverty_standard where valid_from <= $1 and (valid_to is null or valid_to >= $1)
          order by valid_from desc limit 1`,
        [date],
      );
      if (!rows[0]) throw new Error(`no poverty standard in force on ${date}`);
      standardRows.push(rows[0]);
    }
    // Decree 07/2021/NĐ-CP governs both reviews; one set of thresholds keeps the generator simple.
    if (standardRows.some((row) => row.id !== standardRows[0].id))
      throw new Error('the reviews fall under different poverty standards');
    const [standardRow] = standardRows;
    const standard: StandardThresholds = {
      ruralIncomeLine: BigInt(standardRow.rural_income_line),
      urbanIncomeLine: BigInt(standardRow.urban_income_line),
      ruralAverageUpper: BigInt(standardRow.rural_average_upper),
      urbanAverageUpper: BigInt(standardRow.urban_average_upper),
      poorDeprivationCount: standardRow.poor_deprivation_count,
    };

    // ------------------------------------------------------------ places
    const communeCount = Math.max(1, Math.ceil(options.households / HOUSEHOLDS_PER_COMMUNE));
    const places = placesFor(communeCount);
    const insertPlaces = async (level: string, list: Place[]) => {
      const result = await client.query(
        `insert into admin_unit (code, name, level, parent_id, synthetic)
         select p.code, p.name, $1, parent.id, true
           from unnest($2::text[], $3::text[], $4::text[]) as p(code, name, parent)
           left join admin_unit parent on parent.code = p.parent`,
        [level, list.map((p) => p.code), list.map((p) => p.name), list.map((p) => p.parent)],
      );
      return result.rowCount ?? 0;
    };
    await timed('admin_unit', async () => {
      let rows = await insertPlaces('PROVINCE', places.provinces);
      rows += await insertPlaces('DISTRICT', places.districts);
      rows += await insertPlaces('COMMUNE', places.communes);
      rows += await insertPlaces('VILLAGE', places.villages);
      return rows;
    });
    const { rows: unitRows } = await client.query<{ id: number; code: string; parent_code: string | null }>(
      `select u.id, u.code, p.code as parent_code from admin_unit u left join admin_unit p on p.id = u.parent_id
        where u.code like $1 and u.level in ('COMMUNE', 'VILLAGE') order by u.code`,
      [`${GENERATED_PREFIX}%`],
    );
    const communeIds = new Map<string, number>();
    const villageIds = new Map<string, number[]>();
    for (const row of unitRows) {
      if (row.code.includes('-V')) {
        const list = villageIds.get(row.parent_code ?? '') ?? [];
        list.push(row.id);
        villageIds.set(row.parent_code ?? '', list);
      } else communeIds.set(row.code, row.id);
    }
    log(`places: ${places.provinces.length} provinces, ${places.districts.length} districts, ${communeCount} communes`);

    // ------------------------------------------------------------ households, members, reviews
    // Ids are reserved up front so that members and reviews can name their household in the same COPY round.
    const {
      rows: [reserved],
    } = await client.query<{ first: string }>(`select coalesce(max(id), 0) + 1 as first from household`);
    const firstHouseholdId = Number(reserved.first);
    await client.query(`select setval(pg_get_serial_sequence('household', 'id'), $1)`, [
      firstHouseholdId + options.households - 1,
    ]);

    let generateMs = 0;
    let pending: CommuneRows = { households: [], members: [], assessments: [] };
    const flush = async () => {
      if (pending.households.length === 0) return;
      const batch = pending;
      pending = { households: [], members: [], assessments: [] };
      await client.query('begin');
      await timed('household', () => copyInto(client, 'household', HOUSEHOLD_COLUMNS, batch.households));
      await timed('household_member', () => copyInto(client, 'household_member', MEMBER_COLUMNS, batch.members));
      await timed('assessment', () => copyInto(client, 'assessment', ASSESSMENT_COLUMNS, batch.assessments));
      await timed('commit', async () => {
        await client.query('commit');
        return 0;
      });
    };
    const perCommune = Math.floor(options.households / communeCount);
    const remainder = options.households % communeCount;
    let nextId = firstHouseholdId;
    let written = 0;
    for (let index = 0; index < communeCount; index += 1) {
      const commune = places.communes[index];
      const count = perCommune + (index < remainder ? 1 : 0);
      const at = performance.now();
      const communeSeed = (SEED + Math.imul(index + 1, 0x9e3779b1)) >>> 0;
      const firstNumber = written;
      const rows = communeRows({
        seed: communeSeed ^ 0x5bd1e995,
        profile: communeProfile(communeSeed),
        communeId: communeIds.get(commune.code) as number,
        villageIds: villageIds.get(commune.code) as number[],
        firstId: nextId,
        codeOf: (n) => `${GENERATED_PREFIX}${String(firstNumber + n + 1).padStart(8, '0')}`,
        count,
        standard,
        standardId: standardRow.id,
      });
      generateMs += performance.now() - at;
      pending.households.push(...rows.households);
      pending.members.push(...rows.members);
      pending.assessments.push(...rows.assessments);
      nextId += count;
      written += count;
      if (pending.households.length >= BATCH_HOUSEHOLDS) {
        await flush();
        log(`households: ${written.toLocaleString('en')} of ${options.households.toLocaleString('en')}`);
      }
    }
    await flush();

    // ------------------------------------------------------------ plans, units, budget
    const {
      rows: [user],
    } = await client.query<{ id: number }>(
      `insert into app_user (username, display_name, password_hash, roles, active, created_at)
       values ($1, 'Bộ sinh dữ liệu (giả lập)', '!', '{}', false, now())
       on conflict (username) do update set display_name = excluded.display_name returning id`,
      [GENERATOR_USER],
    );
    const {
      rows: [template],
    } = await client.query<{ id: number }>(
      `select p.id from plan p join admin_unit d on d.id = p.district_id
        where d.code not like $1 order by p.year, p.id limit 1`,
      [`${GENERATED_PREFIX}%`],
    );
    if (!template) throw new Error('no seeded plan to copy the components from');
    const like = `${GENERATED_PREFIX}%`;
    const sql = async (table: string, text: string, values: unknown[] = []) =>
      timed(table, async () => (await client.query(text, values)).rowCount ?? 0);

    await client.query('begin');
    await sql(
      'legal_document',
      `insert into legal_document (number, kind, issued_on, issuer, title)
       select p.code || '-' || y || '/QĐ-UBND (giả lập)', 'DECISION', make_date(y, 1, 20),
              'UBND ' || p.name, 'Giao kế hoạch vốn thực hiện Chương trình MTQG giảm nghèo bền vững năm ' || y || ' (giả lập)'
         from admin_unit p cross join unnest($2::int[]) y
        where p.level = 'PROVINCE' and p.code like $1`,
      [like, PLAN_YEARS],
    );
    await sql(
      'plan',
      `insert into plan (year, title, district_id, status, standard_id, purposes, created_at, updated_at)
       select y, 'Kế hoạch thực hiện Chương trình MTQG giảm nghèo bền vững năm ' || y || ', ' || d.name || ' (giả lập)',
              d.id, 'ISSUED', $3, t.purposes, now(), now()
         from admin_unit d cross join unnest($2::int[]) y cross join plan t
        where d.level = 'DISTRICT' and d.code like $1 and t.id = $4`,
      [like, PLAN_YEARS, standardRow.id, template.id],
    );
    const generatedPlans = `(select p.id from plan p join admin_unit d on d.id = p.district_id where d.code like $1)`;
    await sql(
      'program_component',
      `insert into program_component (plan_id, code, name, kind, parent_id, position, objective, beneficiaries, activities, outputs)
       select p.id, c.code, c.name, c.kind, null, c.position, c.objective, c.beneficiaries, c.activities, c.outputs
         from plan p cross join program_component c
        where p.id in ${generatedPlans} and c.plan_id = $2`,
      [like, template.id],
    );
    await client.query(
      `update program_component child set parent_id = parent.id
         from program_component template_child
         join program_component template_parent on template_parent.id = template_child.parent_id,
              program_component parent
        where template_child.plan_id = $2 and template_child.code = child.code
          and parent.plan_id = child.plan_id and parent.code = template_parent.code
          and child.plan_id in ${generatedPlans}`,
      [like, template.id],
    );
    await sql(
      'implementing_unit',
      `insert into implementing_unit (code, name, kind, district_id, commune_id)
       select d.code || '-' || o.key, o.name || ' ' || d.name, 'DISTRICT_OFFICE', d.id, null
         from admin_unit d cross join unnest($2::text[], $3::text[]) as o(key, name)
        where d.level = 'DISTRICT' and d.code like $1
       union all
       select c.code || '-UBND', 'UBND ' || c.name, 'COMMUNE_COMMITTEE', c.parent_id, c.id
         from admin_unit c where c.level = 'COMMUNE' and c.code like $1`,
      [like, DISTRICT_OFFICES.map(([key]) => key), DISTRICT_OFFICES.map(([, name]) => name)],
    );
    await sql(
      'plan_unit',
      `insert into plan_unit (plan_id, unit_id, position, duties)
       select p.id, u.id, row_number() over (partition by p.id order by u.kind desc, u.code), '{}'
         from plan p join implementing_unit u on u.district_id = p.district_id
        where p.id in ${generatedPlans}`,
      [like],
    );
    // One envelope per project of each plan, then one allocation per (envelope, unit of the plan).
    // Amounts hash the codes (hashtext), so that they do not depend on the ids the rows received.
    await sql(
      'envelope',
      `insert into envelope (plan_id, component_id, capital_type, source, amount, decision_id, updated_by_id)
       select p.id, c.id, 'RECURRENT', 'CENTRAL_BUDGET', 0, doc.id, $2
         from plan p join program_component c on c.plan_id = p.id and c.kind = 'PROJECT'
         join admin_unit d on d.id = p.district_id
         join admin_unit prov on prov.id = d.parent_id
         join legal_document doc on doc.number = prov.code || '-' || p.year || '/QĐ-UBND (giả lập)'
        where p.id in ${generatedPlans}`,
      [like, user.id],
    );
    await sql(
      'allocation',
      `insert into allocation (envelope_id, unit_id, amount, status, disbursed, updated_by_id)
       select e.id, pu.unit_id, a.amount,
              case when p.year = $2 then 'APPROVED' else 'DRAFT' end,
              case when p.year = $2 then a.amount * (30 + (hashtext(u.code || c.code || 'paid') & 2147483647) % 61) / 100 / 1000 * 1000
                   else 0 end,
              $3
         from envelope e join plan p on p.id = e.plan_id
         join program_component c on c.id = e.component_id
         join plan_unit pu on pu.plan_id = p.id
         join implementing_unit u on u.id = pu.unit_id
         cross join lateral (select (100 + (hashtext(p.year || u.code || c.code) & 2147483647) % 1900)::bigint * 1000000 as amount) a
        where p.id in ${generatedPlans}`,
      [like, APPROVED_YEAR, user.id],
    );
    await sql(
      'disbursement',
      `insert into disbursement (allocation_id, paid_on, amount, recorded_by_id)
       select a.id, d.paid_on, d.amount, $2
         from allocation a join envelope e on e.id = a.envelope_id
         cross join lateral (values (make_date($3, 6, 30), a.disbursed * 2 / 5),
                                    (make_date($3, 12, 15), a.disbursed - a.disbursed * 2 / 5)) as d(paid_on, amount)
        where e.plan_id in ${generatedPlans} and a.disbursed > 0`,
      [like, user.id, APPROVED_YEAR],
    );
    await client.query(
      `update envelope e set allocated = s.allocated, disbursed = s.disbursed,
              amount = ((s.allocated * 105 / 100 + 999999) / 1000000) * 1000000
         from (select envelope_id, sum(amount) as allocated, sum(disbursed) as disbursed from allocation group by envelope_id) s
        where s.envelope_id = e.id and e.plan_id in ${generatedPlans}`,
      [like],
    );
    await sql(
      'allocation_approval',
      `insert into allocation_approval (plan_id, decision_id, approved_at, approved_by_id)
       select p.id, doc.id, make_date(p.year, 4, 20), $2
         from plan p join admin_unit d on d.id = p.district_id join admin_unit prov on prov.id = d.parent_id
         join legal_document doc on doc.number = prov.code || '-' || p.year || '/QĐ-UBND (giả lập)'
        where p.id in ${generatedPlans} and p.year = $3`,
      [like, user.id, APPROVED_YEAR],
    );
    await client.query('commit');

    // ------------------------------------------------------------ benefits
    // A share of the households poor in the 2021 review, each under one project of its district's
    // 2022 plan, paid from its commune committee's allocation.
    await client.query('begin');
    await sql(
      'benefit',
      `with projects as (
         select array_agg(code order by position) as codes from program_component where plan_id = $2 and kind = 'PROJECT'
       )
       insert into benefit (household_id, allocation_id, component_id, received_on, kind, amount, description, recorded_by_id)
       select h.id, al.id, pc.id, make_date($3, 3, 1) + (hashtext(h.code || 'day') & 2147483647) % 270,
              case when (hashtext(h.code || 'kind') & 2147483647) % 10 < 7 then 'CASH' else 'IN_KIND' end,
              case when (hashtext(h.code || 'kind') & 2147483647) % 10 < 7
                   then (1000 + (hashtext(h.code || 'amount') & 2147483647) % 4001)::bigint * 1000 end,
              'Hỗ trợ ' || pc.name || ' (giả lập)', $4
         from household h
         join assessment a on a.household_id = h.id and a.year = $5 and a.status = 'POOR'
         join admin_unit c on c.id = h.commune_id
         join plan p on p.district_id = c.parent_id and p.year = $3
         cross join projects
         join program_component pc
           on pc.plan_id = p.id and pc.code = projects.codes[1 + (hashtext(h.code || 'project') & 2147483647) % array_length(projects.codes, 1)]
         join implementing_unit iu on iu.commune_id = h.commune_id and iu.kind = 'COMMUNE_COMMITTEE'
         join envelope e on e.plan_id = p.id and e.component_id = pc.id
         join allocation al on al.envelope_id = e.id and al.unit_id = iu.id
        where h.code like $1 and (hashtext(h.code) & 2147483647) % 100 < $6`,
      [like, template.id, APPROVED_YEAR, user.id, REVIEW_YEARS[0], BENEFIT_PERCENT],
    );
    await client.query('commit');

    const analyzeAt = performance.now();
    await client.query('analyze');
    const analyzeMs = performance.now() - analyzeAt;
    const { rows: summary } = await client.query<SummaryRow>(
      `with reviewed as (
         select a.year, a.status, h.ethnic_minority, h.commune_id from assessment a join household h on h.id = a.household_id
          where h.code like $1
       ), communes as (
         select year, commune_id, 100.0 * count(*) filter (where status = 'POOR') / count(*) as rate
           from reviewed group by year, commune_id
       )
       select r.year::int, count(*)::int as households,
              count(*) filter (where status = 'POOR')::int as poor,
              count(*) filter (where status = 'NEAR_POOR')::int as "nearPoor",
              count(*) filter (where status = 'AVERAGE_LIVING_STANDARD')::int as average,
              count(*) filter (where status = 'NOT_POOR')::int as "notPoor",
              round(100.0 * count(*) filter (where ethnic_minority) / count(*), 1)::text as "minorityShare",
              round(100.0 * count(*) filter (where ethnic_minority and status = 'POOR')
                    / nullif(count(*) filter (where ethnic_minority), 0), 1)::text as "minorityPoorRate",
              (select round(min(rate), 1)::text from communes c where c.year = r.year) as "communeRateMin",
              (select round(percentile_cont(0.5) within group (order by rate)::numeric, 1)::text
                 from communes c where c.year = r.year) as "communeRateMedian",
              (select round(max(rate), 1)::text from communes c where c.year = r.year) as "communeRateMax"
         from reviewed r group by r.year order by r.year`,
      [like],
    );
    const {
      rows: [size],
    } = await client.query<{ bytes: string }>('select pg_database_size(current_database()) as bytes');
    return {
      provinces: places.provinces.length,
      districts: places.districts.length,
      communes: communeCount,
      villages: places.villages.length,
      loads: [...loads.values()],
      generateMs,
      analyzeMs,
      totalMs: performance.now() - started,
      summary,
      databaseBytes: Number(size.bytes),
    };
  } catch (error) {
    await client.query('rollback').catch(() => {});
    throw error;
  } finally {
    await client.end();
  }
};
