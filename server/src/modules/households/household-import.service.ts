import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../common/sql';
import { characterCount, clipText, isTooLong, TEXT_LIMITS, type TextLimit } from '../../common/text';
import { UserError } from '../../common/user-error';
import { classify, reviewStandardDate } from './classification';
import {
  AreaType,
  DEPRIVATIONS,
  type Deprivation,
  type PovertyStatus,
  Relation,
  ReviewKind,
  Sex,
} from './households.enums';
import { HouseholdErrorCode as Code } from './households.errors';
import { parseCsv, parseXlsx, type Sheet } from './import-file';
import { allStandards, pickStandard } from './standard.service';

// The column layout, documented in docs/households-import.md. Each column is known by its key or
// by the Vietnamese heading the district's spreadsheets (exchanged with MIS POSASoft) use.
const COLUMNS = {
  household_code: 'Mã hộ',
  village_code: 'Mã thôn',
  area_type: 'Khu vực',
  ethnic_minority: 'Hộ DTTS',
  independent_since: 'Ngày tách hộ',
  other_housing_support: 'Đã được hỗ trợ nhà ở',
  member_name: 'Họ và tên',
  relation: 'Quan hệ với chủ hộ',
  sex: 'Giới tính',
  birth_year: 'Năm sinh',
  ethnicity: 'Dân tộc',
  disability: 'Khuyết tật',
  review_year: 'Năm rà soát',
  review_kind: 'Loại rà soát',
  review_month: 'Tháng rà soát',
  income: 'Thu nhập bình quân',
  deprivations: 'Chỉ số thiếu hụt',
  decision_number: 'Số quyết định công nhận',
  recognised_on: 'Ngày công nhận',
} as const;
type Column = keyof typeof COLUMNS;
const REQUIRED: Column[] = [
  'household_code',
  'village_code',
  'area_type',
  'ethnic_minority',
  'member_name',
  'relation',
];
const HOUSEHOLD_FIELDS: Column[] = [
  'village_code',
  'area_type',
  'ethnic_minority',
  'independent_since',
  'other_housing_support',
];
const REVIEW_FIELDS: Column[] = [
  'review_year',
  'review_kind',
  'review_month',
  'income',
  'deprivations',
  'decision_number',
  'recognised_on',
];

// The text columns, limited to the lengths of the columns they are stored in (common/text.ts).
// The others are read as numbers, dates or words from a list.
const TEXT_COLUMNS: Partial<Record<Column, TextLimit>> = {
  household_code: TEXT_LIMITS.householdCode,
  village_code: TEXT_LIMITS.villageCode,
  member_name: TEXT_LIMITS.memberName,
  ethnicity: TEXT_LIMITS.ethnicity,
  decision_number: TEXT_LIMITS.recognitionDecisionNumber,
};

export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 500_000;
/** Member rows of one household; far more than any household has. */
export const MAX_MEMBERS = 100;

const normalise = (text: string) => text.normalize('NFC').trim().toLowerCase().replace(/\s+/g, ' ');
const HEADINGS = new Map<string, Column>(
  (Object.entries(COLUMNS) as [Column, string][]).flatMap(([key, label]) => [
    [normalise(key), key],
    [normalise(label), key],
  ]),
);

const words = (pairs: [string[], string][]) =>
  new Map(pairs.flatMap(([names, value]) => names.map((name) => [normalise(name), value])));
