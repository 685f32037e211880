/**
 * Importing 100,000 households (400,000 people, one review each) through the import service,
 * against PostgreSQL COPY of the same rows, in one process and one database. Not part of
 * `npm test`: run `npm run bench:import` (docs/performance.md, "Importing households").
 *
 * The service functions are called directly: through HTTP a request body is at most 2 MB
 * (docs/households-import.md), far below a file of this size.
 *
 * Env: BENCH_HOUSEHOLDS (default 100000; 4 members each), BENCH_DATABASE_URL (an existing
 * PostgreSQL; a fresh database is created in it and dropped at the end). Without it, a private
 * embedded PostgreSQL runs in a temporary folder that is removed at the end, with the generated
 * file. Exit code 1 when a step fails or the rows written differ from the COPY baseline's.
 */
import 'reflect-metadata';
import { randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import type { MikroORM } from '@mikro-orm/postgresql';
import pg from 'pg';
import { connectAndMigrate } from '../server/src/db/database';
import { seed } from '../server/src/db/seed';
import { classify, reviewStandardDate } from '../server/src/modules/households/classification';
import {
  commitHouseholdImport,
  type ImportOutcome,
  previewHouseholdImport,
  readImportFile,
} from '../server/src/modules/households/household-import.service';
import { MAX_IMPORT_BYTES } from '../server/src/modules/households/household-import.vocabulary';
import { AreaType, DEPRIVATIONS, ReviewKind } from '../server/src/modules/households/households.enums';
import { standardOn } from '../server/src/modules/households/standard.service';
import { copyFrom } from './generate/copy';
import { prng } from './generate/random';
import { openBenchDatabase } from './support/database';
import { BenchFailure, createCleanup, printMarkdownTable, runBench } from './support/run';
import { installTracer, type Tracer } from './trace';

const wholeNumber = (name: string, fallback: number, min: number): number => {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < min)
    throw new Error(`${name} must be a whole number >= ${min}, got "${raw}"`);
  return value;
};

const HOUSEHOLDS = wholeNumber('BENCH_HOUSEHOLDS', 100_000, 1);
const MEMBERS_PER_HOUSEHOLD = 4;
const VILLAGES_PER_COMMUNE = 20;
const REVIEW_YEAR = 2021;
const DISTRICT_WIDE = { communeIds: null };
const tracer: Tracer | null = ['1', 'true', 'yes', 'on'].includes((process.env.BENCH_TRACE ?? '').toLowerCase())
  ? installTracer()
  : null;

// A full collection before each step, so that its memory figures do not carry the previous
// step's garbage (V8 lets the heap grow towards its limit before collecting the old space).
setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

// ---------------------------------------------------------------- database

// ---------------------------------------------------------------- synthetic households

// Invented names in the district's mix of Kinh and Jrai/Bahnar naming; no real person.
const FAMILY = ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Võ', 'Siu', 'Ksor', 'Rơ Châm', 'Rah Lan', 'A', 'Y'];
const MIDDLE = ['Văn', 'Thị', 'Hữu', 'Đức', 'Minh', 'Ngọc', ''];
const GIVEN = ['An', 'Bình', 'Hùng', 'Lan', 'Mai', 'Nam', 'Phúc', 'Thảo', 'Blơi', 'H’Linh', 'Đin', 'Kông', 'Nhơn'];
const ETHNICITIES = ['Kinh', 'Gia Rai', 'Ba Na', 'Xơ Đăng', 'Giẻ-Triêng', 'Brâu', 'Rơ Măm'];
const OTHER_RELATIONS = ['Con', 'Bố', 'Mẹ', 'Cháu', 'Khác'];
// Each relation's words in the file, and what the import stores for it.
const RELATION_VALUES: Record<string, string> = {
  'Chủ hộ': 'HEAD',
  Vợ: 'SPOUSE',
  Chồng: 'SPOUSE',
  Con: 'CHILD',
  Bố: 'PARENT',
  Mẹ: 'PARENT',
  Cháu: 'GRANDCHILD',
  Khác: 'OTHER',
};

interface BenchMember {
  name: string;
  relation: string;
  sex: 'MALE' | 'FEMALE';
  birthYear: number;
  ethnicity: string;
  disability: boolean;
}

interface BenchHousehold {
  code: string;
  village: number;
  area: AreaType;
  ethnicMinority: boolean;
  independentSince: string | null;
  otherHousingSupport: boolean;
  members: BenchMember[];
  income: bigint;
  deprivations: number[];
  decisionNumber: string;
  recognisedOn: string;
}

