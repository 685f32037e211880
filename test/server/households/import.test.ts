import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../support/test-app';
import { csvOf, IMPORT_COLUMNS, type ImportPayload, type ImportRow, registrySnapshot, runImport } from './helpers';

const IA_TOI = 'KT-IAHDRAI-IATOI-SYN01';
const IA_DOM = 'KT-IAHDRAI-IADOM-SYN01';

const household = (code: string, village: string, review: Partial<ImportRow>, members: ImportRow[]): ImportRow[] =>
  members.map((member, index) => ({
    ...(index === 0
      ? {
          household_code: code,
          village_code: village,
          area_type: 'Nông thôn',
          ethnic_minority: '1',
          independent_since: '15/03/2010',
          review_year: '2021',
          decision_number: '12/QĐ-UBND',
          recognised_on: '2021-12-20',
          ...review,
        }
      : { household_code: code }),
    ...member,
  }));

const THREE: ImportRow[] = [
  ...household('IMP-001', IA_TOI, { income: '1.200.000', deprivations: '1;3;7' }, [
    { member_name: 'Nguyễn Văn Thử', relation: 'Chủ hộ', sex: 'Nam', birth_year: '1980' },
    { member_name: 'Trần Thị Thử', relation: 'Vợ', sex: 'Nữ', birth_year: '1982' },
  ]),
  ...household('IMP-002', IA_TOI, { income: '1500000', deprivations: 'EMPLOYMENT' }, [
    { member_name: 'Lê Văn Mẫu, "A"', relation: 'HEAD', sex: 'MALE', birth_year: '1975' },
  ]),
  ...household('IMP-003', IA_TOI, { income: '2600000', deprivations: '' }, [
    { member_name: 'Phạm Thị Ví Dụ', relation: 'Chủ hộ', sex: 'Nữ', birth_year: '1990' },
    { member_name: 'Phạm Văn Con', relation: 'Con', birth_year: '2015' },
    { member_name: 'Phạm Thị Con', relation: 'Con', birth_year: '2018' },
  ]),
];
const BAD_ROW: ImportRow = {
  household_code: 'IMP-003',
  member_name: 'Phạm Con Út',
  relation: 'Con',
  birth_year: '20x9',
};

const STATUSES = /* GraphQL */ `
  { households(first: 10, filter: { year: 2021 }) { totalCount edges { node { code status(year: 2021) memberCount headName } } } }
`;