const AREA = words([
  [['RURAL', 'Nông thôn'], AreaType.RURAL],
  [['URBAN', 'Thành thị'], AreaType.URBAN],
]);
const YES_NO = words([
  [['1', 'x', 'true', 'yes', 'có', 'c'], 'true'],
  [['0', '', 'false', 'no', 'không', 'k'], 'false'],
]);
const SEX = words([
  [['MALE', 'Nam'], Sex.MALE],
  [['FEMALE', 'Nữ'], Sex.FEMALE],
]);
const RELATION = words([
  [['HEAD', 'Chủ hộ'], Relation.HEAD],
  [['SPOUSE', 'Vợ', 'Chồng', 'Vợ/Chồng'], Relation.SPOUSE],
  [['CHILD', 'Con'], Relation.CHILD],
  [['PARENT', 'Bố', 'Mẹ', 'Cha', 'Bố/Mẹ'], Relation.PARENT],
  [['GRANDCHILD', 'Cháu'], Relation.GRANDCHILD],
  [['OTHER', 'Khác'], Relation.OTHER],
]);
const KIND = words([
  [['PERIODIC', 'Định kỳ'], ReviewKind.PERIODIC],
  [['REGULAR', 'Thường xuyên'], ReviewKind.REGULAR],
]);
// Indicators may be given by name or by their number in Decree 07/2021/NĐ-CP's list (1-12).
const DEPRIVATION_NAMES = new Map<string, Deprivation>(
  DEPRIVATIONS.flatMap((deprivation, index) => [
    [normalise(deprivation), deprivation],
    [String(index + 1), deprivation],
  ]),
);

export interface ImportRowProblem {
  row: number | null;
  column: string | null;
  code: Code;
  message: string;
}

interface ParsedMember {
  row: number;
  name: string;
  relation: Relation;
  sex: Sex | null;
  birthYear: number | null;
  ethnicity: string | null;
  disability: boolean;
}

interface ParsedReview {
  row: number;
  year: number;
  kind: ReviewKind;
  month: number;
  income: bigint;
  deprivations: Deprivation[];
  decisionNumber: string | null;
  recognisedOn: string | null;
}

export interface ParsedHousehold {
  code: string;
  row: number;
  villageCode: string;
  areaType: AreaType;
  ethnicMinority: boolean;
  independentSince: string | null;
  otherHousingSupport: boolean;
  members: ParsedMember[];
  review: ParsedReview | null;
  // Filled in against the database.
  villageId?: number;
  communeId?: number;
  status?: PovertyStatus;
  standardId?: number;
}

const isDate = (text: string): boolean => {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
};
/** YYYY-MM-DD, or dd/mm/yyyy as Vietnamese spreadsheets write dates. */
const toDate = (text: string): string | null => {
  const vietnamese = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  const iso = vietnamese
    ? `${vietnamese[3]}-${vietnamese[2].padStart(2, '0')}-${vietnamese[1].padStart(2, '0')}`
    : text;
  return isDate(iso) ? iso : null;
};

/** Reads the file and checks every row on its own (no database). */
export const readImportFile = async (
  fileName: string,
  contentBase64: string,
): Promise<{ households: ParsedHousehold[]; rows: number; problems: ImportRowProblem[] }> => {
  const fileProblem = (code: Code, message: string) => ({
    households: [],
    rows: 0,
    problems: [{ row: null, column: null, code, message }],
  });
  if (isTooLong(fileName, TEXT_LIMITS.importFileName)) {
    return fileProblem(Code.TEXT_TOO_LONG, `fileName is at most ${TEXT_LIMITS.importFileName.max} characters.`);
  }
  const extension = /\.([a-z0-9]+)$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension !== 'csv' && extension !== 'xlsx') {
    return fileProblem(Code.UNSUPPORTED_FILE_TYPE, 'Send an .xlsx or .csv file.');
  }
  if (!/^[A-Za-z0-9+/=\s]*$/.test(contentBase64))
    return fileProblem(Code.FILE_UNREADABLE, 'contentBase64 is not base64.');
  const content = Buffer.from(contentBase64, 'base64');
  if (content.length > MAX_IMPORT_BYTES) {
    return fileProblem(Code.FILE_TOO_LARGE, `At most ${MAX_IMPORT_BYTES / 1024 / 1024} MB per file.`);
  }
  let sheet: Sheet;
  try {
    sheet = extension === 'csv' ? parseCsv(content.toString('utf8')) : await parseXlsx(content);
  } catch (error) {
    return fileProblem(
      Code.FILE_UNREADABLE,
      `The file cannot be read as .${extension}: ${clipText(error instanceof Error ? error.message : String(error), 200)}`,
    );
  }
  return checkSheet(sheet);
};

/**
 * Checks every row on its own: the one checker of both preview and commit, so that a file whose
 * preview shows no error commits (the registry is checked again at commit, in its transaction).
 */