const generateHouseholds = (count: number, villages: number): BenchHousehold[] => {
  const random = prng(20_211_220);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  const name = (sex: 'MALE' | 'FEMALE') =>
    [pick(FAMILY), sex === 'FEMALE' ? 'Thị' : pick(MIDDLE), pick(GIVEN)].filter(Boolean).join(' ');
  return Array.from({ length: count }, (_, index): BenchHousehold => {
    const ethnicMinority = random() < 0.6;
    const ethnicity = ethnicMinority ? pick(ETHNICITIES.slice(1)) : 'Kinh';
    const headSex = random() < 0.8 ? 'MALE' : 'FEMALE';
    const headBorn = between(1940, 2000);
    const member = (relation: string, sex: 'MALE' | 'FEMALE', birthYear: number): BenchMember => ({
      name: name(sex),
      relation,
      sex,
      birthYear,
      ethnicity,
      disability: random() < 0.03,
    });
    const members = [
      member('Chủ hộ', headSex, headBorn),
      member(headSex === 'MALE' ? 'Vợ' : 'Chồng', headSex === 'MALE' ? 'FEMALE' : 'MALE', headBorn + between(-5, 5)),
      ...Array.from({ length: MEMBERS_PER_HOUSEHOLD - 2 }, () => {
        const relation = random() < 0.8 ? 'Con' : pick(OTHER_RELATIONS);
        const born = relation === 'Bố' || relation === 'Mẹ' ? headBorn - between(18, 35) : headBorn + between(18, 40);
        const sex = relation === 'Bố' ? 'MALE' : relation === 'Mẹ' ? 'FEMALE' : random() < 0.5 ? 'MALE' : 'FEMALE';
        return member(relation, sex, Math.min(born, 2021));
      }),
    ];
    const deprivations = [
      ...new Set(Array.from({ length: between(0, 5) }, () => between(1, DEPRIVATIONS.length))),
    ].sort((a, b) => a - b);
    return {
      code: `BENCH-${String(index + 1).padStart(6, '0')}`,
      village: index % villages,
      area: random() < 0.9 ? AreaType.RURAL : AreaType.URBAN,
      ethnicMinority,
      independentSince:
        random() < 0.1 ? `20${String(between(10, 21)).padStart(2, '0')}-0${between(1, 9)}-1${between(0, 9)}` : null,
      otherHousingSupport: random() < 0.05,
      members,
      // Whole thousands of đồng per person per month, around the 2022-2025 lines (1.5 / 2 million).
      income: BigInt(between(500, 4_000)) * 1000n,
      deprivations,
      decisionNumber: `${between(1, 999)}/QĐ-UBND`,
      recognisedOn: '2021-12-20',
    };
  });
};

const HEADER = [
  'Mã hộ',
  'Mã thôn',
  'Khu vực',
  'Hộ DTTS',
  'Ngày tách hộ',
  'Đã được hỗ trợ nhà ở',
  'Họ và tên',
  'Quan hệ với chủ hộ',
  'Giới tính',
  'Năm sinh',
  'Dân tộc',
  'Khuyết tật',
  'Năm rà soát',
  'Loại rà soát',
  'Thu nhập bình quân',
  'Chỉ số thiếu hụt',
  'Số quyết định công nhận',
  'Ngày công nhận',
].join(',');

const dmy = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
const dong = (amount: bigint) => amount.toString().replace(/\B(?=(\d{3})+(?!\d))/g, '.');

/** One household's CSV lines, as the district's spreadsheets have them: household and review columns on its first row only. */
const csvLines = (household: BenchHousehold, villageCodes: string[]): string[] =>
  household.members.map((member, position) => {
    const first = position === 0;
    return [
      household.code,
      first ? villageCodes[household.village] : '',
      first ? (household.area === AreaType.RURAL ? 'Nông thôn' : 'Thành thị') : '',
      first ? (household.ethnicMinority ? '1' : '0') : '',
      first && household.independentSince ? dmy(household.independentSince) : '',
      first ? (household.otherHousingSupport ? '1' : '0') : '',
      member.name,
      member.relation,
      member.sex === 'MALE' ? 'Nam' : 'Nữ',
      String(member.birthYear),
      member.ethnicity,
      member.disability ? '1' : '0',
      first ? String(REVIEW_YEAR) : '',
      first ? 'Định kỳ' : '',
      first ? dong(household.income) : '',
      first ? household.deprivations.join(';') : '',
      first ? household.decisionNumber : '',
      first ? dmy(household.recognisedOn) : '',
    ].join(',');
  });

