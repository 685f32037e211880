import type { EntityManager } from '@mikro-orm/postgresql';
import { pgArray } from '../../common/sql';
import { clipText, isTooLong, TEXT_LIMITS } from '../../common/text';
import { UserError } from '../../common/user-error';
import {
  type CheckedSheet,
  checkAgainstRegistry,
  checkSheet,
  type ImportRowProblem,
  type ImportScope,
  type ParsedHousehold,
  type RegistryFacts,
} from './household-import.checker';
import { MAX_IMPORT_BYTES } from './household-import.vocabulary';
import { writeHouseholds } from './household-import.writer';
import { HouseholdErrorCode as Code } from './households.errors';
import { parseCsv, parseXlsx, type Sheet } from './import-file';
import { allStandards } from './standard.service';

// The household import's two operations, preview and commit: both read the file, check it with the
// one checker (household-import.checker.ts) and look up what it needs of the registry here; a commit
// then writes through household-import.writer.ts in the same transaction.

/** Reads the file and checks every row on its own (no database). */
export const readImportFile = async (fileName: string, contentBase64: string): Promise<CheckedSheet> => {
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

/** What the checker needs of the registry about these households: their villages, their communes, the standards. */
const readRegistry = async (em: EntityManager, households: ParsedHousehold[]): Promise<RegistryFacts> => {
  const villages = await em.execute<{ code: string; id: number; commune_id: number }[]>(
    `select v.code, v.id, v.parent_id as commune_id from admin_unit v where v.level = 'VILLAGE' and v.code = any(?::text[])`,
    [pgArray([...new Set(households.map((household) => household.villageCode))])],
  );
  const existing = await em.execute<{ code: string; commune_id: number }[]>(
    'select code, commune_id from household where code = any(?::text[])',
    [pgArray(households.map((household) => household.code))],
  );
  return {
    villages: new Map(villages.map((row) => [row.code, { id: row.id, communeId: row.commune_id }])),
    communeOfExisting: new Map(existing.map((row) => [row.code, row.commune_id])),
    standards: await allStandards(em),
  };
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
  const registry = await readRegistry(em, parsed.households);
  const registryProblems = checkAgainstRegistry(parsed.households, registry, scope).filter(
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
    const registry = await readRegistry(t, parsed.households);
    const problems = checkAgainstRegistry(parsed.households, registry, scope).sort(byRow);
    const summary = await summarise(t, parsed.rows, parsed.households);
    if (problems.length > 0) return refuse(summary, problems);
    await writeHouseholds(t, parsed.households);
    return { summary, rowErrors: [], committed: true, userErrors: [] };
  });
};
