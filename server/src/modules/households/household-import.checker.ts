import { characterCount, clipText, isTooLong } from '../../common/text';
import { classify, reviewStandardDate } from './classification';
import {
  AREA,
  COLUMNS,
  type Column,
  DEPRIVATION_NAMES,
  HEADINGS,
  HOUSEHOLD_FIELDS,
  KIND,
  MAX_IMPORT_ROWS,
  MAX_MEMBERS,
  normalise,
  RELATION,
  REQUIRED,
  REVIEW_FIELDS,
  SEX,
  TEXT_COLUMNS,
  YES_NO,
} from './household-import.vocabulary';
import { AreaType, type Deprivation, type PovertyStatus, Relation, ReviewKind, Sex } from './households.enums';
import { HouseholdErrorCode as Code } from './households.errors';
import type { Sheet } from './import-file';
import type { PovertyStandard } from './poverty-standard.entity';
import { pickStandard } from './standard.service';

// The household import's checker: rows in, checked households and row problems out. It reads no
// database and no file: what it needs of the registry is handed to it as plain data.

export interface ImportRowProblem {
  row: number | null;
  column: string | null;
  code: Code;
  message: string;
}

export interface ParsedMember {
  row: number;
  name: string;
  relation: Relation;
  sex: Sex | null;
  birthYear: number | null;
  ethnicity: string | null;
  disability: boolean;
}

export interface ParsedReview {
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
  // Filled in against the registry (checkAgainstRegistry).
  villageId?: number;
  communeId?: number;
  status?: PovertyStatus;
  standardId?: number;
}