/**
 * The whole file, and the same rows cut at household boundaries into parts the service accepts
 * (MAX_IMPORT_BYTES each, the heading row repeated).
 */
const buildFiles = (households: BenchHousehold[], villageCodes: string[]) => {
  const parts: Buffer[] = [];
  const whole: Buffer[] = [Buffer.from(`${HEADER}\r\n`)];
  let lines: string[] = [];
  let size = Buffer.byteLength(`${HEADER}\r\n`);
  const flush = () => {
    parts.push(Buffer.from(`${[HEADER, ...lines].join('\r\n')}\r\n`));
    lines = [];
    size = Buffer.byteLength(`${HEADER}\r\n`);
  };
  for (const household of households) {
    const block = csvLines(household, villageCodes);
    const bytes = Buffer.byteLength(`${block.join('\r\n')}\r\n`);
    whole.push(Buffer.from(`${block.join('\r\n')}\r\n`));
    if (lines.length > 0 && size + bytes > MAX_IMPORT_BYTES) flush();
    lines.push(...block);
    size += bytes;
  }
  if (lines.length > 0) flush();
  return { whole: Buffer.concat(whole), parts };
};

// ---------------------------------------------------------------- COPY data (the rows the import should write)

const copyText = (value: string | number | boolean | bigint | null): string =>
  value === null
    ? '\\N'
    : String(value).replace(/\\/g, '\\\\').replace(/\t/g, '\\t').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
const copyRows = (rows: (string | number | boolean | bigint | null)[][]) =>
  Buffer.from(rows.map((row) => `${row.map(copyText).join('\t')}\n`).join(''));

// ---------------------------------------------------------------- measuring

interface Measured {
  label: string;
  rows: number;
  ms: number;
  rssBefore: number;
  rssPeak: number;
  heapPeak: number;
  maxRss: number;
}

/** Samples RSS and heap every 50 ms; a synchronous stretch longer than that is only seen at its ends. */
const measure = async (label: string, rows: number, work: () => Promise<void>): Promise<Measured> => {
  collectGarbage();
  const rssBefore = process.memoryUsage().rss;
  let rssPeak = rssBefore;
  let heapPeak = process.memoryUsage().heapUsed;
  const sample = () => {
    const usage = process.memoryUsage();
    rssPeak = Math.max(rssPeak, usage.rss);
    heapPeak = Math.max(heapPeak, usage.heapUsed);
  };
  const sampler = setInterval(sample, 50);
  tracer?.phase(label);
  const started = performance.now();
  try {
    await work();
  } finally {
    clearInterval(sampler);
    tracer?.phase(null);
  }
  const ms = performance.now() - started;
  sample();
  // The kernel's high-water mark for the whole process so far (KiB): catches what the sampler misses.
  const maxRss = process.resourceUsage().maxRSS * 1024;
  return { label, rows, ms, rssBefore, rssPeak, heapPeak, maxRss };
};

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(0);

const printTable = (results: Measured[], copy: Measured) => {
  const rows = [
    ['', 'wall s', 'rows/s', 'RSS before MiB', 'peak RSS MiB', 'peak heap MiB', 'max RSS so far MiB', '/ COPY'],
    ...results.map((result) => [
      result.label,
      (result.ms / 1000).toFixed(2),
      Math.round(result.rows / (result.ms / 1000)).toLocaleString('en-US'),
      mib(result.rssBefore),
      mib(result.rssPeak),
      mib(result.heapPeak),
      mib(result.maxRss),
      `${(result.ms / copy.ms).toFixed(1)}x`,
    ]),
  ];
  printMarkdownTable(rows);
};

// ---------------------------------------------------------------- main

const cleanup = createCleanup();

const expectClean = (what: string, outcome: ImportOutcome, committed: boolean) => {
  if (outcome.rowErrors.length > 0 || outcome.userErrors.length > 0 || outcome.committed !== committed) {
    throw new BenchFailure(
      `${what}: ${JSON.stringify({ ...outcome, rowErrors: outcome.rowErrors.slice(0, 5) }, (_, v) => (typeof v === 'bigint' ? v.toString() : v)).slice(0, 800)}`,
    );
  }
};