export const checkSheet = (
  sheet: Sheet,
): { households: ParsedHousehold[]; rows: number; problems: ImportRowProblem[] } => {
  const problems: ImportRowProblem[] = [];
  const index = new Map<Column, number>();
  sheet.header.forEach((heading, position) => {
    const column = HEADINGS.get(normalise(heading));
    if (column && !index.has(column)) index.set(column, position);
  });
  for (const column of REQUIRED) {
    if (!index.has(column)) {
      problems.push({
        row: 1,
        column: COLUMNS[column],
        code: Code.MISSING_COLUMN,
        message: `No column "${COLUMNS[column]}" (${column}).`,
      });
    }
  }
  if (problems.length > 0) return { households: [], rows: sheet.rows.length, problems };
  if (sheet.rows.length === 0)
    return {
      households: [],
      rows: 0,
      problems: [{ row: null, column: null, code: Code.NO_ROWS, message: 'The file has no data rows.' }],
    };
  if (sheet.rows.length > MAX_IMPORT_ROWS) {
    return {
      households: [],
      rows: sheet.rows.length,
      problems: [
        { row: null, column: null, code: Code.TOO_MANY_ROWS, message: `At most ${MAX_IMPORT_ROWS} rows per file.` },
      ],
    };
  }

  const byCode = new Map<string, { household: ParsedHousehold; first: Map<Column, string>; rowsWithErrors: boolean }>();
  for (const { number, cells } of sheet.rows) {
    const cell = (column: Column) => {
      const position = index.get(column);
      return position === undefined ? '' : (cells[position] ?? '').normalize('NFC').trim();
    };
    // One problem per cell: a cell once reported is not reported again, and reads as empty after.
    const reported = new Set<Column>();
    const problem = (column: Column, code: Code, message: string) => {
      if (reported.has(column)) return;
      reported.add(column);
      problems.push({ row: number, column: COLUMNS[column], code, message });
    };
    const before = problems.length;
    // Before anything reads the row: a text too long for its column, or U+0000, which PostgreSQL
    // cannot store, would otherwise pass here and fail in the database.
    for (const column of index.keys()) {
      const value = cell(column);
      const limit = TEXT_COLUMNS[column];
      if (value.includes('\u0000')) {
        problem(column, Code.INVALID_VALUE, `"${COLUMNS[column]}" contains the NUL character (U+0000).`);
      } else if (limit && isTooLong(value, limit)) {
        problem(
          column,
          Code.TEXT_TOO_LONG,
          `"${COLUMNS[column]}" is at most ${limit.max} characters; ${characterCount(value)} were given.`,
        );
      }
    }
    const raw = (column: Column) => (reported.has(column) ? '' : cell(column));
    const required = (column: Column): string | null => {
      const value = raw(column);
      if (!value) problem(column, Code.REQUIRED, `"${COLUMNS[column]}" is required.`);
      return value || null;
    };
    // An empty required cell: reported once, and no value.
    const missing = (column: Column): null => {
      required(column);
      return null;
    };
    const fromWords = <T extends string>(column: Column, table: Map<string, string>, what: string): T | null => {
      const value = raw(column);
      const found = table.get(normalise(value));
      if (found === undefined) {
        problem(column, Code.INVALID_VALUE, `"${clipText(value)}" is not ${what}.`);
        return null;
      }
      return found as T;
    };
    const integer = (column: Column, low: number, high: number): number | null => {
      const value = raw(column);
      if (!/^\d{1,4}$/.test(value) || Number(value) < low || Number(value) > high) {
        problem(column, Code.INVALID_VALUE, `"${clipText(value)}" is not a whole number from ${low} to ${high}.`);
        return null;
      }
      return Number(value);
    };
    const date = (column: Column): string | null => {
      const value = raw(column);
      if (!value) return null;
      const parsed = toDate(value);
      if (!parsed) {
        problem(column, Code.INVALID_VALUE, `"${clipText(value)}" is not a date (YYYY-MM-DD or dd/mm/yyyy).`);
      }
      return parsed;
    };

    const code = required('household_code');
    const name = required('member_name');
    const relation = raw('relation')
      ? fromWords<Relation>('relation', RELATION, 'a relation to the head')
      : missing('relation');
    const sex = raw('sex') ? fromWords<Sex>('sex', SEX, 'Nam or Nữ') : null;
    const birthYear = raw('birth_year') ? integer('birth_year', 1890, new Date().getUTCFullYear()) : null;
    const disability = fromWords<string>('disability', YES_NO, '1 or 0') === 'true';
    if (!code) continue;

    const entry = byCode.get(code);
    const first = entry?.first ?? new Map<Column, string>();
    if (entry) {
      // Household and review fields may be left empty after a household's first row; a different value is a mistake.
      for (const column of [...HOUSEHOLD_FIELDS, ...REVIEW_FIELDS]) {
        const value = raw(column);
        if (value && normalise(value) !== normalise(first.get(column) ?? '')) {
          problem(
            column,
            Code.INCONSISTENT_HOUSEHOLD,
            `Household ${code} has "${clipText(first.get(column) ?? '')}" here on row ${entry.household.row}.`,
          );
        }
      }
    } else {
      for (const column of [...HOUSEHOLD_FIELDS, ...REVIEW_FIELDS]) first.set(column, raw(column));
    }
    let household = entry?.household;
    if (!household) {
      const villageCode = required('village_code');
      const areaType = raw('area_type')
        ? fromWords<AreaType>('area_type', AREA, 'Nông thôn or Thành thị')
        : missing('area_type');
      const ethnicMinority = raw('ethnic_minority')
        ? fromWords<string>('ethnic_minority', YES_NO, '1 or 0')
        : missing('ethnic_minority');
      const independentSince = date('independent_since');
      const otherHousingSupport = fromWords<string>('other_housing_support', YES_NO, '1 or 0') === 'true';
      let review: ParsedReview | null = null;
      if (raw('review_year')) {
        const year = integer('review_year', 2000, 2100);
        const kind = raw('review_kind')
          ? fromWords<ReviewKind>('review_kind', KIND, 'Định kỳ or Thường xuyên')
          : ReviewKind.PERIODIC;
        // The periodic review runs 1 September - 14 December and is recorded as December.
        const month = raw('review_month')
          ? integer('review_month', 1, 12)
          : kind === ReviewKind.PERIODIC
            ? 12
            : missing('review_month');
        const incomeText = raw('income').replace(/[.\s]/g, '');
        let income: bigint | null = null;
        if (!incomeText) required('income');
        else if (!/^\d{1,15}$/.test(incomeText))
          problem('income', Code.INVALID_VALUE, `"${clipText(raw('income'))}" is not a whole number of đồng.`);
        else income = BigInt(incomeText);
        const deprivations: Deprivation[] = [];
        for (const part of raw('deprivations')
          .split(/[;,]/)
          .map((item) => item.trim())
          .filter(Boolean)) {
          const deprivation = DEPRIVATION_NAMES.get(normalise(part));
          if (deprivation) deprivations.push(deprivation);
          else
            problem(
              'deprivations',
              Code.UNKNOWN_DEPRIVATION,
              `"${clipText(part)}" is not one of the 12 indicators (1-12 or their names).`,
            );
        }
        const recognisedOn = date('recognised_on');
        if (year !== null && kind !== null && month !== null && income !== null) {
          review = {
            row: number,
            year,
            kind,
            month,
            income,
            deprivations: [...new Set(deprivations)],
            decisionNumber: raw('decision_number') || null,
            recognisedOn,
          };
        }
      }
      household = {
        code,
        row: number,
        villageCode: villageCode ?? '',
        areaType: areaType ?? AreaType.RURAL,
        ethnicMinority: ethnicMinority === 'true',
        independentSince,
        otherHousingSupport,
        members: [],
        review,
      };
      byCode.set(code, { household, first, rowsWithErrors: false });
    }
    if (problems.length === before && name && relation) {
      household.members.push({
        row: number,
        name,
        relation,
        sex,
        birthYear,
        ethnicity: raw('ethnicity') || null,
        disability,
      });
    }
  }
  for (const { household } of byCode.values()) {
    const extra = household.members[MAX_MEMBERS];
    if (extra) {
      problems.push({
        row: extra.row,
        column: COLUMNS.member_name,
        code: Code.TOO_MANY_MEMBERS,
        message: `Household ${household.code} has more than ${MAX_MEMBERS} members.`,
      });
    }
    const heads = household.members.filter((member) => member.relation === Relation.HEAD).length;
    if (heads !== 1 && !problems.some((p) => p.row === household.row)) {
      problems.push({
        row: household.row,
        column: COLUMNS.relation,
        code: Code.HEAD_COUNT,
        message: `Household ${household.code} has ${heads} heads (Chủ hộ); it needs exactly one.`,
      });
    }
  }
  return { households: [...byCode.values()].map((entry) => entry.household), rows: sheet.rows.length, problems };
};