export interface CheckedSheet {
  households: ParsedHousehold[];
  rows: number;
  problems: ImportRowProblem[];
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

/** Where each known column is in the header (its first heading wins), and the required ones missing. */
const readHeader = (header: string[]): { index: Map<Column, number>; problems: ImportRowProblem[] } => {
  const index = new Map<Column, number>();
  header.forEach((heading, position) => {
    const column = HEADINGS.get(normalise(heading));
    if (column && !index.has(column)) index.set(column, position);
  });
  const problems = REQUIRED.filter((column) => !index.has(column)).map((column) => ({
    row: 1,
    column: COLUMNS[column],
    code: Code.MISSING_COLUMN,
    message: `No column "${COLUMNS[column]}" (${column}).`,
  }));
  return { index, problems };
};

const checkRowCount = (rows: number): ImportRowProblem | null => {
  if (rows === 0) return { row: null, column: null, code: Code.NO_ROWS, message: 'The file has no data rows.' };
  if (rows > MAX_IMPORT_ROWS) {
    return { row: null, column: null, code: Code.TOO_MANY_ROWS, message: `At most ${MAX_IMPORT_ROWS} rows per file.` };
  }
  return null;
};

/**
 * One data row's cells, read by column. One problem per cell: a cell once reported is not reported
 * again, and reads as empty after.
 */
const rowCells = (index: Map<Column, number>, row: Sheet['rows'][number], problems: ImportRowProblem[]) => {
  const reported = new Set<Column>();
  const before = problems.length;
  const cell = (column: Column) => {
    const position = index.get(column);
    return position === undefined ? '' : (row.cells[position] ?? '').normalize('NFC').trim();
  };
  const problem = (column: Column, code: Code, message: string) => {
    if (reported.has(column)) return;
    reported.add(column);
    problems.push({ row: row.number, column: COLUMNS[column], code, message });
  };
  const raw = (column: Column) => (reported.has(column) ? '' : cell(column));
  const required = (column: Column): string | null => {
    const value = raw(column);
    if (!value) problem(column, Code.REQUIRED, `"${COLUMNS[column]}" is required.`);
    return value || null;
  };
  return {
    number: row.number,
    columns: () => index.keys(),
    cell,
    problem,
    raw,
    required,
    /** True once this row has reported any problem. */
    hasProblems: () => problems.length > before,
    /** An empty required cell: reported once, and no value. */
    missing: (column: Column): null => {
      required(column);
      return null;
    },
    fromWords: <T extends string>(column: Column, table: Map<string, string>, what: string): T | null => {
      const value = raw(column);
      const found = table.get(normalise(value));
      if (found === undefined) {
        problem(column, Code.INVALID_VALUE, `"${clipText(value)}" is not ${what}.`);
        return null;
      }
      return found as T;
    },
    integer: (column: Column, low: number, high: number): number | null => {
      const value = raw(column);
      if (!/^\d{1,4}$/.test(value) || Number(value) < low || Number(value) > high) {
        problem(column, Code.INVALID_VALUE, `"${clipText(value)}" is not a whole number from ${low} to ${high}.`);
        return null;
      }
      return Number(value);
    },
    date: (column: Column): string | null => {
      const value = raw(column);
      if (!value) return null;
      const parsed = toDate(value);
      if (!parsed) {
        problem(column, Code.INVALID_VALUE, `"${clipText(value)}" is not a date (YYYY-MM-DD or dd/mm/yyyy).`);
      }
      return parsed;
    },
  };
};
type RowCells = ReturnType<typeof rowCells>;

/**
 * Before anything reads the row: a text too long for its column, or U+0000, which PostgreSQL
 * cannot store, would otherwise pass here and fail in the database.
 */
const checkTexts = (cells: RowCells): void => {
  for (const column of cells.columns()) {
    const value = cells.cell(column);
    const limit = TEXT_COLUMNS[column];
    if (value.includes('\u0000')) {
      cells.problem(column, Code.INVALID_VALUE, `"${COLUMNS[column]}" contains the NUL character (U+0000).`);
    } else if (limit && isTooLong(value, limit)) {
      cells.problem(
        column,
        Code.TEXT_TOO_LONG,
        `"${COLUMNS[column]}" is at most ${limit.max} characters; ${characterCount(value)} were given.`,
      );
    }
  }
};

/** The member a row lists; name and relation are null when they are missing or wrong. */
const readMember = (cells: RowCells) => ({
  name: cells.required('member_name'),
  relation: cells.raw('relation')
    ? cells.fromWords<Relation>('relation', RELATION, 'a relation to the head')
    : cells.missing('relation'),
  sex: cells.raw('sex') ? cells.fromWords<Sex>('sex', SEX, 'Nam or Nữ') : null,
  birthYear: cells.raw('birth_year') ? cells.integer('birth_year', 1890, new Date().getUTCFullYear()) : null,
  disability: cells.fromWords<string>('disability', YES_NO, '1 or 0') === 'true',
});

interface HouseholdEntry {
  household: ParsedHousehold;
  /** The household and review cells of its first row, as given. */
  first: Map<Column, string>;
}

const HOUSEHOLD_AND_REVIEW: Column[] = [...HOUSEHOLD_FIELDS, ...REVIEW_FIELDS];

/** Household and review fields may be left empty after a household's first row; a different value is a mistake. */
const checkSameAsFirstRow = (cells: RowCells, entry: HouseholdEntry): void => {
  const { household, first } = entry;
  for (const column of HOUSEHOLD_AND_REVIEW) {
    const value = cells.raw(column);
    if (value && normalise(value) !== normalise(first.get(column) ?? '')) {
      cells.problem(
        column,
        Code.INCONSISTENT_HOUSEHOLD,
        `Household ${household.code} has "${clipText(first.get(column) ?? '')}" here on row ${household.row}.`,
      );
    }
  }
};

/** Whole đồng; a thousands separator (. or space) is allowed. */
const readIncome = (cells: RowCells): bigint | null => {
  const text = cells.raw('income').replace(/[.\s]/g, '');
  if (!text) {
    cells.required('income');
    return null;
  }
  if (!/^\d{1,15}$/.test(text)) {
    cells.problem('income', Code.INVALID_VALUE, `"${clipText(cells.raw('income'))}" is not a whole number of đồng.`);
    return null;
  }
  return BigInt(text);
};

const readDeprivations = (cells: RowCells): Deprivation[] => {
  const deprivations: Deprivation[] = [];
  const parts = cells
    .raw('deprivations')
    .split(/[;,]/)
    .map((item) => item.trim())
    .filter(Boolean);
  for (const part of parts) {
    const deprivation = DEPRIVATION_NAMES.get(normalise(part));
    if (deprivation) deprivations.push(deprivation);
    else
      cells.problem(
        'deprivations',
        Code.UNKNOWN_DEPRIVATION,
        `"${clipText(part)}" is not one of the 12 indicators (1-12 or their names).`,
      );
  }
  return [...new Set(deprivations)];
};

/** The review a household's first row gives, if it gives a review year. */
const readReview = (cells: RowCells): ParsedReview | null => {
  if (!cells.raw('review_year')) return null;
  const year = cells.integer('review_year', 2000, 2100);
  const kind = cells.raw('review_kind')
    ? cells.fromWords<ReviewKind>('review_kind', KIND, 'Định kỳ or Thường xuyên')
    : ReviewKind.PERIODIC;
  // The periodic review runs 1 September - 14 December and is recorded as December.
  const month = cells.raw('review_month')
    ? cells.integer('review_month', 1, 12)
    : kind === ReviewKind.PERIODIC
      ? 12
      : cells.missing('review_month');
  const income = readIncome(cells);
  const deprivations = readDeprivations(cells);
  const recognisedOn = cells.date('recognised_on');
  if (year === null || kind === null || month === null || income === null) return null;
  return {
    row: cells.number,
    year,
    kind,
    month,
    income,
    deprivations,
    decisionNumber: cells.raw('decision_number') || null,
    recognisedOn,
  };
};

/** The household a code's first row describes, with no members yet. */
const readHousehold = (cells: RowCells, code: string): ParsedHousehold => {
  const villageCode = cells.required('village_code');
  const areaType = cells.raw('area_type')
    ? cells.fromWords<AreaType>('area_type', AREA, 'Nông thôn or Thành thị')
    : cells.missing('area_type');
  const ethnicMinority = cells.raw('ethnic_minority')
    ? cells.fromWords<string>('ethnic_minority', YES_NO, '1 or 0')
    : cells.missing('ethnic_minority');
  const independentSince = cells.date('independent_since');
  const otherHousingSupport = cells.fromWords<string>('other_housing_support', YES_NO, '1 or 0') === 'true';
  const review = readReview(cells);
  return {
    code,
    row: cells.number,
    villageCode: villageCode ?? '',
    areaType: areaType ?? AreaType.RURAL,
    ethnicMinority: ethnicMinority === 'true',
    independentSince,
    otherHousingSupport,
    members: [],
    review,
  };
};

/** One data row: a member of the household its code names, whose first row also describes the household. */
const checkRow = (cells: RowCells, byCode: Map<string, HouseholdEntry>): void => {
  checkTexts(cells);
  const code = cells.required('household_code');
  const member = readMember(cells);
  if (!code) return;

  let entry = byCode.get(code);
  if (entry) {
    checkSameAsFirstRow(cells, entry);
  } else {
    // Kept as given, before reading them reports any of them.
    const first = new Map(HOUSEHOLD_AND_REVIEW.map((column) => [column, cells.raw(column)]));
    entry = { household: readHousehold(cells, code), first };
    byCode.set(code, entry);
  }
  const { name, relation } = member;
  if (!cells.hasProblems() && name && relation) {
    entry.household.members.push({
      row: cells.number,
      name,
      relation,
      sex: member.sex,
      birthYear: member.birthYear,
      ethnicity: cells.raw('ethnicity') || null,
      disability: member.disability,
    });
  }
};

/** At most MAX_MEMBERS members, and exactly one head, per household. */
const checkMembers = (households: ParsedHousehold[], problems: ImportRowProblem[]): void => {
  for (const household of households) {
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
    // A household whose first row is already wrong may have lost its head there.
    if (heads !== 1 && !problems.some((p) => p.row === household.row)) {
      problems.push({
        row: household.row,
        column: COLUMNS.relation,
        code: Code.HEAD_COUNT,
        message: `Household ${household.code} has ${heads} heads (Chủ hộ); it needs exactly one.`,
      });
    }
  }
};

/**
 * Checks every row on its own: the one checker of both preview and commit, so that a file whose
 * preview shows no error commits (the registry is checked again at commit, in its transaction).
 */
export const checkSheet = (sheet: Sheet): CheckedSheet => {
  const rows = sheet.rows.length;
  const header = readHeader(sheet.header);
  if (header.problems.length > 0) return { households: [], rows, problems: header.problems };
  const countProblem = checkRowCount(rows);
  if (countProblem) return { households: [], rows, problems: [countProblem] };

  const problems: ImportRowProblem[] = [];
  const byCode = new Map<string, HouseholdEntry>();
  for (const row of sheet.rows) checkRow(rowCells(header.index, row, problems), byCode);
  const households = [...byCode.values()].map((entry) => entry.household);
  checkMembers(households, problems);
  return { households, rows, problems };
};

export interface ImportScope {
  /** Communes the importer may change; null for district-wide roles. */
  communeIds: number[] | null;
}

/** What the registry holds of a file's households, read for the checker (household-import.service.ts). */
export interface RegistryFacts {
  /** The villages the file names that exist, by code. */
  villages: ReadonlyMap<string, { id: number; communeId: number }>;
  /** The commune of each household the registry already holds, by code. */
  communeOfExisting: ReadonlyMap<string, number>;
  /** Every poverty standard, oldest first. */
  standards: readonly PovertyStandard[];
}

/**
 * Checks checked households against the registry: villages, the importer's communes, the standard
 * in force. Fills in each household's village, commune, standard and computed status.
 */
export const checkAgainstRegistry = (
  households: ParsedHousehold[],
  registry: RegistryFacts,
  scope: ImportScope,
): ImportRowProblem[] => {
  const problems: ImportRowProblem[] = [];
  const outside = (communeId: number | undefined) =>
    scope.communeIds !== null && communeId !== undefined && !scope.communeIds.includes(communeId);
  for (const household of households) {
    const village = registry.villages.get(household.villageCode);
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
    household.communeId = village.communeId;
    if (outside(village.communeId) || outside(registry.communeOfExisting.get(household.code))) {
      problems.push({
        row: household.row,
        column: outside(village.communeId) ? COLUMNS.village_code : COLUMNS.household_code,
        code: Code.OUTSIDE_YOUR_COMMUNE,
        message: `Household ${household.code} is not in your commune: you may change only your own commune's households.`,
      });
    }
    const review = household.review;
    if (review) {
      const on = reviewStandardDate(review.year, review.kind, review.month);
      const standard = pickStandard(registry.standards, on);
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