describe('household import', () => {
  let app: TestApp;
  let planning: string;
  beforeAll(async () => {
    app = await startTestApp({ households: true });
    planning = await app.login('planning');
    // Only the imported households: the synthetic ones would fill the pages.
    await app.orm.em.fork().execute('delete from household where synthetic');
  });
  afterAll(() => app?.close());

  it('previews a file with one bad row: the row, its column and why; nothing is written', async () => {
    const before = await registrySnapshot(app);
    const file = csvOf([...THREE, BAD_ROW]);
    const { payload } = await runImport(app, planning, 'preview', 'ho-ngheo.csv', file);
    expect(payload).toEqual({
      summary: { rows: 7, households: 3, newHouseholds: 3, existingHouseholds: 0, members: 6, assessments: 3 },
      rowErrors: [{ row: 8, column: 'Năm sinh', code: 'INVALID_VALUE', message: expect.stringContaining('"20x9"') }],
      committed: false,
      userErrors: [],
    });
    expect(await registrySnapshot(app)).toEqual(before);
  });

  it('commits nothing at all while one row is bad', async () => {
    const before = await registrySnapshot(app);
    const { payload } = await runImport(app, planning, 'commit', 'ho-ngheo.csv', csvOf([...THREE, BAD_ROW]));
    expect(payload?.committed).toBe(false);
    expect(payload?.userErrors.map((error) => error.code)).toEqual(['IMPORT_HAS_ERRORS']);
    expect(payload?.rowErrors.map((error) => [error.row, error.code])).toEqual([[8, 'INVALID_VALUE']]);
    expect(await registrySnapshot(app)).toEqual(before);
  });

  it('commits all three households without the bad row, each status computed by the standard', async () => {
    const { payload } = await runImport(app, planning, 'commit', 'ho-ngheo.csv', csvOf(THREE));
    expect(payload).toMatchObject({ committed: true, rowErrors: [], userErrors: [] });
    const { data } = await app.gql(STATUSES, {}, planning);
    expect(data).toEqual({
      households: {
        totalCount: 3,
        edges: [
          { node: { code: 'IMP-001', status: 'POOR', memberCount: 2, headName: 'Nguyễn Văn Thử' } },
          { node: { code: 'IMP-002', status: 'NEAR_POOR', memberCount: 1, headName: 'Lê Văn Mẫu, "A"' } },
          { node: { code: 'IMP-003', status: 'NOT_POOR', memberCount: 3, headName: 'Phạm Thị Ví Dụ' } },
        ],
      },
    });
  });

  it('changes nothing when the same file is imported again', async () => {
    const before = await registrySnapshot(app);
    const preview = await runImport(app, planning, 'preview', 'ho-ngheo.csv', csvOf(THREE));
    expect(preview.payload?.summary).toMatchObject({ newHouseholds: 0, existingHouseholds: 3 });
    const { payload } = await runImport(app, planning, 'commit', 'ho-ngheo.csv', csvOf(THREE));
    expect(payload?.committed).toBe(true);
    expect(await registrySnapshot(app)).toEqual(before);
  });

  it('updates by household code: a new income recomputes the status, a member who left is removed', async () => {
    const changed = THREE.filter((row) => row.member_name !== 'Phạm Thị Con').map((row) =>
      row.household_code === 'IMP-003' && row.income ? { ...row, income: '2000000' } : row,
    );
    const { payload } = await runImport(app, planning, 'commit', 'ho-ngheo.csv', csvOf(changed));
    expect(payload?.summary).toMatchObject({ households: 3, newHouseholds: 0, members: 5 });
    const { data } = await app.gql<{
      households: { edges: { node: { code: string; status: string; memberCount: number } }[] };
    }>(STATUSES, {}, planning);
    expect(data?.households.edges.find((edge) => edge.node.code === 'IMP-003')?.node).toMatchObject({
      status: 'AVERAGE_LIVING_STANDARD',
      memberCount: 2,
    });
    const [{ count }] = await app.orm.em.fork().execute('select count(*)::int as count from household');
    expect(count).toBe(3);
  });

  it('reads the same layout from .xlsx, with Vietnamese headings', async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Danh sách');
    const headings: Record<string, string> = {
      household_code: 'Mã hộ',
      village_code: 'Mã thôn',
      area_type: 'Khu vực',
      ethnic_minority: 'Hộ DTTS',
      member_name: 'Họ và tên',
      relation: 'Quan hệ với chủ hộ',
    };
    sheet.addRow(IMPORT_COLUMNS.map((column) => headings[column] ?? column));
    for (const row of THREE) {
      sheet.addRow(
        IMPORT_COLUMNS.map((column) =>
          column === 'recognised_on' && row[column] ? new Date(`${row[column]}T00:00:00Z`) : (row[column] ?? null),
        ),
      );
    }
    const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
    const { payload } = await runImport(app, planning, 'preview', 'ho-ngheo.xlsx', buffer);
    expect(payload).toMatchObject({
      summary: { rows: 6, households: 3, existingHouseholds: 3, members: 6, assessments: 3 },
      rowErrors: [],
    });
  });

  it('reads the separator from the heading row: commas, semicolons (Excel in Vietnamese) or tabs', async () => {
    // In a semicolon or tab file a comma is text (as in a decimal "1,5"), unquoted.
    const rows = THREE.map((row) =>
      row.member_name === 'Phạm Văn Con' ? { ...row, member_name: 'Phạm Văn Con, út' } : row,
    );
    const commas = await runImport(app, planning, 'preview', 'ho-ngheo.csv', csvOf(rows));
    expect(commas.payload).toMatchObject({ summary: { rows: 6, households: 3, members: 6 }, rowErrors: [] });
    for (const separator of [';', '\t']) {
      const { payload } = await runImport(app, planning, 'preview', 'ho-ngheo.csv', csvOf(rows, separator));
      expect(payload, JSON.stringify(separator)).toEqual(commas.payload);
    }
  });

  it('says which required column is missing, and refuses other file types', async () => {
    const noRelation = csvOf(THREE).replace('relation', 'quan_he_khac');
    expect((await runImport(app, planning, 'preview', 'a.csv', noRelation)).payload?.rowErrors).toEqual([
      {
        row: 1,
        column: 'Quan hệ với chủ hộ',
        code: 'MISSING_COLUMN',
        message: 'No column "Quan hệ với chủ hộ" (relation).',
      },
    ]);
    expect((await runImport(app, planning, 'preview', 'a.pdf', 'x')).payload?.rowErrors[0].code).toBe(
      'UNSUPPORTED_FILE_TYPE',
    );
  });

  it('checks villages, heads and the standard in force for each household', async () => {
    const rows: ImportRow[] = [
      ...household('IMP-101', 'NO-SUCH-VILLAGE', { income: '1' }, [{ member_name: 'A', relation: 'Chủ hộ' }]),
      ...household('IMP-102', IA_TOI, { income: '1' }, [{ member_name: 'B', relation: 'Con' }]),
      ...household('IMP-103', IA_TOI, { income: '1', review_year: '2019' }, [{ member_name: 'C', relation: 'Chủ hộ' }]),
    ];
    const { payload } = await runImport(app, planning, 'preview', 'a.csv', csvOf(rows));
    expect(payload?.rowErrors.map((error) => [error.row, error.code])).toEqual([
      [2, 'UNKNOWN_VILLAGE'],
      [3, 'HEAD_COUNT'],
      [4, 'NO_STANDARD_IN_FORCE'],
    ]);
  });

  it("does not let Ia Tơi's commune officer change an Ia Dom household", async () => {
    const iatoi = await app.login('iatoi');
    const before = await registrySnapshot(app);
    const rows = household('IMP-201', IA_DOM, { income: '1' }, [{ member_name: 'D', relation: 'Chủ hộ' }]);
    const preview = await runImport(app, iatoi, 'preview', 'a.csv', csvOf(rows));
    expect(preview.payload?.rowErrors.map((error) => [error.row, error.code])).toEqual([[2, 'OUTSIDE_YOUR_COMMUNE']]);
    const commit = await runImport(app, iatoi, 'commit', 'a.csv', csvOf(rows));
    expect(commit.payload?.committed).toBe(false);
    // Nor move an Ia Tơi household to Ia Dom: the iadom officer may not touch the Ia Tơi one either.
    const iadom = await app.login('iadom');
    const moved = THREE.slice(0, 2).map((row) => (row.village_code ? { ...row, village_code: IA_DOM } : row));
    const move = await runImport(app, iadom, 'commit', 'a.csv', csvOf(moved));
    expect(move.payload?.rowErrors.map((error) => [error.row, error.code])).toEqual([[2, 'OUTSIDE_YOUR_COMMUNE']]);
    expect(await registrySnapshot(app)).toEqual(before);
    // Their own commune is fine.
    const own = await runImport(app, iatoi, 'preview', 'a.csv', csvOf(THREE));
    expect(own.payload?.rowErrors).toEqual([]);
  });

  // The limits are the columns' lengths (docs/security.md, "Input limits").
  const longest = (code: string, extra = 0): ImportRow[] =>
    household(
      code.padEnd(40 + extra, '0'),
      IA_TOI,
      { income: '1', decision_number: `${'9'.repeat(72 + extra)}/QĐ-UBND` },
      [{ member_name: 'Ă'.repeat(200 + extra), relation: 'Chủ hộ', ethnicity: 'Ê'.repeat(60 + extra) }],
    );

  it('previews text too long for its column as a row error naming the row and the column; commit agrees', async () => {
    const before = await registrySnapshot(app);
    const rows = [...THREE, ...longest('IMP-301-', 1)];
    const preview = await runImport(app, planning, 'preview', 'dai.csv', csvOf(rows));
    const tooLong = [
      [8, 'Mã hộ', 'TEXT_TOO_LONG', '"Mã hộ" is at most 40 characters; 41 were given.'],
      [8, 'Họ và tên', 'TEXT_TOO_LONG', '"Họ và tên" is at most 200 characters; 201 were given.'],
      [8, 'Dân tộc', 'TEXT_TOO_LONG', '"Dân tộc" is at most 60 characters; 61 were given.'],
      [
        8,
        'Số quyết định công nhận',
        'TEXT_TOO_LONG',
        '"Số quyết định công nhận" is at most 80 characters; 81 were given.',
      ],
    ];
    const asRows = (payload: ImportPayload | null) =>
      payload?.rowErrors.map((error) => [error.row, error.column, error.code, error.message]);
    expect(preview.errors).toBeUndefined();
    expect(asRows(preview.payload)).toEqual(tooLong);
    const commit = await runImport(app, planning, 'commit', 'dai.csv', csvOf(rows));
    expect(commit.errors).toBeUndefined();
    expect(commit.payload?.committed).toBe(false);
    expect(commit.payload?.userErrors.map((error) => error.code)).toEqual(['IMPORT_HAS_ERRORS']);
    expect(asRows(commit.payload)).toEqual(tooLong);
    expect(await registrySnapshot(app)).toEqual(before);
  });

  it('commits a file whose preview is clean, with every text at its limit', async () => {
    const file = csvOf(longest('IMP-302-'));
    const preview = await runImport(app, planning, 'preview', 'dai.csv', file);
    expect(preview.payload?.rowErrors).toEqual([]);
    const commit = await runImport(app, planning, 'commit', 'dai.csv', file);
    expect(commit.errors).toBeUndefined();
    expect(commit.payload).toMatchObject({ committed: true, rowErrors: [], userErrors: [] });
  });

  it('refuses a NUL character and more than 100 members as row errors, in preview and commit alike', async () => {
    const before = await registrySnapshot(app);
    const rows = [
      ...household('IMP-401\u0000', IA_TOI, { income: '1' }, [{ member_name: 'E', relation: 'Chủ hộ' }]),
      ...household('IMP-402', IA_TOI, { income: '1' }, [
        { member_name: 'Chủ', relation: 'Chủ hộ' },
        ...Array.from({ length: 100 }, (_, index) => ({ member_name: `Con ${index + 1}`, relation: 'Con' })),
      ]),
    ];
    for (const mode of ['preview', 'commit'] as const) {
      const { errors, payload } = await runImport(app, planning, mode, 'a.csv', csvOf(rows));
      expect(errors).toBeUndefined();
      expect(payload?.rowErrors.map((error) => [error.row, error.column, error.code])).toEqual([
        [2, 'Mã hộ', 'INVALID_VALUE'],
        [103, 'Họ và tên', 'TOO_MANY_MEMBERS'],
      ]);
    }
    expect(await registrySnapshot(app)).toEqual(before);
  });
});