export interface ImportScope {
  /** Communes the importer may change; null for district-wide roles. */
  communeIds: number[] | null;
}

/** Checks the parsed file against the registry: villages, the importer's communes, the standard in force. */
const checkAgainstRegistry = async (
  em: EntityManager,
  households: ParsedHousehold[],
  scope: ImportScope,
): Promise<ImportRowProblem[]> => {
  const problems: ImportRowProblem[] = [];
  const villages = new Map(
    (
      await em.execute<{ code: string; id: number; commune_id: number }[]>(
        `select v.code, v.id, v.parent_id as commune_id from admin_unit v where v.level = 'VILLAGE' and v.code = any(?::text[])`,
        [pgArray([...new Set(households.map((household) => household.villageCode))])],
      )
    ).map((row) => [row.code, row]),
  );
  const existing = new Map(
    (
      await em.execute<{ code: string; commune_id: number }[]>(
        'select code, commune_id from household where code = any(?::text[])',
        [pgArray(households.map((household) => household.code))],
      )
    ).map((row) => [row.code, row.commune_id]),
  );
  const standards = await allStandards(em);
  for (const household of households) {
    const village = villages.get(household.villageCode);
    if (!village) {
      problems.push({
        row: household.row,
        column: COLUMNS.village_code,
        code: Code.UNKNOWN_VILLAGE,
        message: `No village with code "${household.villageCode}".`,
      });
      continue;
    }
    household.villageId = village.id;
    household.communeId = village.commune_id;
    const outside = (communeId: number | undefined) =>
      scope.communeIds !== null && communeId !== undefined && !scope.communeIds.includes(communeId);
    if (outside(village.commune_id) || outside(existing.get(household.code))) {
      problems.push({
        row: household.row,
        column: outside(village.commune_id) ? COLUMNS.village_code : COLUMNS.household_code,
        code: Code.OUTSIDE_YOUR_COMMUNE,
        message: `Household ${household.code} is not in your commune: you may change only your own commune's households.`,
      });
    }
    const review = household.review;
    if (review) {
      const on = reviewStandardDate(review.year, review.kind, review.month);
      const standard = pickStandard(standards, on);
      if (!standard) {
        problems.push({
          row: review.row,
          column: COLUMNS.review_year,
          code: Code.NO_STANDARD_IN_FORCE,
          message: `No poverty standard is in force for a review applying on ${on}.`,
        });
        continue;
      }
      household.standardId = standard.id;
      household.status = classify(standard, household.areaType, review.income, review.deprivations).status;
    }
  }
  return problems;
};