const prepareVillages = async (pool: pg.Pool): Promise<{ codes: string[]; ids: number[]; communeIds: number[] }> => {
  // Clearly synthetic villages (admin_unit.synthetic): the plan seed has communes, not villages.
  const { rows } = await pool.query<{ code: string; id: number; commune_id: number }>(
    `insert into admin_unit (code, name, level, parent_id, synthetic)
     select c.code || '-BENCH' || lpad(n::text, 2, '0'), 'Thôn bench ' || n || ' (giả lập)', 'VILLAGE', c.id, true
       from admin_unit c cross join generate_series(1, $1::int) n
      where c.level = 'COMMUNE'
     order by c.code, n
     returning code, id, parent_id as commune_id`,
    [VILLAGES_PER_COMMUNE],
  );
  if (rows.length === 0) throw new BenchFailure('the seed made no communes');
  return { codes: rows.map((r) => r.code), ids: rows.map((r) => r.id), communeIds: rows.map((r) => r.commune_id) };
};

const main = async (): Promise<number> => {
  const memberCount = HOUSEHOLDS * MEMBERS_PER_HOUSEHOLD;
  console.log(
    `Importing ${HOUSEHOLDS.toLocaleString('en-US')} households (${memberCount.toLocaleString('en-US')} people, one review each)`,
  );
  const workDir = await mkdtemp(join(tmpdir(), 'ansinh-bench-import-'));
  cleanup.add(() => rm(workDir, { recursive: true, force: true }));
  const database = await openBenchDatabase(workDir);
  cleanup.add(() => database.stop());
  console.log(`database: ${database.describe}`);

  const orm: MikroORM = await connectAndMigrate(database.url, { quiet: true });
  cleanup.add(() => orm.close(true));
  await seed(orm, { demo: true, demoPassword: randomBytes(12).toString('base64url') });
  const pool = new pg.Pool({ connectionString: database.url, max: 2 });
  cleanup.add(() => pool.end());
  const villages = await prepareVillages(pool);

  let started = performance.now();
  const households = generateHouseholds(HOUSEHOLDS, villages.codes.length);
  const files = buildFiles(households, villages.codes);
  const csvPath = join(workDir, 'households.csv');
  await writeFile(csvPath, files.whole);
  const partPaths: string[] = [];
  for (const [index, part] of files.parts.entries()) {
    partPaths.push(join(workDir, `households-${index + 1}.csv`));
    await writeFile(partPaths[index], part);
  }
  console.log(
    `file: ${csvPath}, ${(files.whole.length / 2 ** 20).toFixed(1)} MiB, ${memberCount.toLocaleString('en-US')} data rows, ` +
      `generated in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  console.log(
    `the service refuses files over ${MAX_IMPORT_BYTES / 2 ** 20} MiB (FILE_TOO_LARGE): imported as ${files.parts.length} ` +
      `part(s) of ${files.parts.map((part) => (part.length / 2 ** 20).toFixed(1)).join(' + ')} MiB, one commit each`,
  );
  // What a caller of the service holds: the files as base64, as the GraphQL input carries them.
  const uploads = await Promise.all(
    partPaths.map(async (path, index) => ({
      fileName: `households-${index + 1}.csv`,
      contentBase64: (await readFile(path)).toString('base64'),
    })),
  );
  files.parts.length = 0;

  const results: Measured[] = [];
  // Each timed write starts from a clean checkpoint (needs a superuser: skipped silently otherwise).
  const checkpoint = () =>
    pool.query('checkpoint').then(
      () => undefined,
      () => undefined,
    );

  await checkpoint();
  results.push(
    await measure('read + check the file only (readImportFile, no database)', memberCount, async () => {
      for (const upload of uploads) {
        const parsed = await readImportFile(upload.fileName, upload.contentBase64);
        if (parsed.problems.length > 0) throw new BenchFailure(`readImportFile: ${JSON.stringify(parsed.problems[0])}`);
      }
    }),
  );
  results.push(
    await measure('preview (previewHouseholdImport)', memberCount, async () => {
      for (const upload of uploads) {
        const outcome = await previewHouseholdImport(orm.em.fork(), DISTRICT_WIDE, upload);
        expectClean('preview', outcome, false);
      }
    }),
  );
  await checkpoint();
  results.push(
    await measure('commit, new households (commitHouseholdImport)', memberCount, async () => {
      for (const upload of uploads) {
        const outcome = await commitHouseholdImport(orm.em.fork(), DISTRICT_WIDE, upload);
        expectClean('commit', outcome, true);
        if (outcome.summary?.newHouseholds !== outcome.summary?.households)
          throw new BenchFailure(`commit: ${JSON.stringify(outcome.summary)}`);
      }
    }),
  );
  const {
    rows: [{ stamp }],
    // As text: a JS Date would drop the microseconds and make every row look newer.
  } = await pool.query<{ stamp: string }>(
    'select greatest((select max(updated_at) from household), (select max(updated_at) from assessment))::text as stamp',
  );
  await checkpoint();
  results.push(
    await measure('commit again, same file (no change)', memberCount, async () => {
      for (const upload of uploads) {
        const outcome = await commitHouseholdImport(orm.em.fork(), DISTRICT_WIDE, upload);
        expectClean('re-import', outcome, true);
        if (outcome.summary?.existingHouseholds !== outcome.summary?.households)
          throw new BenchFailure(`re-import: ${JSON.stringify(outcome.summary)}`);
      }
    }),
  );
  const {
    rows: [written],
  } = await pool.query<{ households: number; members: number; assessments: number; touched: number }>(
    `select (select count(*)::int from household) as households, (select count(*)::int from household_member) as members,
            (select count(*)::int from assessment) as assessments,
            (select count(*)::int from household where updated_at > $1::timestamptz) + (select count(*)::int from assessment where updated_at > $1::timestamptz) as touched`,
    [stamp],
  );
  if (written.households !== HOUSEHOLDS || written.members !== memberCount || written.assessments !== HOUSEHOLDS)
    throw new BenchFailure(`rows after the import: ${JSON.stringify(written)}`);
  if (written.touched !== 0) throw new BenchFailure(`the re-import rewrote ${written.touched} rows`);

  // ------------------------------------------------------------ baseline: COPY of the same rows
  // Copies of the three tables with their indexes, checks and foreign keys (LIKE copies no foreign
  // keys: they are added from the real tables' definitions, pointing at the copies).
  const { rows: foreignKeys } = await pool.query<{ table: string; definition: string }>(
    `select conrelid::regclass::text as table, pg_get_constraintdef(oid) as definition from pg_constraint
      where contype = 'f' and conrelid in ('household'::regclass, 'household_member'::regclass, 'assessment'::regclass)`,
  );
  await pool.query(`
    create table bench_household (like household including all);
    create table bench_household_member (like household_member including all);
    create table bench_assessment (like assessment including all);
    ${foreignKeys
      .map(
        (key) =>
          `alter table bench_${key.table} add ${key.definition.replace(/REFERENCES (household|household_member|assessment)\(/, 'REFERENCES bench_$1(')};`,
      )
      .join('\n')}
  `);
  const standard = await standardOn(orm.em.fork(), reviewStandardDate(REVIEW_YEAR, ReviewKind.PERIODIC, 12));
  if (!standard) throw new BenchFailure('no poverty standard for the 2021 review');
  started = performance.now();
  // The rows as the import stores them, ids given; not timed (COPY gets rows ready to load).
  const copyData = {
    household: copyRows(
      households.map((h, index) => [
        index + 1,
        h.code,
        villages.ids[h.village],
        villages.communeIds[h.village],
        h.area,
        h.ethnicMinority,
        h.independentSince,
        h.otherHousingSupport,
      ]),
    ),
    member: copyRows(
      households.flatMap((h, index) =>
        h.members.map((m, position) => [
          index * MEMBERS_PER_HOUSEHOLD + position + 1,
          index + 1,
          position + 1,
          m.name,
          m.sex,
          m.birthYear,
          m.ethnicity,
          m.disability,
          RELATION_VALUES[m.relation],
        ]),
      ),
    ),
    assessment: copyRows(
      households.map((h, index) => {
        const deprivations = h.deprivations.map((n) => DEPRIVATIONS[n - 1]);
        return [
          index + 1,
          index + 1,
          REVIEW_YEAR,
          ReviewKind.PERIODIC,
          12,
          h.income,
          `{${deprivations.join(',')}}`,
          classify(standard, h.area, h.income, deprivations).status,
          standard.id,
          h.decisionNumber,
          h.recognisedOn,
        ];
      }),
    ),
  };
  console.log(`COPY data built in ${((performance.now() - started) / 1000).toFixed(1)} s (not timed)`);
  await checkpoint();
  const client = await pool.connect();
  const copyTables: Record<string, number> = {};
  let copy: Measured;
  try {
    copy = await measure('baseline: COPY FROM STDIN of the same rows, one transaction', memberCount, async () => {
      await client.query('begin');
      let at = performance.now();
      const timed = async (table: string, sql: string, data: Buffer) => {
        await copyFrom(client, sql, data);
        copyTables[table] = performance.now() - at;
        at = performance.now();
      };
      await timed(
        'household',
        'copy bench_household (id, code, village_id, commune_id, area_type, ethnic_minority, independent_since, other_housing_support) from stdin',
        copyData.household,
      );
      await timed(
        'household_member',
        'copy bench_household_member (id, household_id, position, name, sex, birth_year, ethnicity, disability, relation) from stdin',
        copyData.member,
      );
      await timed(
        'assessment',
        `copy bench_assessment (id, household_id, year, kind, month, monthly_income_per_capita, deprivations, status, standard_id,
                                decision_number, recognised_on) from stdin`,
        copyData.assessment,
      );
      await client.query('commit');
      copyTables.commit = performance.now() - at;
    });
  } finally {
    client.release();
  }
  results.push(copy);

  // Both wrote the same rows (ids aside): compared by household code.
  const {
    rows: [difference],
  } = await pool.query<{ households: number; members: number; assessments: number }>(`
    select
      (select count(*)::int from (
        (select code, village_id, commune_id, area_type, ethnic_minority, independent_since, other_housing_support from household
         except select code, village_id, commune_id, area_type, ethnic_minority, independent_since, other_housing_support from bench_household)
        union all
        (select code, village_id, commune_id, area_type, ethnic_minority, independent_since, other_housing_support from bench_household
         except select code, village_id, commune_id, area_type, ethnic_minority, independent_since, other_housing_support from household)) d) as households,
      (select count(*)::int from (
        (select h.code, m.position, m.name, m.sex, m.birth_year, m.ethnicity, m.disability, m.relation from household_member m join household h on h.id = m.household_id
         except select h.code, m.position, m.name, m.sex, m.birth_year, m.ethnicity, m.disability, m.relation from bench_household_member m join bench_household h on h.id = m.household_id)
        union all
        (select h.code, m.position, m.name, m.sex, m.birth_year, m.ethnicity, m.disability, m.relation from bench_household_member m join bench_household h on h.id = m.household_id
         except select h.code, m.position, m.name, m.sex, m.birth_year, m.ethnicity, m.disability, m.relation from household_member m join household h on h.id = m.household_id)) d) as members,
      (select count(*)::int from (
        (select h.code, a.year, a.kind, a.month, a.monthly_income_per_capita, a.deprivations, a.status, a.standard_id, a.decision_number, a.recognised_on
           from assessment a join household h on h.id = a.household_id
         except select h.code, a.year, a.kind, a.month, a.monthly_income_per_capita, a.deprivations, a.status, a.standard_id, a.decision_number, a.recognised_on
           from bench_assessment a join bench_household h on h.id = a.household_id)
        union all
        (select h.code, a.year, a.kind, a.month, a.monthly_income_per_capita, a.deprivations, a.status, a.standard_id, a.decision_number, a.recognised_on
           from bench_assessment a join bench_household h on h.id = a.household_id
         except select h.code, a.year, a.kind, a.month, a.monthly_income_per_capita, a.deprivations, a.status, a.standard_id, a.decision_number, a.recognised_on
           from assessment a join household h on h.id = a.household_id)) d) as assessments
  `);
  if (difference.households + difference.members + difference.assessments > 0)
    throw new BenchFailure(`the import and COPY wrote different rows: ${JSON.stringify(difference)}`);

  console.log();
  printTable(results, copy);
  console.log();
  const byLabel = (prefix: string) => results.find((result) => result.label.startsWith(prefix)) as Measured;
  const commit = byLabel('commit, new');
  const preview = byLabel('preview');
  console.log(
    `import (commit of new households) / COPY: ${(commit.ms / copy.ms).toFixed(1)}x; ` +
      `preview + commit / COPY: ${((preview.ms + commit.ms) / copy.ms).toFixed(1)}x`,
  );
  console.log(
    `COPY by table (ms): ${Object.entries(copyTables)
      .map(([table, ms]) => `${table} ${ms.toFixed(0)}`)
      .join(', ')}`,
  );
  console.log(
    `rows written: ${written.households} households, ${written.members} members, ${written.assessments} assessments; ` +
      'the re-import rewrote none; COPY wrote the same rows',
  );
  if (tracer) console.log(`\n${tracer.report(1)}\n`);
  return 0;
};

await runBench(cleanup, main);
