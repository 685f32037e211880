import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/src/client-build';
import { browserAvailable, launchChromium } from '../support/browser';
import { assign, type PlanIds, planIds, SAVE, type SaveResult } from '../support/budget';
import { printedGrid, readPrintedSheets, spreadsheetGrid } from '../support/documents';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

// The leadership overview in real Chromium against the real server, over the demo data (synthetic
// households, budget, reports and commune targets): what a district leader sees on signing in, the
// same questions asked of the API with the leader's own token, the two spreadsheets, and that
// nothing anywhere lets a leader change anything.

const YEAR = 2022;
const vn = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
/** Whole đồng as the console writes it: 27.730.000.000 ₫. */
const dong = (amount: string) => `${vn.format(BigInt(amount))} ₫`;
const percent = (value: number) => `${vn.format(value)}%`;
/** disbursed / assigned in hundredths of a percent, rounded half up, in exact integers. */
const share = (part: string, whole: string): string => {
  const [p, w] = [BigInt(part), BigInt(whole)];
  return w === 0n ? '—' : percent(Number((p * 20_000n + w) / (2n * w)) / 100);
};

interface Rate {
  households: number;
  poor: number;
  nearPoor: number;
  rate: number;
  unit: { id: string; name: string };
}
interface Target {
  indicator: 'POOR_HOUSEHOLD_RATE' | 'POOR_HOUSEHOLD_RATE_REDUCTION';
  comparator: 'AT_MOST' | 'AT_LEAST';
  value: number;
  actual: number | null;
  met: boolean | null;
  unit: { id: string; name: string; level: string };
}
interface Money {
  assigned: string;
  allocated: string;
  disbursed: string;
}
interface Obligation {
  kind: string;
  dueOn: string;
  state: string;
  daysLate: number;
  unit: { id: string; name: string };
}

const RATE = '{ households poor nearPoor rate unit { id name } }';
const MONEY = 'assigned allocated disbursed';

// Everything that changes data, as the console words it: no leader may see one of these enabled.
const CHANGING =
  /lưu|ghi nhận|nộp lại|nhập|phê duyệt|điều chỉnh|giao dự toán|tạo|thu hồi|xóa|sửa|đặt|hoàn tác|làm lại|bỏ thay đổi|mở khóa|vô hiệu/i;