export interface ImportOutcome {
  summary: {
    rows: number;
    households: number;
    newHouseholds: number;
    existingHouseholds: number;
    members: number;
    assessments: number;
  } | null;
  rowErrors: ImportRowProblem[];
  committed: boolean;
  userErrors: UserError[];
}

const byRow = (a: ImportRowProblem, b: ImportRowProblem) => (a.row ?? 0) - (b.row ?? 0);

const summarise = async (
  em: EntityManager,
  rows: number,
  households: ParsedHousehold[],
): Promise<ImportOutcome['summary']> => {
  const [{ count }] = await em.execute<{ count: number }[]>(
    'select count(*)::int as count from household where code = any(?::text[])',
    [pgArray(households.map((household) => household.code))],
  );
  return {
    rows,
    households: households.length,
    newHouseholds: households.length - count,
    existingHouseholds: count,
    members: households.reduce((sum, household) => sum + household.members.length, 0),
    assessments: households.filter((household) => household.review).length,
  };
};

/** Reads and checks a file and says what a commit would write. Writes nothing. */
export const previewHouseholdImport = async (
  em: EntityManager,
  scope: ImportScope,
  file: { fileName: string; contentBase64: string },
): Promise<ImportOutcome> => {
  const parsed = await readImportFile(file.fileName, file.contentBase64);
  if (parsed.households.length === 0)
    return { summary: null, rowErrors: parsed.problems, committed: false, userErrors: [] };
  // A cell the file already got wrong (an empty or unreadable village code) is not reported twice.
  const reported = new Set(parsed.problems.map((problem) => `${problem.row}:${problem.column}`));
  const registryProblems = (await checkAgainstRegistry(em, parsed.households, scope)).filter(
    (problem) => !reported.has(`${problem.row}:${problem.column}`),
  );
  const problems = [...parsed.problems, ...registryProblems].sort(byRow);
  return {
    summary: await summarise(em, parsed.rows, parsed.households),
    rowErrors: problems,
    committed: false,
    userErrors: [],
  };
};

