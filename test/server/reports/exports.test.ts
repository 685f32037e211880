import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { toGlobalId } from '../../../server/src/common/node';
import { AmountNotExactError, spreadsheetAmount } from '../../../server/src/modules/reports/exports/workbook';
import { APPROVE, assign, DISBURSE, type PlanIds, planIds, SAVE, type SaveResult } from '../../support/budget';
import { type GraphQLResponse, startTestApp, type TestApp } from '../../support/test-app';
import { csvOf, type ImportRow, runImport } from '../households/helpers';

// The two spreadsheets the district sends upward, downloaded over HTTP as the console and scripts
// do, read back with exceljs and held against what the API answers to the same questions.

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

// Labels written out here, not imported: a renamed header must fail a test.
const CAPITAL_TYPES: Record<string, string> = {
  'Vốn đầu tư phát triển': 'INVESTMENT',
  'Vốn sự nghiệp': 'RECURRENT',
};
const SOURCES: Record<string, string> = {
  'Ngân sách trung ương': 'CENTRAL_BUDGET',
  'Ngân sách tỉnh': 'PROVINCIAL_BUDGET',
  'Ngân sách huyện': 'DISTRICT_BUDGET',
  'Vốn tín dụng chính sách': 'POLICY_CREDIT',
  'Nguồn vốn khác': 'OTHER',
};
const OWN_ROW = 'Kinh phí chung của dự án (chưa phân theo tiểu dự án)';

interface SummaryRow {
  component: { code: string } | null;
  project: { code: string } | null;
  unit: { name: string } | null;
  capitalType: string | null;
  source: string | null;
  assigned: string;
  allocated: string;
  disbursed: string;
}

interface Download {
  status: number;
  headers: Headers;
  body: Buffer;
  json: { errors?: { message: string; extensions: { code: string; [key: string]: unknown } }[] } | null;
}

const get = async (app: TestApp, path: string, token?: string): Promise<Download> => {
  const response = await fetch(`${app.url}${path}`, {
    headers: token ? { authorization: `Bearer ${token}` } : {},
  });
  const body = Buffer.from(await response.arrayBuffer());
  const isJson = (response.headers.get('content-type') ?? '').startsWith('application/json');
  return {
    status: response.status,
    headers: response.headers,
    body,
    json: isJson ? JSON.parse(body.toString()) : null,
  };
};

const workbookOf = async (body: Buffer): Promise<ExcelJS.Workbook> => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
};

const text = (sheet: ExcelJS.Worksheet, row: number, column: number): string => {
  const value = sheet.getCell(row, column).value;
  return value === null || value === undefined ? '' : String(value);
};

/** An amount cell as exact đồng: blank is none, anything but a whole number fails. */
const amountAt = (sheet: ExcelJS.Worksheet, row: number, column: number): bigint => {
  const value = sheet.getCell(row, column).value;
  if (value === null || value === undefined || value === '') return 0n;
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw new Error(`not an exact amount at ${sheet.name}!R${row}C${column}: ${JSON.stringify(value)}`);
  }
  return BigInt(value);
};

const numberAt = (sheet: ExcelJS.Worksheet, row: number, column: number): number | null => {
  const value = sheet.getCell(row, column).value;
  if (value === null || value === undefined) return null;
  if (typeof value !== 'number') throw new Error(`not a number at R${row}C${column}: ${JSON.stringify(value)}`);
  return value;
};

/** The row whose first cell is "STT": the header's first row. */
const headerRowOf = (sheet: ExcelJS.Worksheet): number => {
  for (let row = 1; row <= 20; row++) if (text(sheet, row, 1) === 'STT') return row;
  throw new Error(`no header in ${sheet.name}`);
};

interface TableRow {
  row: number;
  kind: 'total' | 'project' | 'own' | 'child';
  code: string;
}

/** The body rows of a project table, from the line after the header to the last boxed row. */
const tableRows = (sheet: ExcelJS.Worksheet, firstRow: number): TableRow[] => {
  const rows: TableRow[] = [];
  for (let row = firstRow; text(sheet, row, 3) !== ''; row++) {
    const label = text(sheet, row, 3);
    const kind =
      label === 'TỔNG CỘNG'
        ? 'total'
        : label === OWN_ROW
          ? 'own'
          : label.startsWith('Dự án ')
            ? 'project'
            : label.startsWith('Tiểu dự án ')
              ? 'child'
              : null;
    if (!kind) throw new Error(`unexpected row label ${label}`);
    rows.push({ row, kind, code: text(sheet, row, 2) });
  }
  return rows;
};

/** Rows of a project table with the sub-project (and own) rows of each project. */
const projectsOf = (rows: TableRow[]) =>
  rows
    .filter((row) => row.kind === 'project')
    .map((project) => ({
      project,
      parts: rows.filter(
        (row) =>
          (row.kind === 'child' && row.code.startsWith(`${project.code}.`)) ||
          (row.kind === 'own' && row.code === project.code),
      ),
    }));

const byKey = (rows: SummaryRow[], key: (row: SummaryRow) => string) => new Map(rows.map((row) => [key(row), row]));
const sumOf = (values: bigint[]) => values.reduce((sum, value) => sum + value, 0n);

interface BenefitPage {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: { node: { amount: string | null; household: { id: string } } }[];
}

const inDays = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString();