describe.runIf(browserAvailable())('the overview (Tổng quan), as district leadership', () => {
  let app: TestApp;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let leader: string;
  let ids: PlanIds;
  let downloads: string;

  /** The leader's question to the API, with the leader's token (it must answer it as it answers the page). */
  const ask = async <T>(query: string, variables: Record<string, unknown> = {}): Promise<T> => {
    const result = await app.gql<T>(query, variables, leader);
    if (result.errors || !result.data) throw new Error(JSON.stringify(result.errors));
    return result.data;
  };
  const text = (testId: string) => page.getByTestId(testId).innerText();

  /**
   * The demo data the overview is about, made through the API when the server has not seeded it:
   * a budget with payments, commune targets and reports, some late, some missing.
   */
  const ensureData = async () => {
    const { budgetSummary } = await ask<{ budgetSummary: Money[] }>(
      `query($p: ID!) { budgetSummary(planId: $p, groupBy: []) { ${MONEY} } }`,
      { p: ids.planId },
    );
    if (BigInt(budgetSummary[0]?.assigned ?? '0') > 0n) return;
    const finance = await app.login('finance');
    const planning = await app.login('planning');
    const envelope = await assign(app, finance, {
      planId: ids.planId,
      componentId: ids.components['1'],
      capitalType: 'INVESTMENT',
      amount: '12000000000',
    });
    const recurrent = await assign(app, finance, {
      planId: ids.planId,
      componentId: ids.components['3.1'],
      amount: '2400000000',
    });
    const changes = [
      { envelopeId: envelope.id, unitId: ids.units['UBND-IATOI'], amount: '5000000000', expectedVersion: null },
      { envelopeId: envelope.id, unitId: ids.units['UBND-IADAL'], amount: '4000000000', expectedVersion: null },
      { envelopeId: recurrent.id, unitId: ids.units['P-LDTBXH'], amount: '900000000', expectedVersion: null },
    ];
    const saved = await app.gql<SaveResult>(SAVE, { input: { planId: ids.planId, changes } }, finance);
    const cells = saved.data?.saveAllocations.allocations ?? [];
    await app.gql(
      'mutation($i: ApproveAllocationsInput!) { approveAllocations(input: $i) { userErrors { code } } }',
      { i: { planId: ids.planId, decisionNumber: '512/QĐ-UBND', decisionDate: '2022-05-06' } },
      finance,
    );
    await app.gql(
      'mutation($i: RecordDisbursementsInput!) { recordDisbursements(input: $i) { userErrors { code } } }',
      { i: { entries: [{ allocationId: cells[0]?.id, paidOn: '2022-06-20', amount: '2000000000' }] } },
      finance,
    );
    const submit = (unit: string, kind: string, submittedOn: string, figures: object | null, note: string | null) =>
      app.gql(
        'mutation($i: SubmitReportInput!) { submitReport(input: $i) { userErrors { code } } }',
        { i: { planId: ids.planId, unitId: ids.units[unit], kind, submittedOn, figures, note } },
        planning,
      );
    await submit('UBND-IATOI', 'COMMUNE_PLAN', '2022-04-28', null, 'Kế hoạch số 10/KH-UBND');
    await submit('UBND-IADAL', 'COMMUNE_PLAN', '2022-05-06', null, 'Kế hoạch số 12/KH-UBND');
    await submit('P-TCKH', 'SEMIANNUAL_REPORT', '2022-06-13', { beneficiaries: 120 }, null);
  };

  beforeAll(async () => {
    await ensureClientBuilt(() => {});
    app = await startTestApp({ households: true, demoBudget: true, serveClient: true });
    browser = await launchChromium();
    leader = await app.login('leader');
    ids = await planIds(app, leader);
    await ensureData();
    downloads = await mkdtemp(join(tmpdir(), 'ansinh-leader-'));
    // A leader's laptop: 1366 × 768, in Vietnamese.
    context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 1366, height: 768 },
      acceptDownloads: true,
    });
    page = await context.newPage();
  });

  afterAll(async () => {
    await context?.close();
    await browser?.close();
    await app?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('lands a leader on the overview: the district rate against its target, as the API answers', async () => {
    await page.goto(`${app.url}/`);
    await page.locator('input[name="username"]').fill('leader');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/dashboard/);
    await page.getByTestId('rates-table').waitFor();
    expect(await page.locator('main h1').innerText()).toBe('Tổng quan');

    const { plans } = await ask<{ plans: { district: { id: string; name: string }; targets: Target[] }[] }>(
      `{ plans(year: ${YEAR}) { district { id name } targets { indicator comparator value actual met unit { id name level } } } }`,
    );
    const [plan] = plans;
    const rates = await ask<{ now: Rate[]; before: Rate[]; communes: Rate[]; communesBefore: Rate[] }>(
      `query($d: ID!) {
        now: povertyRates(level: DISTRICT, year: ${YEAR}) ${RATE}
        before: povertyRates(level: DISTRICT, year: ${YEAR - 1}) ${RATE}
        communes: povertyRates(level: COMMUNE, parentId: $d, year: ${YEAR}) ${RATE}
        communesBefore: povertyRates(level: COMMUNE, parentId: $d, year: ${YEAR - 1}) ${RATE}
      }`,
      { d: plan.district.id },
    );
    /** The latest reviewed rate, as "40,73% (năm 2021)". */
    const reading = (now: Rate | undefined, before: Rate | undefined) =>
      now && now.households > 0
        ? `${percent(now.rate)} (năm ${YEAR})`
        : before && before.households > 0
          ? `${percent(before.rate)} (năm ${YEAR - 1})`
          : 'Chưa có số liệu rà soát';
    const ofUnit = (rows: Rate[], id: string) => rows.find((row) => row.unit.id === id);
    const target = (unitId: string, indicator: Target['indicator']) =>
      plan.targets.find((item) => item.unit.id === unitId && item.indicator === indicator);

    // The district: its latest rate, its target (at most 32.73%), and the reduction's (8 points).
    const districtRate = target(plan.district.id, 'POOR_HOUSEHOLD_RATE');
    const reduction = target(plan.district.id, 'POOR_HOUSEHOLD_RATE_REDUCTION');
    expect(districtRate).toMatchObject({ comparator: 'AT_MOST', value: 32.73 });
    expect(reduction).toMatchObject({ comparator: 'AT_LEAST', value: 8 });
    const districtReading = reading(ofUnit(rates.now, plan.district.id), ofUnit(rates.before, plan.district.id));
    const kpi = await text('kpi-district-rate');
    expect(kpi).toContain(districtReading);
    expect(kpi).toContain('Chỉ tiêu: tối đa 32,73%');
    expect(await text('kpi-reduction')).toContain('Chỉ tiêu: ít nhất 8 điểm %');
    if (reduction?.actual != null)
      expect(await text('kpi-reduction')).toContain(`${vn.format(reduction.actual)} điểm %`);
    const districtRow = await text('rate-row-district');
    expect(districtRow).toContain(districtReading);
    expect(districtRow).toContain('tối đa 32,73%');
    // At risk while above the target: said in words, with an icon, not only in red.
    const before = ofUnit(rates.before, plan.district.id);
    if (districtRate?.met === null && before && before.rate > 32.73) {
      expect(districtRow).toContain('⚠ Có nguy cơ không đạt');
      expect(kpi).toContain(`Cao hơn chỉ tiêu ${vn.format(Math.round(before.rate * 100 - 3273) / 100)} điểm %`);
    }

    // Each commune against its own target.
    expect(rates.communes.length).toBeGreaterThan(0);
    for (const commune of rates.communes) {
      const row = await text(`rate-row-${commune.unit.name}`);
      expect(row).toContain(reading(commune, ofUnit(rates.communesBefore, commune.unit.id)));
      const own = target(commune.unit.id, 'POOR_HOUSEHOLD_RATE');
      expect(row).toContain(own ? `tối đa ${percent(own.value)}` : 'Chưa giao');
    }
  });

  it('shows the money by project and by source, to the đồng, with the API’s disbursement', async () => {
    const money = await ask<{
      byProject: (Money & { project: { code: string } })[];
      bySource: Money[];
      total: Money[];
    }>(
      `query($p: ID!) {
        byProject: budgetSummary(planId: $p, groupBy: [PROJECT]) { ${MONEY} project { code } }
        bySource: budgetSummary(planId: $p, groupBy: [SOURCE]) { ${MONEY} }
        total: budgetSummary(planId: $p, groupBy: []) { ${MONEY} }
      }`,
      { p: ids.planId },
    );
    expect(money.byProject.length).toBeGreaterThan(0);
    for (const row of money.byProject) {
      const cells = await page.getByTestId(`money-by-project-${row.project.code}`).locator('td').allInnerTexts();
      expect(cells).toEqual([
        dong(row.assigned),
        dong(row.allocated),
        dong(row.disbursed),
        share(row.allocated, row.assigned),
        share(row.disbursed, row.assigned),
      ]);
    }
    const [total] = money.total;
    const totalCells = await page.getByTestId('money-by-project-total').locator('td').allInnerTexts();
    expect(totalCells.slice(0, 3)).toEqual([dong(total.assigned), dong(total.allocated), dong(total.disbursed)]);
    expect(totalCells[4]).toBe(share(total.disbursed, total.assigned));
    expect(await text('kpi-disbursement')).toContain(`${share(total.disbursed, total.assigned)} dự toán giao`);
    // By source the same plan adds up to the same total.
    const sourceTotal = await page.getByTestId('money-by-source-total').locator('td').allInnerTexts();
    expect(sourceTotal.slice(0, 3)).toEqual(totalCells.slice(0, 3));
    expect(await page.getByTestId('lowest-disbursement').locator('tbody tr').count()).toBeGreaterThan(0);
    // The chart draws the same projects (AG Charts, loaded after the tables).
    await page.locator('figure.chart canvas').first().waitFor();
  });

  it('shows who has reported by each deadline, who is late and by how many days', async () => {
    const { reportingCalendar } = await ask<{ reportingCalendar: Obligation[] }>(
      'query($p: ID!) { reportingCalendar(planId: $p) { kind dueOn state daysLate unit { id name } } }',
      { p: ids.planId },
    );
    const heads = await page.getByTestId('reporting-calendar').locator('thead th').allInnerTexts();
    expect(heads.join('\n')).toContain('Kế hoạch của xã\nhạn 30/04/2022');
    expect(heads.join('\n')).toContain('Báo cáo 6 tháng\nhạn 10/06/2022');
    expect(heads.join('\n')).toContain('Báo cáo năm\nhạn 10/11/2022');
    const late = reportingCalendar.filter((item) => item.state === 'SUBMITTED_LATE' || item.state === 'OVERDUE');
    expect(late.length).toBeGreaterThan(0);
    for (const obligation of reportingCalendar) {
      const cell = page.getByTestId(`calendar-${obligation.unit.name}-${obligation.kind}`);
      expect(await cell.getAttribute('data-state')).toBe(obligation.state);
      const words = await cell.innerText();
      if (obligation.state === 'SUBMITTED_LATE')
        expect(words).toContain(`⚠ Nộp muộn ${vn.format(obligation.daysLate)} ngày`);
      if (obligation.state === 'OVERDUE')
        expect(words).toContain(`✗ Quá hạn ${vn.format(obligation.daysLate)} ngày, chưa nộp`);
      if (obligation.state === 'SUBMITTED_ON_TIME') expect(words).toContain('✓ Đúng hạn');
    }
    const count = (state: string) => reportingCalendar.filter((item) => item.state === state).length;
    expect(await text('kpi-reports')).toContain(
      `${count('OVERDUE')} quá hạn chưa nộp, ${count('SUBMITTED_LATE')} nộp muộn`,
    );
  });

  it('downloads both spreadsheets, under the server’s names, with the API’s figures', async () => {
    const save = async (testId: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
      const file = join(downloads, download.suggestedFilename());
      await download.saveAs(file);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.readFile(file);
      return { name: download.suggestedFilename(), workbook };
    };
    /** The rows of a sheet by the text of a column (the code, or the label of the total row). */
    const rowsBy = (sheet: ExcelJS.Worksheet, column: number) => {
      const rows = new Map<string, ExcelJS.Row>();
      sheet.eachRow((row) => {
        const key = row.getCell(column).value;
        if (typeof key === 'string' && key !== '' && !rows.has(key)) rows.set(key, row);
      });
      return rows;
    };
    const amount = (value: string) => Number(BigInt(value));

    const allocation = await save('export-allocation');
    expect(allocation.name).toMatch(/^phan-bo-kinh-phi-2022(-du-thao)?\.xlsx$/);
    const now = await ask<{ projects: (Money & { project: { code: string } })[]; total: Money[] }>(
      `query($p: ID!) {
        projects: budgetSummary(planId: $p, groupBy: [PROJECT]) { ${MONEY} project { code } }
        total: budgetSummary(planId: $p, groupBy: []) { ${MONEY} }
      }`,
      { p: ids.planId },
    );
    const appendix = allocation.workbook.getWorksheet('Phân bổ');
    if (!appendix) throw new Error('no sheet "Phân bổ"');
    const byLabel = rowsBy(appendix, 3);
    const byCode = rowsBy(appendix, 2);
    const totalRow = byLabel.get('TỔNG CỘNG');
    const [total] = now.total;
    expect([4, 5, 6].map((column) => totalRow?.getCell(column).value)).toEqual([
      amount(total.assigned),
      amount(total.allocated),
      amount(total.assigned) - amount(total.allocated),
    ]);
    for (const row of now.projects) {
      const cells = byCode.get(row.project.code);
      // A zero amount is a blank cell below the total row.
      const blankOrZero = (value: string) => (BigInt(value) === 0n ? null : amount(value));
      expect([cells?.getCell(4).value ?? null, cells?.getCell(5).value ?? null]).toEqual([
        blankOrZero(row.assigned),
        blankOrZero(row.allocated),
      ]);
    }

    // The half-year results report: payments counted to 30 June, as budgetSummary(paidBy:) answers.
    await page.getByLabel('Kỳ báo cáo').selectOption('SEMIANNUAL');
    const results = await save('export-results');
    expect(results.name).toBe('bao-cao-ket-qua-6-thang-2022.xlsx');
    const half = await ask<{ projects: (Money & { project: { code: string } })[]; total: Money[] }>(
      `query($p: ID!) {
        projects: budgetSummary(planId: $p, groupBy: [PROJECT], paidBy: "2022-06-30") { ${MONEY} project { code } }
        total: budgetSummary(planId: $p, groupBy: [], paidBy: "2022-06-30") { ${MONEY} }
      }`,
      { p: ids.planId },
    );
    const funds = results.workbook.getWorksheet('Kinh phí');
    if (!funds) throw new Error('no sheet "Kinh phí"');
    const fundsTotal = rowsBy(funds, 3).get('TỔNG CỘNG');
    expect([4, 5, 6].map((column) => fundsTotal?.getCell(column).value)).toEqual([
      amount(half.total[0].assigned),
      amount(half.total[0].allocated),
      amount(half.total[0].disbursed),
    ]);
    const fundsByCode = rowsBy(funds, 2);
    for (const row of half.projects) {
      expect([4, 5, 6].map((column) => fundsByCode.get(row.project.code)?.getCell(column).value)).toEqual([
        amount(row.assigned),
        amount(row.allocated),
        amount(row.disbursed),
      ]);
    }
    const targets = results.workbook.getWorksheet('Chỉ tiêu');
    if (!targets) throw new Error('no sheet "Chỉ tiêu"');
    const districtRow = [...rowsBy(targets, 2).entries()].find(([label]) => label.startsWith('Toàn huyện'))?.[1];
    const rates = await ask<{ before: Rate[]; plans: { district: { id: string } }[] }>(
      `{ before: povertyRates(level: DISTRICT, year: ${YEAR - 1}) ${RATE} plans(year: ${YEAR}) { district { id } } }`,
    );
    const before = rates.before.find((row) => row.unit.id === rates.plans[0].district.id);
    expect(districtRow?.getCell(6).value).toBe(before?.rate);
    expect(districtRow?.getCell(7).value).toBe(32.73);
  });

  it('prints the same numbers, on pages without the console’s navigation', async () => {
    const { total } = await ask<{ total: Money[] }>(
      `query($p: ID!) { total: budgetSummary(planId: $p, groupBy: []) { ${MONEY} } }`,
      { p: ids.planId },
    );
    await page.getByTestId('print-allocation').click();
    await page.waitForURL(/\/in\/phan-bo\?year=2022/);
    const totalRow = page.getByTestId('appendix').locator('tr[data-code="total"]');
    await totalRow.waitFor();
    const cells = await totalRow.locator('td').allInnerTexts();
    expect(cells.slice(2, 5)).toEqual([
      'TỔNG CỘNG',
      vn.format(BigInt(total[0].assigned)),
      vn.format(BigInt(total[0].allocated)),
    ]);
    expect(await page.locator('.app-nav, .app-header').count()).toBe(0);

    await page.goto(`${app.url}/in/bao-cao?year=${YEAR}&period=ANNUAL`);
    await page.getByTestId('results-funds').waitFor();
    const funds = await page.getByTestId('results-funds').locator('tbody tr').first().locator('td').allInnerTexts();
    expect(funds[2]).toBe('TỔNG CỘNG');
    expect(funds[3]).toBe(vn.format(BigInt(total[0].assigned)));
    expect(await page.locator('.app-nav, .app-header').count()).toBe(0);
  });

  it('prints what the spreadsheets hold, cell for cell: one model drawn twice', async () => {
    const documents = [
      [`/in/phan-bo?year=${YEAR}`, `/exports/allocation-decision.xlsx?planId=${ids.planId}`],
      [
        `/in/bao-cao?year=${YEAR}&period=SEMIANNUAL`,
        `/exports/results-report.xlsx?planId=${ids.planId}&period=SEMIANNUAL`,
      ],
    ];
    for (const [printPath, filePath] of documents) {
      const file = await fetch(`${app.url}${filePath}`, { headers: { authorization: `Bearer ${leader}` } });
      expect(file.status).toBe(200);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(await file.arrayBuffer());
      await page.goto(`${app.url}${printPath}`);
      await page.locator('article .doc-sheet tbody tr').first().waitFor();
      const printed = await readPrintedSheets(page);
      expect(printed.length, printPath).toBe(workbook.worksheets.length);
      workbook.worksheets.forEach((sheet, index) => {
        // Every heading line, header cell, body cell and note, in the same place with the same text.
        expect(printedGrid(printed[index], sheet.columnCount), `${printPath}: ${sheet.name}`).toEqual(
          spreadsheetGrid(sheet),
        );
      });
    }
  });

  it('offers a leader no control, in any section, that changes data', async () => {
    const sections = [
      '/dashboard',
      '/plan',
      '/allocations',
      '/households',
      '/households/classify',
      '/households/import',
      '/targets',
      '/reports',
      '/in/phan-bo',
      '/in/bao-cao',
    ];
    for (const path of sections) {
      await page.goto(`${app.url}${path}`);
      await page.locator('main h1, main .notice, main article').first().waitFor();
      await page.waitForLoadState('networkidle');
      const enabled = await page
        .locator('main button:enabled, main input[type="submit"]:enabled')
        .evaluateAll((nodes) => nodes.map((node) => (node.textContent || node.getAttribute('value') || '').trim()));
      expect(
        enabled.filter((name) => CHANGING.test(name)),
        `${path}: enabled controls that change data`,
      ).toEqual([]);
      expect(await page.locator('main input[type="file"], main textarea, main [contenteditable="true"]').count()).toBe(
        0,
      );
    }
    // Administration is not offered, and its page refuses.
    expect(await page.locator('.app-nav a[href="/admin"]').count()).toBe(0);

    // The allocation grid: a leader can read it but no cell opens for editing.
    await page.goto(`${app.url}/allocations`);
    const cell = page.locator('[row-id^="env:"] [col-id^="u:"]').first();
    await cell.waitFor();
    await cell.dblclick();
    await page.keyboard.type('123');
    await page.keyboard.press('Enter');
    expect(await page.locator('.ag-cell-inline-editing').count()).toBe(0);
    expect(await page.getByTestId('save').count()).toBe(0);
  });

  it('is refused by the server when a change is forced with the leader’s token', async () => {
    const submit = await app.gql(
      'mutation($i: SubmitReportInput!) { submitReport(input: $i) { userErrors { code } } }',
      {
        i: {
          planId: ids.planId,
          unitId: ids.units['UBND-IADOM'],
          kind: 'ANNUAL_REPORT',
          submittedOn: '2022-11-09',
          note: 'forced',
        },
      },
      leader,
    );
    expect(submit.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    const { plans } = await ask<{ plans: { envelopes: { id: string }[] }[] }>(
      `{ plans(year: ${YEAR}) { envelopes { id } } }`,
    );
    const save = await app.gql(
      SAVE,
      {
        input: {
          planId: ids.planId,
          changes: [
            {
              envelopeId: plans[0].envelopes[0]?.id,
              unitId: ids.units['UBND-IATOI'],
              amount: '1',
              expectedVersion: null,
            },
          ],
        },
      },
      leader,
    );
    expect(save.errors?.map((error) => error.extensions?.code)).toEqual(['FORBIDDEN']);
    // The downloads, by contrast, are the leader's to read.
    for (const path of [
      `/exports/allocation-decision.xlsx?planId=${ids.planId}`,
      `/exports/results-report.xlsx?planId=${ids.planId}&period=ANNUAL`,
    ]) {
      const response = await fetch(`${app.url}${path}`, { headers: { authorization: `Bearer ${leader}` } });
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toMatch(/spreadsheetml/);
    }
  });
});