/**
 * Checks the file again and writes it in one transaction, all or nothing: households by code
 * (insert or update), their members (replaced by position), one review per household (by year,
 * kind and month) with its computed status. Importing the same file twice changes nothing.
 */
export const commitHouseholdImport = async (
  em: EntityManager,
  scope: ImportScope,
  file: { fileName: string; contentBase64: string },
): Promise<ImportOutcome> => {
  const parsed = await readImportFile(file.fileName, file.contentBase64);
  const refuse = (summary: ImportOutcome['summary'], rowErrors: ImportRowProblem[]): ImportOutcome => ({
    summary,
    rowErrors,
    committed: false,
    userErrors: [
      new UserError(Code.IMPORT_HAS_ERRORS, `The file has ${rowErrors.length} error(s): nothing was imported.`, [
        'input',
        'contentBase64',
      ]),
    ],
  });
  if (parsed.households.length === 0 || parsed.problems.length > 0) {
    return refuse(
      parsed.households.length === 0 ? null : await summarise(em, parsed.rows, parsed.households),
      parsed.problems,
    );
  }
  return em.fork({ clear: true }).transactional(async (t): Promise<ImportOutcome> => {
    const problems = (await checkAgainstRegistry(t, parsed.households, scope)).sort(byRow);
    const summary = await summarise(t, parsed.rows, parsed.households);
    if (problems.length > 0) return refuse(summary, problems);
    await writeHouseholds(t, parsed.households);
    return { summary, rowErrors: [], committed: true, userErrors: [] };
  });
};