describe('the district spreadsheets (GET /exports/…)', () => {
  let app: TestApp;
  let finance: string;
  let planning: string;
  let admin: string;
  let ids: PlanIds;
  let draft: Download;
  let allocations: Record<string, string>;
  let households: { iaToi: string[]; iaDal: string[] };
  let districtId: string;

  const summary = async (groupBy: string[], extra: { paidBy?: string; asOf?: string } = {}) => {
    const { data, errors } = await app.gql<{ budgetSummary: SummaryRow[] }>(
      `query($planId: ID!, $groupBy: [BudgetDimension!]!, $paidBy: Date, $asOf: DateTime) {
        budgetSummary(planId: $planId, groupBy: $groupBy, paidBy: $paidBy, asOf: $asOf) {
          component { code } project { code } unit { name } capitalType source assigned allocated disbursed
        }
      }`,
      { planId: ids.planId, groupBy, ...extra },
      finance,
    );
    expect(errors).toBeUndefined();
    return data?.budgetSummary ?? [];
  };

  beforeAll(async () => {
    app = await startTestApp({ households: true });
    [finance, planning, admin] = await Promise.all([app.login('finance'), app.login('planning'), app.login('admin')]);
    ids = await planIds(app, finance);
    const plan = ids.planId;
    const { components: c, units: u } = ids;

    // The province's assignments: investment for project 1 from two sources, recurrent for the
    // sub-projects of 3, money for project 3 itself (district budget), a reduction for project 5.
    const envelopes = {
      e1: await assign(app, finance, {
        planId: plan,
        componentId: c['1'],
        capitalType: 'INVESTMENT',
        amount: '5000000000',
        decisionNumber: '101/QĐ-UBND',
      }),
      e2: await assign(app, finance, {
        planId: plan,
        componentId: c['1'],
        capitalType: 'INVESTMENT',
        source: 'PROVINCIAL_BUDGET',
        amount: '450000000',
        decisionNumber: '102/QĐ-UBND',
      }),
      e3: await assign(app, finance, {
        planId: plan,
        componentId: c['3.1'],
        amount: '1200000000',
        decisionNumber: '101/QĐ-UBND',
      }),
      e4: await assign(app, finance, {
        planId: plan,
        componentId: c['3.2'],
        amount: '300000000',
        decisionNumber: '101/QĐ-UBND',
      }),
      e5: await assign(app, finance, {
        planId: plan,
        componentId: c['3'],
        source: 'DISTRICT_BUDGET',
        amount: '60000000',
        decisionNumber: '15/QĐ-UBND',
      }),
      e6: await assign(app, finance, {
        planId: plan,
        componentId: c['5'],
        amount: '800000000',
        decisionNumber: '101/QĐ-UBND',
      }),
      e7: await assign(app, finance, {
        planId: plan,
        componentId: c['7.2'],
        amount: '123456789',
        decisionNumber: '101/QĐ-UBND',
      }),
    };
    const reduced = await app.gql(
      `mutation($input: AssignEnvelopeInput!) { assignEnvelope(input: $input) { userErrors { code } } }`,
      {
        input: {
          planId: plan,
          componentId: c['5'],
          capitalType: 'RECURRENT',
          source: 'CENTRAL_BUDGET',
          amount: '-120000000',
          decisionNumber: '130/QĐ-UBND',
          decisionDate: '2022-06-01',
          decisionIssuer: 'UBND tỉnh Kon Tum',
        },
      },
      finance,
    );
    expect(reduced.errors).toBeUndefined();

    const cells: [keyof typeof envelopes, string, string][] = [
      ['e1', 'UBND-IATOI', '2000000000'],
      ['e1', 'UBND-IADAL', '1800000000'],
      ['e1', 'UBND-IADOM', '1200000000'],
      ['e2', 'UBND-IATOI', '450000000'],
      ['e3', 'UBND-IATOI', '500000000'],
      ['e3', 'UBND-IADAL', '400000000'],
      ['e3', 'UBND-IADOM', '300000000'],
      ['e4', 'P-LDTBXH', '300000000'],
      ['e5', 'P-TCKH', '60000000'],
      ['e6', 'UBND-IATOI', '400000000'],
      ['e6', 'UBND-IADAL', '280000000'],
      // 23,456,789 of project 7.2 stays unallocated.
      ['e7', 'P-LDTBXH', '100000000'],
    ];
    const saved = await app.gql<SaveResult>(
      SAVE,
      {
        input: {
          planId: plan,
          changes: cells.map(([envelope, unit, amount]) => ({
            envelopeId: envelopes[envelope].id,
            unitId: u[unit],
            amount,
            expectedVersion: null,
          })),
        },
      },
      finance,
    );
    expect(saved.data?.saveAllocations.userErrors).toEqual([]);
    allocations = Object.fromEntries(
      (saved.data?.saveAllocations.allocations ?? []).map((allocation) => {
        const envelope = Object.entries(envelopes).find(([, view]) => view.id === allocation.envelope.id)?.[0];
        return [`${envelope}/${allocation.unit.code}`, allocation.id];
      }),
    );

    draft = await get(app, `/exports/allocation-decision.xlsx?planId=${plan}`, finance);

    const approved = await app.gql<{ approveAllocations: { userErrors: unknown[] } }>(
      APPROVE,
      { input: { planId: plan, decisionNumber: '456/QĐ-UBND', decisionDate: '2022-05-20' } },
      finance,
    );
    expect(approved.data?.approveAllocations.userErrors).toEqual([]);

    // Payments on both sides of 30 June (and on it), and on 31 December.
    const paid = await app.gql<{ recordDisbursements: { userErrors: unknown[] } }>(
      DISBURSE,
      {
        input: {
          entries: [
            { allocationId: allocations['e1/UBND-IATOI'], paidOn: '2022-06-15', amount: '700000000' },
            { allocationId: allocations['e1/UBND-IATOI'], paidOn: '2022-06-30', amount: '300000000' },
            { allocationId: allocations['e1/UBND-IATOI'], paidOn: '2022-07-01', amount: '500000000' },
            { allocationId: allocations['e3/UBND-IADAL'], paidOn: '2022-05-10', amount: '150000000' },
            { allocationId: allocations['e3/UBND-IADAL'], paidOn: '2022-09-12', amount: '200000000' },
            { allocationId: allocations['e6/UBND-IATOI'], paidOn: '2022-08-01', amount: '400000000' },
            { allocationId: allocations['e7/P-LDTBXH'], paidOn: '2022-12-31', amount: '99999999' },
          ],
        },
      },
      finance,
    );
    expect(paid.data?.recordDisbursements.userErrors).toEqual([]);

    // Commune targets (the plan's appendix): Ia Tơi both, Ia Đal the rate only, Ia Dom none.
    const units = await app.gql<{ adminUnits: { id: string; code: string }[] }>(
      '{ adminUnits { id code } }',
      {},
      planning,
    );
    const place = Object.fromEntries((units.data?.adminUnits ?? []).map((unit) => [unit.code, unit.id]));
    districtId = place['KT-IAHDRAI'];
    for (const [commune, indicator, comparator, value] of [
      ['KT-IAHDRAI-IATOI', 'POOR_HOUSEHOLD_RATE', 'AT_MOST', 30],
      ['KT-IAHDRAI-IATOI', 'POOR_HOUSEHOLD_RATE_REDUCTION', 'AT_LEAST', 5],
      ['KT-IAHDRAI-IADAL', 'POOR_HOUSEHOLD_RATE', 'AT_MOST', 60],
    ] as const) {
      const set = await app.gql<{ setTarget: { userErrors: unknown[] } }>(
        `mutation($input: SetTargetInput!) { setTarget(input: $input) { userErrors { code } } }`,
        { input: { planId: plan, unitId: place[commune], indicator, comparator, value } },
        planning,
      );
      expect(set.data?.setTarget.userErrors).toEqual([]);
    }

    // The 2022 review so far: Ia Tơi 1 poor and 1 near-poor of 4, Ia Đal 2 poor of 2, Ia Dom not yet.
    const review = (code: string, village: string, income: string, deprivations: string): ImportRow => ({
      household_code: code,
      village_code: village,
      area_type: 'RURAL',
      ethnic_minority: '1',
      member_name: `Chủ hộ ${code}`,
      relation: 'HEAD',
      review_year: '2022',
      income,
      deprivations,
    });
    const imported = await runImport(
      app,
      planning,
      'commit',
      'ra-soat-2022.csv',
      csvOf([
        review('RS22-1', 'KT-IAHDRAI-IATOI-SYN01', '1000000', '1;2;3'),
        review('RS22-2', 'KT-IAHDRAI-IATOI-SYN01', '1200000', '1'),
        review('RS22-3', 'KT-IAHDRAI-IATOI-SYN01', '3000000', ''),
        review('RS22-4', 'KT-IAHDRAI-IATOI-SYN01', '3500000', ''),
        review('RS22-5', 'KT-IAHDRAI-IADAL-SYN01', '900000', '1;2;3'),
        review('RS22-6', 'KT-IAHDRAI-IADAL-SYN01', '1100000', '4;5;6'),
      ]),
    );
    expect(imported.payload?.committed).toBe(true);

    // Benefits from the allocations, before and after 30 June, to synthetic poor households.
    const poorOf = async (commune: string) =>
      (
        await app.orm.em.fork().execute<{ id: number }[]>(
          `select h.id from household h join admin_unit c on c.id = h.commune_id
            where c.code = ? and h.synthetic
              and exists (select 1 from assessment a where a.household_id = h.id and a.status = 'POOR')
            order by h.id limit 2`,
          [commune],
        )
      ).map((row) => toGlobalId('Household', row.id));
    households = { iaToi: await poorOf('KT-IAHDRAI-IATOI'), iaDal: await poorOf('KT-IAHDRAI-IADAL') };
    const [h1, h2] = households.iaToi;
    const [h3] = households.iaDal;
    const benefits: [string, string, string, string, string | null, string][] = [
      [h1, 'e3/UBND-IATOI', '2022-04-10', 'CASH', '5000000', 'Hỗ trợ giống cây trồng'],
      [h2, 'e3/UBND-IATOI', '2022-06-30', 'CASH', '3000000', 'Hỗ trợ phân bón'],
      [h3, 'e3/UBND-IADAL', '2022-05-05', 'CASH', '4000000', 'Hỗ trợ giống cây trồng'],
      [h1, 'e5/P-TCKH', '2022-06-01', 'IN_KIND', null, 'Tập huấn kỹ thuật canh tác'],
      [h1, 'e3/UBND-IATOI', '2022-08-15', 'IN_KIND', '12000000', '2 con bò giống'],
      [h2, 'e6/UBND-IATOI', '2022-09-01', 'CASH', '40000000', 'Xây mới nhà ở'],
    ];
    for (const [householdId, allocation, receivedOn, kind, amount, description] of benefits) {
      const recorded = await app.gql<{ recordBenefit: { userErrors: unknown[] } }>(
        `mutation($input: RecordBenefitInput!) { recordBenefit(input: $input) { userErrors { code message } } }`,
        {
          input: {
            householdId,
            allocationId: allocations[allocation],
            receivedOn,
            kind,
            amount,
            description,
            overrideReason: 'Theo danh sách xã đề nghị',
          },
        },
        planning,
      );
      expect(recorded.errors).toBeUndefined();
      expect(recorded.data?.recordBenefit.userErrors).toEqual([]);
    }
  });
  afterAll(() => app?.close());

  describe('the allocation table (phụ lục quyết định phân bổ)', () => {
    let file: Download;
    let workbook: ExcelJS.Workbook;
    beforeAll(async () => {
      file = await get(app, `/exports/allocation-decision.xlsx?planId=${ids.planId}`, finance);
      workbook = await workbookOf(file.body);
    });

    it('is an attachment with a meaningful name that nobody caches', () => {
      expect(file.status).toBe(200);
      expect(file.headers.get('content-type')).toBe(XLSX);
      expect(file.headers.get('content-disposition')).toBe('attachment; filename="phan-bo-kinh-phi-2022.xlsx"');
      expect(file.headers.get('cache-control')).toBe('private, no-store');
      // The security headers of every response still apply.
      expect(file.headers.get('x-content-type-options')).toBe('nosniff');
      expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Phân bổ', 'Dự toán giao']);
    });

    it('cites the approving decision, says the unit, and carries document properties', () => {
      const sheet = workbook.getWorksheet('Phân bổ') as ExcelJS.Worksheet;
      expect([1, 2, 3, 4, 5].map((row) => text(sheet, row, 1))).toEqual([
        "ỦY BAN NHÂN DÂN HUYỆN IA H'DRAI",
        'Phụ lục',
        'PHÂN BỔ KINH PHÍ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG NĂM 2022',
        "(Kèm theo Quyết định số 456/QĐ-UBND ngày 20/5/2022 của Ủy ban nhân dân huyện Ia H'Drai)",
        'Đơn vị tính: đồng',
      ]);
      expect(workbook.creator).toBe('Ansinh');
      expect(workbook.title).toBe(
        'Phân bổ kinh phí thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững năm 2022',
      );
      expect(workbook.subject).toContain('456/QĐ-UBND');
      expect(workbook.company).toBe("Ủy ban nhân dân huyện Ia H'Drai");
    });

    it('is marked a draft, in its name and its title, until the allocations are approved', async () => {
      expect(draft.status).toBe(200);
      expect(draft.headers.get('content-disposition')).toBe(
        'attachment; filename="phan-bo-kinh-phi-2022-du-thao.xlsx"',
      );
      const sheet = (await workbookOf(draft.body)).getWorksheet('Phân bổ') as ExcelJS.Worksheet;
      expect(text(sheet, 4, 1)).toBe('(Dự thảo)');
    });

    it('prints on A4 landscape, one page wide, the header repeated, the header and labels frozen', () => {
      const sheet = workbook.getWorksheet('Phân bổ') as ExcelJS.Worksheet;
      const header = headerRowOf(sheet);
      expect(sheet.pageSetup).toMatchObject({
        paperSize: 9,
        orientation: 'landscape',
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        printTitlesRow: `${header}:${header + 2}`,
      });
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 3, ySplit: header + 2 });
      expect(sheet.getColumn(3).width).toBeGreaterThan(30);
    });

    it('gives every amount cell what budgetSummary answers for the same question, in whole đồng', async () => {
      const sheet = workbook.getWorksheet('Phân bổ') as ExcelJS.Worksheet;
      const header = headerRowOf(sheet);
      expect([1, 2, 3, 4, 5, 6].map((column) => text(sheet, header, column))).toEqual([
        'STT',
        'Mã',
        'Dự án, tiểu dự án',
        'Dự toán giao',
        'Tổng phân bổ cho đơn vị',
        'Chưa phân bổ',
      ]);
      // Columns 7…: capital type / source / "Cộng" or a unit, from the three header rows.
      const columns: { column: number; capitalType: string; source: string; unit: string | null }[] = [];
      for (let column = 7; text(sheet, header + 2, column) !== ''; column++) {
        const unit = text(sheet, header + 2, column);
        columns.push({
          column,
          capitalType: CAPITAL_TYPES[text(sheet, header, column)],
          source: SOURCES[text(sheet, header + 1, column)],
          unit: unit === 'Cộng' ? null : unit,
        });
      }
      expect(columns.map(({ capitalType, source, unit }) => `${capitalType} ${source} ${unit ?? 'Cộng'}`)).toEqual([
        'INVESTMENT CENTRAL_BUDGET Cộng',
        'INVESTMENT CENTRAL_BUDGET Ủy ban nhân dân xã Ia Tơi',
        'INVESTMENT CENTRAL_BUDGET Ủy ban nhân dân xã Ia Đal',
        'INVESTMENT CENTRAL_BUDGET Ủy ban nhân dân xã Ia Dom',
        'INVESTMENT PROVINCIAL_BUDGET Cộng',
        'INVESTMENT PROVINCIAL_BUDGET Ủy ban nhân dân xã Ia Tơi',
        'RECURRENT CENTRAL_BUDGET Cộng',
        'RECURRENT CENTRAL_BUDGET Phòng Lao động - Thương binh và Xã hội',
        'RECURRENT CENTRAL_BUDGET Ủy ban nhân dân xã Ia Tơi',
        'RECURRENT CENTRAL_BUDGET Ủy ban nhân dân xã Ia Đal',
        'RECURRENT CENTRAL_BUDGET Ủy ban nhân dân xã Ia Dom',
        'RECURRENT DISTRICT_BUDGET Cộng',
        'RECURRENT DISTRICT_BUDGET Phòng Tài chính - Kế hoạch',
      ]);

      const rows = tableRows(sheet, header + 3);
      expect(rows.map((row) => `${row.kind} ${row.code}`)).toEqual([
        'total ',
        'project 1',
        'project 2',
        'project 3',
        'own 3',
        'child 3.1',
        'child 3.2',
        'project 4',
        'child 4.1',
        'child 4.2',
        'child 4.3',
        'project 5',
        'project 6',
        'child 6.1',
        'child 6.2',
        'project 7',
        'child 7.1',
        'child 7.2',
      ]);

      const componentKey = (row: SummaryRow) => row.component?.code ?? '';
      const projectKey = (row: SummaryRow) => row.project?.code ?? '';
      const cellKey = (key: (row: SummaryRow) => string) => (row: SummaryRow) =>
        `${key(row)}|${row.capitalType}|${row.source}|${row.unit?.name ?? ''}`;
      const answers = {
        component: {
          cells: byKey(await summary(['COMPONENT', 'CAPITAL_TYPE', 'SOURCE', 'UNIT']), cellKey(componentKey)),
          groups: byKey(await summary(['COMPONENT', 'CAPITAL_TYPE', 'SOURCE']), cellKey(componentKey)),
          totals: byKey(await summary(['COMPONENT']), componentKey),
        },
        project: {
          cells: byKey(await summary(['PROJECT', 'CAPITAL_TYPE', 'SOURCE', 'UNIT']), cellKey(projectKey)),
          groups: byKey(await summary(['PROJECT', 'CAPITAL_TYPE', 'SOURCE']), cellKey(projectKey)),
          totals: byKey(await summary(['PROJECT']), projectKey),
        },
        total: {
          cells: byKey(
            await summary(['CAPITAL_TYPE', 'SOURCE', 'UNIT']),
            cellKey(() => ''),
          ),
          groups: byKey(
            await summary(['CAPITAL_TYPE', 'SOURCE']),
            cellKey(() => ''),
          ),
          totals: byKey(await summary([]), () => ''),
        },
      };
      let compared = 0;
      for (const { row, kind, code } of rows) {
        const answer = kind === 'total' ? answers.total : kind === 'project' ? answers.project : answers.component;
        const key = kind === 'total' ? '' : code;
        const totals = answer.totals.get(key);
        expect(amountAt(sheet, row, 4), `Dự toán giao, row ${code}`).toBe(BigInt(totals?.assigned ?? 0));
        expect(amountAt(sheet, row, 5), `Tổng phân bổ, row ${code}`).toBe(BigInt(totals?.allocated ?? 0));
        expect(amountAt(sheet, row, 6)).toBe(BigInt(totals?.assigned ?? 0) - BigInt(totals?.allocated ?? 0));
        for (const { column, capitalType, source, unit } of columns) {
          const found = unit
            ? answer.cells.get(`${key}|${capitalType}|${source}|${unit}`)
            : answer.groups.get(`${key}|${capitalType}|${source}|`);
          expect(amountAt(sheet, row, column), `${code} ${capitalType} ${source} ${unit}`).toBe(
            BigInt(found?.allocated ?? 0),
          );
          compared++;
        }
      }
      expect(compared).toBe(rows.length * columns.length);
    });

    it('adds up exactly: units to their source, sources to the row, sub-projects to their project, projects to Tổng cộng', () => {
      const sheet = workbook.getWorksheet('Phân bổ') as ExcelJS.Worksheet;
      const header = headerRowOf(sheet);
      const rows = tableRows(sheet, header + 3);
      const lastColumn = sheet.getRow(header + 2).cellCount;
      const groupStarts: number[] = [];
      for (let column = 7; column <= lastColumn; column++) {
        if (text(sheet, header + 2, column) === 'Cộng') groupStarts.push(column);
      }
      const amountColumns = Array.from({ length: lastColumn - 3 }, (_, index) => index + 4);
      for (const { row } of rows) {
        const groupTotals = groupStarts.map((start, index) => {
          const end = (groupStarts[index + 1] ?? lastColumn + 1) - 1;
          const units = Array.from({ length: end - start }, (_, offset) => amountAt(sheet, row, start + 1 + offset));
          expect(amountAt(sheet, row, start)).toBe(sumOf(units));
          return amountAt(sheet, row, start);
        });
        expect(amountAt(sheet, row, 5)).toBe(sumOf(groupTotals));
        expect(amountAt(sheet, row, 4)).toBe(amountAt(sheet, row, 5) + amountAt(sheet, row, 6));
      }
      const projects = projectsOf(rows);
      for (const { project, parts } of projects) {
        if (parts.length === 0) continue;
        for (const column of amountColumns) {
          expect(amountAt(sheet, project.row, column), `project ${project.code}, column ${column}`).toBe(
            sumOf(parts.map((part) => amountAt(sheet, part.row, column))),
          );
        }
      }
      const total = rows[0];
      for (const column of amountColumns) {
        expect(amountAt(sheet, total.row, column)).toBe(
          sumOf(projects.map(({ project }) => amountAt(sheet, project.row, column))),
        );
      }
      // What the finance office assigned and allocated above, independently of the API.
      expect(amountAt(sheet, total.row, 4)).toBe(7_813_456_789n);
      expect(amountAt(sheet, total.row, 5)).toBe(7_790_000_000n);
      expect(amountAt(sheet, total.row, 6)).toBe(23_456_789n);
      expect(sheet.getCell(total.row, 4).numFmt).toBe('#,##0');
      expect(sheet.getCell(rows[1].row, 8).numFmt).toBe('#,##0');
    });

    it('shows projects bold with their sub-projects indented under them', () => {
      const sheet = workbook.getWorksheet('Phân bổ') as ExcelJS.Worksheet;
      const rows = tableRows(sheet, headerRowOf(sheet) + 3);
      const project3 = rows.find((row) => row.kind === 'project' && row.code === '3') as TableRow;
      const child31 = rows.find((row) => row.code === '3.1') as TableRow;
      expect(text(sheet, project3.row, 1)).toBe('III');
      expect(text(sheet, project3.row, 3)).toBe('Dự án 3: Hỗ trợ phát triển sản xuất, cải thiện dinh dưỡng');
      expect(sheet.getCell(project3.row, 3).font.bold).toBe(true);
      expect(text(sheet, child31.row, 1)).toBe('1');
      expect(text(sheet, child31.row, 3)).toBe('Tiểu dự án 1: Hỗ trợ phát triển sản xuất trong lĩnh vực nông nghiệp');
      expect(sheet.getCell(child31.row, 3).font.bold).toBeFalsy();
      expect(sheet.getCell(child31.row, 3).alignment.indent).toBeGreaterThan(0);
    });

    it('lists each envelope with the decisions that assigned it, for traceability', async () => {
      const sheet = workbook.getWorksheet('Dự toán giao') as ExcelJS.Worksheet;
      const header = headerRowOf(sheet);
      const { data } = await app.gql<{
        plans: {
          envelopes: {
            component: { code: string };
            capitalType: string;
            source: string;
            amount: string;
            allocated: string;
            remaining: string;
            assignments: { amount: string; decision: { number: string; issuedOn: string; issuer: string } }[];
          }[];
        }[];
      }>(
        `{ plans(year: 2022) { envelopes { component { code } capitalType source amount allocated remaining
            assignments { amount decision { number issuedOn issuer } } } } }`,
        {},
        finance,
      );
      const envelopes = data?.plans[0].envelopes ?? [];
      expect(envelopes).toHaveLength(7);
      let row = header + 1;
      expect(text(sheet, row, 3)).toBe('TỔNG CỘNG');
      expect(amountAt(sheet, row, 10)).toBe(sumOf(envelopes.map((envelope) => BigInt(envelope.amount))));
      expect(amountAt(sheet, row, 11)).toBe(sumOf(envelopes.map((envelope) => BigInt(envelope.allocated))));
      expect(amountAt(sheet, row, 12)).toBe(sumOf(envelopes.map((envelope) => BigInt(envelope.remaining))));
      for (const envelope of envelopes) {
        row++;
        expect([2, 4, 5].map((column) => text(sheet, row, column))).toEqual([
          envelope.component.code,
          Object.keys(CAPITAL_TYPES).find((label) => CAPITAL_TYPES[label] === envelope.capitalType),
          Object.keys(SOURCES).find((label) => SOURCES[label] === envelope.source),
        ]);
        expect([10, 11, 12].map((column) => amountAt(sheet, row, column))).toEqual([
          BigInt(envelope.amount),
          BigInt(envelope.allocated),
          BigInt(envelope.remaining),
        ]);
        const assigned: bigint[] = [];
        for (const assignment of envelope.assignments) {
          row++;
          expect(text(sheet, row, 6)).toBe(assignment.decision.number);
          expect((sheet.getCell(row, 7).value as Date).toISOString().slice(0, 10)).toBe(assignment.decision.issuedOn);
          expect(text(sheet, row, 8)).toBe(assignment.decision.issuer);
          expect(amountAt(sheet, row, 9)).toBe(BigInt(assignment.amount));
          assigned.push(amountAt(sheet, row, 9));
        }
        expect(sumOf(assigned)).toBe(BigInt(envelope.amount));
      }
      // The reduction of project 5 reads as one, with its own decision.
      const notes = Array.from({ length: 6 }, (_, index) => text(sheet, row + 2 + index, 1)).join('\n');
      expect(notes).toContain(
        "Phân bổ được phê duyệt theo Quyết định số 456/QĐ-UBND ngày 20/5/2022 của UBND huyện Ia H'Drai",
      );
      const reduction = Array.from({ length: row - header }, (_, index) => header + 1 + index).find(
        (line) => text(sheet, line, 6) === '130/QĐ-UBND',
      ) as number;
      expect(text(sheet, reduction, 3)).toBe('Giảm dự toán');
      expect(amountAt(sheet, reduction, 9)).toBe(-120_000_000n);
    });
  });

  describe('the results report (báo cáo kết quả)', () => {
    const reports: Record<'SEMIANNUAL' | 'ANNUAL', { file: Download; workbook: ExcelJS.Workbook }> = {} as never;
    beforeAll(async () => {
      for (const period of ['SEMIANNUAL', 'ANNUAL'] as const) {
        const file = await get(app, `/exports/results-report.xlsx?planId=${ids.planId}&period=${period}`, planning);
        reports[period] = { file, workbook: await workbookOf(file.body) };
      }
    });

    it('names the period in the file name, the title and every sheet', () => {
      expect(reports.SEMIANNUAL.file.status).toBe(200);
      expect(reports.SEMIANNUAL.file.headers.get('content-type')).toBe(XLSX);
      expect(reports.SEMIANNUAL.file.headers.get('content-disposition')).toBe(
        'attachment; filename="bao-cao-ket-qua-6-thang-2022.xlsx"',
      );
      expect(reports.SEMIANNUAL.file.headers.get('cache-control')).toBe('private, no-store');
      expect(reports.ANNUAL.file.headers.get('content-disposition')).toBe(
        'attachment; filename="bao-cao-ket-qua-nam-2022.xlsx"',
      );
      for (const [period, label, end] of [
        ['SEMIANNUAL', '6 THÁNG ĐẦU NĂM 2022', '30/6/2022'],
        ['ANNUAL', 'NĂM 2022', '31/12/2022'],
      ] as const) {
        const { workbook } = reports[period];
        expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Chỉ tiêu', 'Kinh phí', 'Hưởng lợi']);
        for (const sheet of workbook.worksheets) {
          expect(text(sheet, 2, 1)).toBe(
            `BÁO CÁO KẾT QUẢ THỰC HIỆN CHƯƠNG TRÌNH MỤC TIÊU QUỐC GIA GIẢM NGHÈO BỀN VỮNG ${label}`,
          );
          expect(text(sheet, 4, 1)).toContain(`từ ngày 1/1/2022 đến hết ngày ${end}`);
          expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1 });
        }
      }
    });

    it('gives targets and actuals per commune and for the district as povertyRates and Plan.targets do', async () => {
      const rates = async (year: number) => {
        const { data } = await app.gql<{
          communes: { unit: { name: string }; households: number; poor: number; nearPoor: number; rate: number }[];
          district: { unit: { name: string }; households: number; poor: number; nearPoor: number; rate: number }[];
        }>(
          `query($year: Int!, $district: ID!) {
            communes: povertyRates(year: $year, level: COMMUNE, parentId: $district) { unit { name } households poor nearPoor rate }
            district: povertyRates(year: $year, level: DISTRICT) { unit { name } households poor nearPoor rate }
          }`,
          { year, district: districtId },
          planning,
        );
        return new Map(
          [...(data?.district ?? []), ...(data?.communes ?? [])].map((row) => [row.unit.name, row] as const),
        );
      };
      const now = await rates(2022);
      const before = await rates(2021);
      const { data } = await app.gql<{
        plans: {
          targets: {
            unit: { name: string };
            indicator: string;
            comparator: string;
            value: number;
            actual: number | null;
            met: boolean | null;
          }[];
        }[];
      }>('{ plans(year: 2022) { targets { unit { name } indicator comparator value actual met } } }', {}, planning);
      const targets = data?.plans[0].targets ?? [];
      expect(targets).toHaveLength(5);

      for (const [period, missed] of [
        ['SEMIANNUAL', 'Có nguy cơ không đạt'],
        ['ANNUAL', 'Không đạt'],
      ] as const) {
        const sheet = reports[period].workbook.getWorksheet('Chỉ tiêu') as ExcelJS.Worksheet;
        const header = headerRowOf(sheet);
        const names: string[] = [];
        for (let row = header + 2; text(sheet, row, 2) !== ''; row++) {
          const label = text(sheet, row, 2);
          const name = label.replace(/^(Toàn huyện|Xã) /, '');
          names.push(label);
          const rate = now.get(name);
          expect(
            [3, 4, 5].map((column) => numberAt(sheet, row, column)),
            label,
          ).toEqual([rate?.households ?? 0, rate?.poor ?? 0, rate?.nearPoor ?? 0]);
          const previous = before.get(name);
          expect(numberAt(sheet, row, 6)).toBe(previous && previous.households > 0 ? previous.rate : null);
          const verdict = (target: (typeof targets)[number] | undefined) =>
            !target ? 'Chưa giao chỉ tiêu' : target.met === null ? 'Chưa có số liệu' : target.met ? 'Đạt' : missed;
          for (const [indicator, column] of [
            ['POOR_HOUSEHOLD_RATE', 7],
            ['POOR_HOUSEHOLD_RATE_REDUCTION', 10],
          ] as const) {
            const target = targets.find(
              (candidate) => candidate.unit.name === name && candidate.indicator === indicator,
            );
            expect(numberAt(sheet, row, column), `${label} ${indicator}`).toBe(target ? target.value : null);
            if (target) {
              expect(sheet.getCell(row, column).numFmt).toBe(`"${target.comparator === 'AT_MOST' ? '≤' : '≥'} "0.00`);
              expect(numberAt(sheet, row, column + 1)).toBe(target.actual);
            }
            expect(text(sheet, row, column + 2), `${label} ${indicator}`).toBe(verdict(target));
          }
          // The plan year's rate is the registry's, target or not.
          expect(numberAt(sheet, row, 8)).toBe(rate && rate.households > 0 ? rate.rate : null);
        }
        expect(names).toEqual(["Toàn huyện Ia H'Drai", 'Xã Ia Đal', 'Xã Ia Dom', 'Xã Ia Tơi']);
      }
      // Ia Tơi 1 poor of 4, Ia Đal 2 of 2 (over its 60% target), Ia Dom not reviewed yet.
      const semi = reports.SEMIANNUAL.workbook.getWorksheet('Chỉ tiêu') as ExcelJS.Worksheet;
      const rowOf = (label: string) => {
        for (let row = 1; row < 40; row++) if (text(semi, row, 2) === label) return row;
        throw new Error(label);
      };
      expect([3, 4, 5, 8, 9].map((column) => semi.getCell(rowOf('Xã Ia Tơi'), column).value)).toEqual([
        4,
        1,
        1,
        25,
        'Đạt',
      ]);
      expect(text(semi, rowOf('Xã Ia Đal'), 9)).toBe('Có nguy cơ không đạt');
      expect(text(semi, rowOf('Xã Ia Dom'), 12)).toBe('Chưa giao chỉ tiêu');
      expect(numberAt(semi, rowOf('Xã Ia Dom'), 8)).toBeNull();
      expect(numberAt(semi, rowOf("Toàn huyện Ia H'Drai"), 6)).toBe(40.73);
    });

    it('gives funds per project as budgetSummary does with paidBy the period end, and adds up', async () => {
      for (const [period, paidBy, disbursed] of [
        // 30 June counts, 1 July does not.
        ['SEMIANNUAL', '2022-06-30', 1_150_000_000n],
        ['ANNUAL', '2022-12-31', 2_349_999_999n],
      ] as const) {
        const sheet = reports[period].workbook.getWorksheet('Kinh phí') as ExcelJS.Worksheet;
        const header = headerRowOf(sheet);
        expect(text(sheet, header, 6)).toBe(
          `Đã giải ngân đến hết ${period === 'SEMIANNUAL' ? '30/6/2022' : '31/12/2022'}`,
        );
        const byComponent = byKey(await summary(['COMPONENT'], { paidBy }), (row) => row.component?.code ?? '');
        const byProject = byKey(await summary(['PROJECT'], { paidBy }), (row) => row.project?.code ?? '');
        const [total] = await summary([], { paidBy });
        const rows = tableRows(sheet, header + 1);
        expect(rows.map((row) => `${row.kind} ${row.code}`)).toContain('own 3');
        for (const { row, kind, code } of rows) {
          const answer = kind === 'total' ? total : kind === 'project' ? byProject.get(code) : byComponent.get(code);
          const values = [4, 5, 6].map((column) => amountAt(sheet, row, column));
          expect(values, `${period} ${code}`).toEqual([
            BigInt(answer?.assigned ?? 0),
            BigInt(answer?.allocated ?? 0),
            BigInt(answer?.disbursed ?? 0),
          ]);
          const rate = numberAt(sheet, row, 7);
          if (values[0] === 0n) expect(rate).toBeNull();
          else expect(rate).toBeCloseTo(Number(values[2]) / Number(values[0]), 12);
          expect(sheet.getCell(row, 7).numFmt).toBe('0.00%');
        }
        const projects = projectsOf(rows);
        for (const column of [4, 5, 6]) {
          expect(amountAt(sheet, rows[0].row, column)).toBe(
            sumOf(projects.map(({ project }) => amountAt(sheet, project.row, column))),
          );
          for (const { project, parts } of projects) {
            if (parts.length > 0) {
              expect(amountAt(sheet, project.row, column)).toBe(
                sumOf(parts.map((part) => amountAt(sheet, part.row, column))),
              );
            }
          }
        }
        expect(amountAt(sheet, rows[0].row, 6)).toBe(disbursed);
      }
      // Everything paid so far is more than was paid by 30 June: the filter is what makes the difference.
      const [now] = await summary([]);
      expect(BigInt(now.disbursed)).toBe(2_349_999_999n);
    });

    it('gives the households reached per project as the benefits API lists them by the period end', async () => {
      const { data: plans } = await app.gql<{
        plans: { id: string; components: { id: string; code: string; kind: string }[] }[];
      }>('{ plans(year: 2022) { id components { id code kind } } }', {}, planning);
      const components = new Map((plans?.plans[0].components ?? []).map((component) => [component.code, component]));
      const reach = async (filter: Record<string, string>) => {
        const seen = new Set<string>();
        let amount = 0n;
        let after: string | null = null;
        let totalCount = 0;
        for (;;) {
          const answer: GraphQLResponse<{ benefits: BenefitPage }> = await app.gql(
            `query($filter: BenefitFilter, $after: String) {
              benefits(first: 200, after: $after, filter: $filter) {
                totalCount pageInfo { hasNextPage endCursor } edges { node { amount household { id } } }
              }
            }`,
            { filter, after },
            planning,
          );
          const page = answer.data?.benefits;
          if (!page) throw new Error(`no benefits answer: ${JSON.stringify(answer.errors)}`);
          totalCount = page.totalCount;
          for (const { node } of page.edges) {
            seen.add(node.household.id);
            amount += BigInt(node.amount ?? 0);
          }
          if (!page.pageInfo.hasNextPage) break;
          after = page.pageInfo.endCursor;
        }
        return [BigInt(seen.size), BigInt(totalCount), amount];
      };
      for (const [period, receivedTo, expected] of [
        ['SEMIANNUAL', '2022-06-30', [3n, 4n, 12_000_000n]],
        ['ANNUAL', '2022-12-31', [3n, 6n, 64_000_000n]],
      ] as const) {
        const sheet = reports[period].workbook.getWorksheet('Hưởng lợi') as ExcelJS.Worksheet;
        const header = headerRowOf(sheet);
        const rows = tableRows(sheet, header + 1);
        for (const { row, kind, code } of rows) {
          const component = components.get(code);
          const filter: Record<string, string> = { planId: ids.planId, receivedTo };
          if (kind === 'project') filter.projectId = component?.id ?? '';
          if (kind === 'own' || kind === 'child') filter.componentId = component?.id ?? '';
          expect(
            [4, 5, 6].map((column) => amountAt(sheet, row, column)),
            `${period} ${kind} ${code}`,
          ).toEqual(await reach(filter));
        }
        expect([4, 5, 6].map((column) => amountAt(sheet, rows[0].row, column))).toEqual(expected);
        // Counts and amounts add up; a household reached by two sub-projects counts once in its project.
        const projects = projectsOf(rows);
        for (const column of [5, 6]) {
          expect(amountAt(sheet, rows[0].row, column)).toBe(
            sumOf(projects.map(({ project }) => amountAt(sheet, project.row, column))),
          );
        }
      }
      const annual = reports.ANNUAL.workbook.getWorksheet('Hưởng lợi') as ExcelJS.Worksheet;
      const rows = tableRows(annual, headerRowOf(annual) + 1);
      const project3 = rows.find((row) => row.kind === 'project' && row.code === '3') as TableRow;
      // H1 (3.1 twice, 3 itself), H2 (3.1), H3 (3.1): three households, five benefits.
      expect([4, 5].map((column) => amountAt(annual, project3.row, column))).toEqual([3n, 5n]);
    });

    it('answers as the data stood at `asOf` when asked, as budgetSummary(asOf:) does', async () => {
      const asOf = '2022-06-30T23:59:59+07:00';
      const file = await get(
        app,
        `/exports/results-report.xlsx?planId=${ids.planId}&period=SEMIANNUAL&asOf=${encodeURIComponent(asOf)}`,
        planning,
      );
      expect(file.status).toBe(200);
      const sheet = (await workbookOf(file.body)).getWorksheet('Kinh phí') as ExcelJS.Worksheet;
      const [total] = await summary([], { paidBy: '2022-06-30', asOf });
      const row = headerRowOf(sheet) + 1;
      // Everything here was recorded today, long after that instant.
      expect([4, 5, 6].map((column) => amountAt(sheet, row, column))).toEqual([
        BigInt(total?.assigned ?? 0),
        BigInt(total?.allocated ?? 0),
        0n,
      ]);
      expect(text(sheet, 5, 1)).toContain('theo số liệu ghi nhận đến 23:59 ngày 30/6/2022');
    });
  });

  describe('who may download, and what is refused', () => {
    const allocationPath = () => `/exports/allocation-decision.xlsx?planId=${ids.planId}`;
    const reportPath = (period = 'ANNUAL') => `/exports/results-report.xlsx?planId=${ids.planId}&period=${period}`;
    const refused = (file: Download, status: number, code: string) => {
      expect(file.status).toBe(status);
      expect(file.headers.get('content-type')).toMatch(/^application\/json/);
      expect(file.json?.errors?.[0]?.extensions.code).toBe(code);
      expect(file.headers.get('content-disposition')).toBeNull();
    };
    const token = async (scopes: string[]) => {
      const users = await app.gql<{ users: { id: string; username: string }[] }>(
        '{ users { id username } }',
        {},
        admin,
      );
      const analyst = users.data?.users.find((user) => user.username === 'analyst');
      const created = await app.gql<{ createApiToken: { secret: string | null } }>(
        `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret userErrors { code } } }`,
        { input: { name: `Xuất báo cáo ${scopes.join('+')}`, userId: analyst?.id, scopes, expiresAt: inDays(30) } },
        admin,
      );
      return created.data?.createApiToken.secret as string;
    };

    it('refuses without a valid token (401), as /graphql does', async () => {
      refused(await get(app, allocationPath()), 401, 'UNAUTHENTICATED');
      refused(await get(app, reportPath()), 401, 'UNAUTHENTICATED');
      refused(await get(app, allocationPath(), 'not-a-token'), 401, 'UNAUTHENTICATED');
      // Before it looks at the parameters.
      refused(await get(app, '/exports/results-report.xlsx'), 401, 'UNAUTHENTICATED');
    });

    it('serves every role, and an API token only with the scopes of the rule', async () => {
      const leader = await app.login('leader');
      expect((await get(app, allocationPath(), leader)).status).toBe(200);
      expect((await get(app, reportPath(), await app.login('iatoi'))).status).toBe(200);

      const budgetOnly = await token(['BUDGET']);
      expect((await get(app, allocationPath(), budgetOnly)).status).toBe(200);
      const noHouseholds = await get(app, reportPath(), budgetOnly);
      refused(noHouseholds, 403, 'FORBIDDEN');
      expect(noHouseholds.json?.errors?.[0]?.message).toContain('lacks the HOUSEHOLDS scope');

      const householdsOnly = await token(['HOUSEHOLDS']);
      refused(await get(app, allocationPath(), householdsOnly), 403, 'FORBIDDEN');
      refused(await get(app, reportPath(), householdsOnly), 403, 'FORBIDDEN');

      const both = await token(['BUDGET', 'HOUSEHOLDS']);
      const report = await get(app, reportPath('SEMIANNUAL'), both);
      expect(report.status).toBe(200);
      expect(report.headers.get('content-type')).toBe(XLSX);
    });

    it('serves the model each file is written from over GraphQL, under the same rules and refusals', async () => {
      const ALLOCATION = `query($p: ID!) {
        allocationDecisionDocument(planId: $p) { sheets { key rows { key cells { kind amount } } } }
      }`;
      const REPORT = 'query($p: ID!) { resultsReportDocument(planId: $p, period: ANNUAL) { sheets { key } } }';
      const codes = (result: GraphQLResponse) => result.errors?.map((error) => error.extensions?.code);
      const budgetOnly = await token(['BUDGET']);
      const householdsOnly = await token(['HOUSEHOLDS']);

      const allocation = await app.gql<{
        allocationDecisionDocument: {
          sheets: { key: string; rows: { key: string; cells: { kind: string; amount: string | null }[] }[] }[];
        };
      }>(ALLOCATION, { p: ids.planId }, budgetOnly);
      expect(allocation.errors).toBeUndefined();
      const [appendix, envelopes] = allocation.data?.allocationDecisionDocument.sheets ?? [];
      expect([appendix?.key, envelopes?.key]).toEqual(['appendix', 'envelopes']);
      // Tổng cộng's Dự toán giao, exact, as budgetSummary answers it.
      const [total] = await summary([]);
      expect(appendix?.rows[0]).toMatchObject({
        key: 'total',
        cells: { 3: { kind: 'MONEY', amount: total.assigned } },
      });

      expect(codes(await app.gql(ALLOCATION, { p: ids.planId }, householdsOnly))).toEqual(['FORBIDDEN']);
      expect(codes(await app.gql(REPORT, { p: ids.planId }, budgetOnly))).toEqual(['FORBIDDEN']);
      expect(codes(await app.gql(REPORT, { p: ids.planId }, await token(['BUDGET', 'HOUSEHOLDS'])))).toBeUndefined();
      expect(codes(await app.gql(REPORT, { p: toGlobalId('Plan', 999_999) }, finance))).toEqual(['NOT_FOUND']);
      expect(codes(await app.gql(ALLOCATION, { p: ids.components['3.1'] }, finance))).toEqual(['BAD_USER_INPUT']);
    });

    it('answers 400 for a missing or malformed plan, period or instant, and 404 for an unknown plan', async () => {
      const component = ids.components['3.1'];
      for (const path of [
        '/exports/allocation-decision.xlsx',
        '/exports/allocation-decision.xlsx?planId=',
        '/exports/allocation-decision.xlsx?planId=nonsense',
        `/exports/allocation-decision.xlsx?planId=${component}`,
        `/exports/allocation-decision.xlsx?planId=${ids.planId}&planId=${ids.planId}`,
        `/exports/results-report.xlsx?planId=${ids.planId}`,
        `/exports/results-report.xlsx?planId=${ids.planId}&period=QUARTERLY`,
        `/exports/results-report.xlsx?planId=${ids.planId}&period=semiannual`,
        `/exports/results-report.xlsx?planId=${ids.planId}&period=ANNUAL&asOf=yesterday`,
        `/exports/results-report.xlsx?period=ANNUAL`,
      ]) {
        refused(await get(app, path, finance), 400, 'BAD_USER_INPUT');
      }
      const unknown = toGlobalId('Plan', 999_999);
      refused(await get(app, `/exports/allocation-decision.xlsx?planId=${unknown}`, finance), 404, 'NOT_FOUND');
      refused(
        await get(app, `/exports/results-report.xlsx?planId=${unknown}&period=ANNUAL`, finance),
        404,
        'NOT_FOUND',
      );
      refused(await get(app, '/exports/nothing-here.xlsx', finance), 404, 'NOT_FOUND');
    });
  });
});

