import type { TestApp } from '../../support/test-app';

export const IMPORT_COLUMNS = [
  'household_code',
  'village_code',
  'area_type',
  'ethnic_minority',
  'independent_since',
  'other_housing_support',
  'member_name',
  'relation',
  'sex',
  'birth_year',
  'ethnicity',
  'review_year',
  'review_kind',
  'review_month',
  'income',
  'deprivations',
  'decision_number',
  'recognised_on',
] as const;

export type ImportRow = Partial<Record<(typeof IMPORT_COLUMNS)[number], string>>;

/** An import file in the documented layout, as CSV text: comma-separated unless told otherwise. */
export const csvOf = (rows: ImportRow[], separator = ','): string => {
  const quote = (value: string) =>
    /["\n]/.test(value) || value.includes(separator) ? `"${value.replace(/"/g, '""')}"` : value;
  return [
    IMPORT_COLUMNS.join(separator),
    ...rows.map((row) => IMPORT_COLUMNS.map((column) => quote(row[column] ?? '')).join(separator)),
  ].join('\r\n');
};

export const base64 = (text: string | Buffer) => Buffer.from(text).toString('base64');

export const IMPORT_RESULT = /* GraphQL */ `
  summary { rows households newHouseholds existingHouseholds members assessments }
  rowErrors { row column code message }
  committed
  userErrors { field code message }
`;

export interface ImportPayload {
  summary: {
    rows: number;
    households: number;
    newHouseholds: number;
    existingHouseholds: number;
    members: number;
    assessments: number;
  } | null;
  rowErrors: { row: number | null; column: string | null; code: string; message: string }[];
  committed: boolean;
  userErrors: { field: string[] | null; code: string; message: string }[];
}

export const runImport = async (
  app: TestApp,
  token: string,
  mode: 'preview' | 'commit',
  fileName: string,
  content: string | Buffer,
) => {
  const name = mode === 'preview' ? 'previewHouseholdImport' : 'commitHouseholdImport';
  const result = await app.gql<Record<string, ImportPayload>>(
    `mutation Import($input: HouseholdImportInput!) { ${name}(input: $input) { ${IMPORT_RESULT} } }`,
    { input: { fileName, contentBase64: base64(content) } },
    token,
  );
  if (result.errors) return { errors: result.errors, payload: null };
  return { errors: undefined, payload: result.data?.[name] ?? null };
};

/** Row counts and last-change stamps of the registry: "nothing changed" is these staying equal. */
export const registrySnapshot = async (app: TestApp) => {
  const [row] = await app.orm.em.fork().execute<Record<string, string>[]>(
    `select (select count(*) from household) as households, (select count(*) from household_member) as members,
            (select count(*) from assessment) as assessments, (select count(*) from benefit) as benefits,
            (select coalesce(max(updated_at)::text, '') from household) as households_changed,
            (select coalesce(max(updated_at)::text, '') from assessment) as assessments_changed,
            (select coalesce(string_agg(id::text || ':' || name, ',' order by id), '') from household_member) as member_rows`,
  );
  return row;
};

/** Global ids of admin units by code. */
export const unitIds = async (app: TestApp, token: string): Promise<Record<string, string>> => {
  const { data } = await app.gql<{ adminUnits: { id: string; code: string }[] }>(
    '{ adminUnits { id code } }',
    {},
    token,
  );
  return Object.fromEntries((data?.adminUnits ?? []).map((unit) => [unit.code, unit.id]));
};