/** The set-based write of checked households: a fixed number of statements whatever the file's size. */
export const writeHouseholds = async (em: EntityManager, households: ParsedHousehold[]): Promise<void> => {
  const list = <T>(pick: (household: ParsedHousehold) => T) =>
    pgArray(households.map((household) => pick(household) as string | number | null));
  // An unchanged row is not rewritten (nor is its updated_at touched): re-importing a file is a no-op.
  await em.execute(
    `insert into household (code, village_id, commune_id, area_type, ethnic_minority, independent_since, other_housing_support)
     select * from unnest(?::text[], ?::int[], ?::int[], ?::text[], ?::boolean[], ?::date[], ?::boolean[])
     on conflict (code) do update set village_id = excluded.village_id, commune_id = excluded.commune_id,
        area_type = excluded.area_type, ethnic_minority = excluded.ethnic_minority,
        independent_since = excluded.independent_since, other_housing_support = excluded.other_housing_support, updated_at = now()
      where (household.village_id, household.commune_id, household.area_type, household.ethnic_minority,
             household.independent_since, household.other_housing_support)
            is distinct from (excluded.village_id, excluded.commune_id, excluded.area_type, excluded.ethnic_minority,
             excluded.independent_since, excluded.other_housing_support)`,
    [
      list((h) => h.code),
      list((h) => h.villageId ?? null),
      list((h) => h.communeId ?? null),
      list((h) => h.areaType),
      list((h) => String(h.ethnicMinority)),
      list((h) => h.independentSince),
      list((h) => String(h.otherHousingSupport)),
    ],
  );
  const members = households.flatMap((household) =>
    household.members.map((member, index) => ({ code: household.code, position: index + 1, member })),
  );
  const column = (pick: (row: (typeof members)[number]) => string | number | null) => pgArray(members.map(pick));
  await em.execute(
    `insert into household_member (household_id, position, name, sex, birth_year, ethnicity, disability, relation)
     select h.id, m.position, m.name, m.sex, m.birth_year, m.ethnicity, m.disability, m.relation
       from unnest(?::text[], ?::smallint[], ?::text[], ?::text[], ?::smallint[], ?::text[], ?::boolean[], ?::text[])
            as m(code, position, name, sex, birth_year, ethnicity, disability, relation)
       join household h on h.code = m.code
     on conflict (household_id, position) do update set name = excluded.name, sex = excluded.sex,
        birth_year = excluded.birth_year, ethnicity = excluded.ethnicity, disability = excluded.disability, relation = excluded.relation
      where (household_member.name, household_member.sex, household_member.birth_year, household_member.ethnicity,
             household_member.disability, household_member.relation)
            is distinct from (excluded.name, excluded.sex, excluded.birth_year, excluded.ethnicity, excluded.disability, excluded.relation)`,
    [
      column((row) => row.code),
      column((row) => row.position),
      column((row) => row.member.name),
      column((row) => row.member.sex),
      column((row) => row.member.birthYear),
      column((row) => row.member.ethnicity),
      column((row) => String(row.member.disability)),
      column((row) => row.member.relation),
    ],
  );
  // The file lists every member: those beyond its count have left the household.
  await em.execute(
    `delete from household_member m using unnest(?::text[], ?::int[]) as f(code, members), household h
      where h.code = f.code and m.household_id = h.id and m.position > f.members`,
    [list((h) => h.code), list((h) => h.members.length)],
  );
  const reviewed = households.filter((household) => household.review && household.standardId !== undefined);
  const review = <T>(pick: (household: ParsedHousehold, r: ParsedReview) => T) =>
    pgArray(
      reviewed.map((household) => pick(household, household.review as ParsedReview) as string | number | bigint | null),
    );
  await em.execute(
    `insert into assessment (household_id, year, kind, month, monthly_income_per_capita, deprivations, status, standard_id,
                             decision_number, recognised_on)
     select h.id, a.year, a.kind, a.month, a.income, string_to_array(a.deprivations, ','), a.status, a.standard_id,
            a.decision_number, a.recognised_on
       from unnest(?::text[], ?::smallint[], ?::text[], ?::smallint[], ?::bigint[], ?::text[], ?::text[], ?::int[], ?::text[], ?::date[])
            as a(code, year, kind, month, income, deprivations, status, standard_id, decision_number, recognised_on)
       join household h on h.code = a.code
     on conflict (household_id, year, kind, month) do update set monthly_income_per_capita = excluded.monthly_income_per_capita,
        deprivations = excluded.deprivations, status = excluded.status, standard_id = excluded.standard_id,
        decision_number = excluded.decision_number, recognised_on = excluded.recognised_on, updated_at = now()
      where (assessment.monthly_income_per_capita, assessment.deprivations, assessment.status, assessment.standard_id,
             assessment.decision_number, assessment.recognised_on)
            is distinct from (excluded.monthly_income_per_capita, excluded.deprivations, excluded.status, excluded.standard_id,
             excluded.decision_number, excluded.recognised_on)`,
    [
      review((h) => h.code),
      review((_, r) => r.year),
      review((_, r) => r.kind),
      review((_, r) => r.month),
      review((_, r) => r.income),
      review((_, r) => r.deprivations.join(',')),
      review((h) => h.status ?? null),
      review((h) => h.standardId ?? null),
      review((_, r) => r.decisionNumber),
      review((_, r) => r.recognisedOn),
    ],
  );
};