describe('downloads count against the rate limit', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp({
      config: { rateLimits: { userPerMinute: 2, apiTokenPerMinute: 2, anonymousPerMinute: 2 } },
    });
  });
  afterAll(() => app?.close());

  it('answers 429 with Retry-After once a caller has used the allowance, downloads and /graphql alike', async () => {
    // Signing in is the first of this address's two anonymous requests.
    const finance = await app.login('finance');
    const { planId } = await planIds(app, finance);
    const path = `/exports/allocation-decision.xlsx?planId=${planId}`;
    expect((await get(app, path, finance)).status).toBe(200);
    const limited = await get(app, path, finance);
    expect(limited.status).toBe(429);
    expect(limited.json?.errors?.[0]?.extensions.code).toBe('RATE_LIMITED');
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    // The same allowance as the API's.
    expect((await app.gql('{ viewer { roles } }', {}, finance)).status).toBe(429);
  });
});

describe('amounts in the spreadsheet are exact or refused', () => {
  it('converts bigint đồng to a number only while a double holds it exactly', () => {
    expect(spreadsheetAmount(10n ** 15n, 'cell')).toBe(1_000_000_000_000_000);
    expect(spreadsheetAmount(2n ** 53n - 1n, 'cell')).toBe(Number.MAX_SAFE_INTEGER);
    expect(spreadsheetAmount(-(2n ** 53n - 1n), 'cell')).toBe(-Number.MAX_SAFE_INTEGER);
    expect(() => spreadsheetAmount(2n ** 53n, 'Tổng cộng')).toThrow(AmountNotExactError);
    expect(() => spreadsheetAmount(-(2n ** 53n), 'Tổng cộng')).toThrow(/beyond what a spreadsheet number holds/);
  });
});
