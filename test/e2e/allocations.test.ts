import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser, BrowserContext, Page, WebSocketRoute } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/src/client-build';
import { browserAvailable, launchChromium } from '../support/browser';
import { assign, budgetCounts, type PlanIds, planIds, SAVE } from '../support/budget';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

// The allocation grid in real Chromium against the real server: a finance officer's whole day.

// The one browser global used inside page.evaluate (this file is type-checked without the DOM library).
declare const navigator: { clipboard: { writeText(text: string): Promise<void> } };

const ROW_31_CENTRAL = 'env:3.1:RECURRENT:CENTRAL_BUDGET';
const ROW_31_PROVINCIAL = 'env:3.1:RECURRENT:PROVINCIAL_BUDGET';
const ROW_32_CENTRAL = 'env:3.2:RECURRENT:CENTRAL_BUDGET';
const ROW_41_INVESTMENT = 'env:4.1:INVESTMENT:CENTRAL_BUDGET';
const BLOCK_UNITS = ['u:P-LDTBXH', 'u:P-TCKH', 'u:CQ-TCNV', 'u:UBMTTQ'];

const cell = (page: Page, row: string, col: string) => page.locator(`[row-id="${row}"] [col-id="${col}"]`).first();
const amountOf = (page: Page, row: string, col: string) =>
  cell(page, row, col).locator('.sheet-cell').getAttribute('data-amount');
const stateOf = (page: Page, row: string, col: string) =>
  cell(page, row, col).locator('.sheet-cell').getAttribute('data-state');
const report = (page: Page) => page.locator('[data-testid="grid-report"]').innerText();

interface ServerCells {
  [rowAndUnit: string]: string;
}

describe.runIf(browserAvailable())('the allocation grid (Phân bổ)', () => {
  let app: TestApp;
  let browser: Browser;
  let token: string;
  let ids: PlanIds;
  let downloads: string;
  const contexts: BrowserContext[] = [];

  /** A signed-in page on the grid, wide enough to show every unit column. */
  const openGrid = async (
    username: string,
    { live = true, socket }: { live?: boolean; socket?: (route: WebSocketRoute) => void } = {},
  ): Promise<Page> => {
    const context = await browser.newContext({
      locale: 'vi-VN',
      viewport: { width: 2600, height: 1300 },
      acceptDownloads: true,
    });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    contexts.push(context);
    const page = await context.newPage();
    page.on('dialog', (dialog) => void dialog.accept());
    // Without live updates (the socket goes nowhere), only the save itself can find a conflict.
    if (!live) await page.routeWebSocket(/\/graphql$/, () => {});
    if (socket) await page.routeWebSocket(/\/graphql$/, socket);
    await page.goto(`${app.url}/`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/dashboard/);
    await page.goto(`${app.url}/allocations`);
    await page.locator('h1', { hasText: 'Phân bổ dự toán' }).waitFor();
    return page;
  };

  const typeInto = async (page: Page, row: string, col: string, text: string, then = 'Enter') => {
    await cell(page, row, col).click();
    await page.keyboard.type(text);
    await page.keyboard.press(then);
  };

  const paste = async (page: Page, row: string, col: string, text: string) => {
    await cell(page, row, col).click();
    await page.evaluate((clip) => navigator.clipboard.writeText(clip), text);
    await page.keyboard.press('Control+V');
  };

  /** What the server holds, by "<row-id> <unit code>". */
  const serverCells = async (): Promise<ServerCells> => {
    const { data } = await app.gql<{
      plans: {
        allocations: {
          amount: string;
          unit: { code: string };
          envelope: { capitalType: string; source: string; component: { code: string } };
        }[];
      }[];
    }>(
      '{ plans(year: 2022) { allocations { amount unit { code } envelope { capitalType source component { code } } } } }',
      {},
      token,
    );
    return Object.fromEntries(
      (data?.plans[0]?.allocations ?? []).map((allocation) => [
        `env:${allocation.envelope.component.code}:${allocation.envelope.capitalType}:${allocation.envelope.source} u:${allocation.unit.code}`,
        allocation.amount,
      ]),
    );
  };

  beforeAll(async () => {
    await ensureClientBuilt(() => {});
    app = await startTestApp({ serveClient: true });
    browser = await launchChromium();
    token = await app.login('finance');
    ids = await planIds(app, token);
    downloads = await mkdtemp(join(tmpdir(), 'ansinh-e2e-'));
    // The rows the block paste and the ceiling check need, besides the one entered through the form.
    const envelope = { planId: ids.planId, capitalType: 'RECURRENT', decisionNumber: '12/QĐ-UBND' };
    await assign(app, token, {
      ...envelope,
      componentId: ids.components['3.1'],
      source: 'PROVINCIAL_BUDGET',
      amount: '1000000000',
    });
    await assign(app, token, {
      ...envelope,
      componentId: ids.components['3.2'],
      source: 'CENTRAL_BUDGET',
      amount: '1000000000',
    });
    await assign(app, token, {
      ...envelope,
      componentId: ids.components['4.1'],
      capitalType: 'INVESTMENT',
      source: 'CENTRAL_BUDGET',
      amount: '100000000',
    });
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
    if (downloads) await rm(downloads, { recursive: true, force: true });
  });

  it('enters an assignment, types, pastes a 3x4 block, undoes and redoes it, saves; a reload shows the values', async () => {
    const page = await openGrid('finance');

    // Dự toán tỉnh giao: 1,5 tỷ for sub-project 3.1, recurrent, central budget.
    const form = page.locator('[data-testid="assignment-form"]');
    if ((await form.getAttribute('open')) === null) await form.locator('summary').click();
    await form.locator('select[name="componentId"]').selectOption(ids.components['3.1'] ?? '');
    await form.locator('select[name="capitalType"]').selectOption('RECURRENT');
    await form.locator('select[name="source"]').selectOption('CENTRAL_BUDGET');
    await form.locator('input[name="amount"]').fill('1,5 tỷ');
    await expect.poll(() => form.innerText()).toContain('= 1.500.000.000 ₫');
    await form.locator('input[name="decisionNumber"]').fill('1234/QĐ-UBND');
    await form.locator('input[name="decisionDate"]').fill('20/04/2022');
    await form.locator('[data-testid="assign-submit"]').click();
    await expect
      .poll(() => cell(page, ROW_31_CENTRAL, 'assigned').innerText(), { timeout: 10_000 })
      .toBe('1.500.000.000');
    expect(await report(page)).toContain('Đã ghi 1.500.000.000 ₫');

    // Typed as officers write amounts; Enter moves down, like a spreadsheet.
    await typeInto(page, ROW_31_CENTRAL, 'u:UBND-IATOI', '250 triệu');
    await page.keyboard.type('300.000.000');
    await page.keyboard.press('Enter');
    await page.keyboard.type('125000000');
    await page.keyboard.press('Tab');
    expect(await amountOf(page, ROW_31_CENTRAL, 'u:UBND-IATOI')).toBe('250000000');
    expect(await amountOf(page, ROW_31_PROVINCIAL, 'u:UBND-IATOI')).toBe('300000000');
    expect(await amountOf(page, ROW_32_CENTRAL, 'u:UBND-IATOI')).toBe('125000000');
    expect(await stateOf(page, ROW_31_CENTRAL, 'u:UBND-IATOI')).toBe('changed');
    expect(await cell(page, ROW_31_CENTRAL, 'remaining').innerText()).toBe('1.250.000.000');

    // A 3x4 block copied from Excel, in Vietnamese number formats.
    await paste(
      page,
      ROW_31_CENTRAL,
      'u:P-LDTBXH',
      '10.000.000\t20 triệu\t0,03 tỷ\t40000000\r\n50.000.000\t60 triệu\t70.000.000 ₫\t80000000\r\n90 triệu\t100.000.000\t110 triệu\t120.000.000\r\n',
    );
    const pasted = [
      ['10000000', '20000000', '30000000', '40000000'],
      ['50000000', '60000000', '70000000', '80000000'],
      ['90000000', '100000000', '110000000', '120000000'],
    ];
    const rows = [ROW_31_CENTRAL, ROW_31_PROVINCIAL, ROW_32_CENTRAL];
    const readBlock = () =>
      Promise.all(rows.map((row) => Promise.all(BLOCK_UNITS.map((unit) => amountOf(page, row, unit)))));
    expect(await readBlock()).toEqual(pasted);
    expect(await report(page)).toBe('Đã dán 12 ô.');

    // One undo takes the whole paste back; redo brings it again. Typed cells stay.
    await page.keyboard.press('Control+Z');
    expect(await readBlock()).toEqual(rows.map(() => ['', '', '', '']));
    expect(await amountOf(page, ROW_31_CENTRAL, 'u:UBND-IATOI')).toBe('250000000');
    await page.keyboard.press('Control+Y');
    expect(await readBlock()).toEqual(pasted);
    expect(await page.locator('[data-testid="pending-count"]').innerText()).toBe('15 ô chưa lưu');

    await page.locator('[data-testid="save"]').click();
    await expect.poll(() => report(page)).toBe('Đã lưu 15 ô.');
    expect(await stateOf(page, ROW_31_CENTRAL, 'u:UBND-IATOI')).toBe('');

    const expected: ServerCells = {
      [`${ROW_31_CENTRAL} u:UBND-IATOI`]: '250000000',
      [`${ROW_31_PROVINCIAL} u:UBND-IATOI`]: '300000000',
      [`${ROW_32_CENTRAL} u:UBND-IATOI`]: '125000000',
    };
    rows.forEach((row, r) => {
      BLOCK_UNITS.forEach((unit, c) => {
        expected[`${row} ${unit}`] = pasted[r]?.[c] ?? '';
      });
    });
    expect(await serverCells()).toEqual(expected);

    await page.reload();
    await cell(page, ROW_31_CENTRAL, 'u:UBND-IATOI').waitFor();
    expect(await readBlock()).toEqual(pasted);
    expect(await amountOf(page, ROW_32_CENTRAL, 'u:UBND-IATOI')).toBe('125000000');
    expect(await cell(page, ROW_31_CENTRAL, 'allocated').innerText()).toBe('350.000.000');
    expect(await cell(page, ROW_31_CENTRAL, 'remaining').innerText()).toBe('1.150.000.000');
    expect(await page.locator('[row-id="total"] [col-id="u:UBND-IATOI"]').first().innerText()).toBe('675.000.000');

    // The history of a cell: who, when, from what to what.
    await cell(page, ROW_31_CENTRAL, 'u:UBND-IATOI').click();
    await expect.poll(() => page.locator('[data-testid="history"]').innerText()).toContain('(trống) → 250.000.000 ₫');
    expect(await page.locator('[data-testid="history"]').innerText()).toContain('Cán bộ');
  });

  it('marks input that is not an amount in its cell and never sends it', async () => {
    const page = await openGrid('finance');
    await typeInto(page, ROW_41_INVESTMENT, 'u:UBND-IADOM', '1,5,0');
    expect(await stateOf(page, ROW_41_INVESTMENT, 'u:UBND-IADOM')).toBe('invalid');
    expect(await cell(page, ROW_41_INVESTMENT, 'u:UBND-IADOM').innerText()).toContain('1,5,0');
    const before = await budgetCounts(app);
    await page.locator('[data-testid="save"]').click();
    expect(await page.locator('[data-testid="grid-problem"]').innerText()).toContain('không phải số tiền hợp lệ');
    expect(await budgetCounts(app)).toEqual(before);
    await cell(page, ROW_41_INVESTMENT, 'u:UBND-IADOM').click();
    await page.keyboard.press('Control+Z');
    expect(await stateOf(page, ROW_41_INVESTMENT, 'u:UBND-IADOM')).toBe('');
  });

  it("shows another officer's save within 2 seconds, and flags a conflict on a cell changed here: keep mine", async () => {
    const mine = await openGrid('finance');
    const theirs = await openGrid('admin');
    await cell(mine, ROW_31_PROVINCIAL, 'u:UBND-IADAL').waitFor();

    // A cell nobody is changing here simply updates.
    await typeInto(theirs, ROW_31_PROVINCIAL, 'u:UBND-IADAL', '10 triệu');
    await theirs.locator('[data-testid="save"]').click();
    await expect.poll(() => report(theirs)).toBe('Đã lưu 1 ô.');
    await expect.poll(() => amountOf(mine, ROW_31_PROVINCIAL, 'u:UBND-IADAL'), { timeout: 2_000 }).toBe('10000000');
    expect(await report(mine)).toContain('vừa cập nhật 1 ô');

    // The same cell changed here and saved there: a conflict, not an overwrite.
    await typeInto(mine, ROW_31_PROVINCIAL, 'u:UBND-IADAL', '77 triệu');
    await typeInto(theirs, ROW_31_PROVINCIAL, 'u:UBND-IADAL', '88 triệu');
    await theirs.locator('[data-testid="save"]').click();
    await expect.poll(() => stateOf(mine, ROW_31_PROVINCIAL, 'u:UBND-IADAL'), { timeout: 2_000 }).toBe('conflict');
    const conflicts = mine.locator('[data-testid="conflicts"]');
    expect(await conflicts.locator('[data-testid="conflict-yours"]').innerText()).toBe('77.000.000');
    expect(await conflicts.locator('[data-testid="conflict-theirs"]').innerText()).toContain('88.000.000');
    expect(await amountOf(mine, ROW_31_PROVINCIAL, 'u:UBND-IADAL')).toBe('77000000');

    // Saving while in conflict is refused here, before anything is sent.
    await mine.locator('[data-testid="save"]').click();
    expect(await mine.locator('[data-testid="grid-problem"]').innerText()).toContain('xung đột');

    await conflicts.locator('[data-testid="keep-mine"]').click();
    await mine.locator('[data-testid="save"]').click();
    await expect.poll(() => report(mine)).toBe('Đã lưu 1 ô.');
    expect((await serverCells())[`${ROW_31_PROVINCIAL} u:UBND-IADAL`]).toBe('77000000');
    await expect.poll(() => amountOf(theirs, ROW_31_PROVINCIAL, 'u:UBND-IADAL'), { timeout: 2_000 }).toBe('77000000');
  });

  it('flags a conflict the save itself finds (live updates cut off), and takes theirs', async () => {
    const mine = await openGrid('finance', { live: false });
    const theirs = await openGrid('admin');
    await typeInto(mine, ROW_31_PROVINCIAL, 'u:UBND-IADOM', '55 triệu');
    await typeInto(theirs, ROW_31_PROVINCIAL, 'u:UBND-IADOM', '66 triệu');
    await theirs.locator('[data-testid="save"]').click();
    await expect.poll(() => report(theirs)).toBe('Đã lưu 1 ô.');
    expect(await stateOf(mine, ROW_31_PROVINCIAL, 'u:UBND-IADOM')).toBe('changed');

    const before = await budgetCounts(app);
    await mine.locator('[data-testid="save"]').click();
    await expect.poll(() => stateOf(mine, ROW_31_PROVINCIAL, 'u:UBND-IADOM')).toBe('conflict');
    expect(await budgetCounts(app)).toEqual(before);
    const conflicts = mine.locator('[data-testid="conflicts"]');
    expect(await conflicts.locator('[data-testid="conflict-yours"]').innerText()).toBe('55.000.000');
    expect(await conflicts.locator('[data-testid="conflict-theirs"]').innerText()).toContain('66.000.000');

    await mine.locator('[data-testid="take-theirs"]').click();
    expect(await stateOf(mine, ROW_31_PROVINCIAL, 'u:UBND-IADOM')).toBe('');
    expect(await amountOf(mine, ROW_31_PROVINCIAL, 'u:UBND-IADOM')).toBe('66000000');
    expect(await mine.locator('[data-testid="conflicts"]').count()).toBe(0);
    expect(await mine.locator('[data-testid="pending-count"]').innerText()).toBe('Không có thay đổi chưa lưu');
    expect((await serverCells())[`${ROW_31_PROVINCIAL} u:UBND-IADOM`]).toBe('66000000');
  });

  it('turns remaining red when a paste passes the envelope; the save is refused with the reason, nothing written', async () => {
    const page = await openGrid('finance');
    await paste(page, ROW_41_INVESTMENT, 'u:UBND-IATOI', '60 triệu\t70 triệu');
    const remaining = cell(page, ROW_41_INVESTMENT, 'remaining');
    expect(await remaining.innerText()).toBe('⚠\nVượt 30.000.000');
    expect(await remaining.getAttribute('class')).toContain('cell-exceeds');

    const before = await budgetCounts(app);
    await page.locator('[data-testid="save"]').click();
    const problem = page.locator('[data-testid="grid-problem"]');
    await expect.poll(() => problem.innerText()).toContain('Tổng phân bổ vượt dự toán tỉnh giao');
    expect(await problem.innerText()).toContain('Chưa lưu gì');
    expect(await problem.innerText()).toContain('Vượt 30.000.000 đồng');
    await expect.poll(() => stateOf(page, ROW_41_INVESTMENT, 'u:UBND-IATOI')).toBe('error');
    expect(await budgetCounts(app)).toEqual(before);

    await page.getByRole('button', { name: 'Bỏ các thay đổi' }).click();
    expect(await amountOf(page, ROW_41_INVESTMENT, 'u:UBND-IATOI')).toBe('');
  });

  it('exports the grid as shown (subtotals and totals) to .xlsx', async () => {
    const page = await openGrid('finance');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-xlsx"]').click(),
    ]);
    expect(download.suggestedFilename()).toBe('phan-bo-2022.xlsx');
    const file = join(downloads, 'export.xlsx');
    await download.saveAs(file);

    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    const rows: unknown[][] = [];
    sheet?.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    const header = rows.find((row) => row[0] === 'Dự án, tiểu dự án') ?? [];
    const column = (name: string) => header.indexOf(name);
    const row = (label: string, source: string) =>
      rows.find((candidate) => String(candidate[0]).startsWith(label) && candidate[2] === source) ?? [];

    expect(rows[0]?.[0]).toBe('Phân bổ dự toán năm 2022');
    expect(rows[1]?.[0]).toBe('Đơn vị tính: đồng');
    const central = row('3.1 ', 'NS trung ương');
    expect(central[column('Dự toán giao')]).toBe(1_500_000_000);
    expect(central[column('Ủy ban nhân dân xã Ia Tơi')]).toBe(250_000_000);
    expect(central[column('Phòng Lao động - Thương binh và Xã hội')]).toBe(10_000_000);
    expect(central[column('Đã phân bổ')]).toBe(350_000_000);
    expect(row('3.1 ', 'NS tỉnh')[column('Ủy ban nhân dân xã Ia Đal')]).toBe(77_000_000);
    const project = rows.find((candidate) => String(candidate[0]).startsWith('Dự án 3:')) ?? [];
    expect(project[column('Ủy ban nhân dân xã Ia Tơi')]).toBe(675_000_000);
    const total = rows.find((candidate) => candidate[0] === 'Tổng cộng') ?? [];
    expect(total[column('Dự toán giao')]).toBe(3_600_000_000);
  });

  it('imports an .xlsx in the same layout, previews every change, then saves once', async () => {
    const page = await openGrid('finance');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-testid="export-xlsx"]').click(),
    ]);
    const file = join(downloads, 'import.xlsx');
    await download.saveAs(file);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(file);
    const sheet = workbook.worksheets[0];
    let header: unknown[] = [];
    sheet?.eachRow((row) => {
      const values = (row.values as unknown[]).slice(1);
      if (values[0] === 'Dự án, tiểu dự án') header = values;
      if (String(values[0]).startsWith('3.2 ') && values[2] === 'NS trung ương') {
        row.getCell(header.indexOf('Ủy ban nhân dân xã Ia Dom') + 1).value = 45_000_000;
      }
    });
    await workbook.xlsx.writeFile(file);

    await page.locator('[data-testid="import-file"]').setInputFiles(file);
    const preview = page.locator('[data-testid="import-preview"]');
    await expect.poll(() => preview.innerText()).toContain('1 ô sẽ thay đổi');
    expect(await preview.innerText()).toContain('45.000.000');
    await page.locator('[data-testid="import-apply"]').click();
    expect(await amountOf(page, ROW_32_CENTRAL, 'u:UBND-IADOM')).toBe('45000000');
    await page.locator('[data-testid="save"]').click();
    await expect.poll(() => report(page)).toBe('Đã lưu 1 ô.');
    expect((await serverCells())[`${ROW_32_CENTRAL} u:UBND-IADOM`]).toBe('45000000');
  });

  it('fetches the grid again when the live connection comes back: a save made during the outage shows up', async () => {
    let down = false;
    let refused = 0;
    const open: WebSocketRoute[] = [];
    const page = await openGrid('finance', {
      socket: (route) => {
        if (down) {
          refused += 1;
          route.close({ code: 4000, reason: 'outage' });
          return;
        }
        route.connectToServer();
        open.push(route);
      },
    });
    await cell(page, ROW_41_INVESTMENT, 'u:UBND-IADOM').waitFor();
    await expect.poll(() => open.length).toBeGreaterThan(0);

    down = true;
    for (const route of open.splice(0)) await route.close({ code: 4000, reason: 'outage' });
    await expect.poll(() => page.locator('.status-offline').count()).toBe(1);

    const { data } = await app.gql<{ plans: { envelopes: { id: string; component: { code: string } }[] }[] }>(
      '{ plans(year: 2022) { envelopes { id component { code } } } }',
      {},
      token,
    );
    const envelopeId = data?.plans[0]?.envelopes.find((envelope) => envelope.component.code === '4.1')?.id;
    const saved = await app.gql(
      SAVE,
      {
        input: {
          planId: ids.planId,
          changes: [{ envelopeId, unitId: ids.units['UBND-IADOM'], amount: '33000000', expectedVersion: null }],
        },
      },
      token,
    );
    expect(saved.errors).toBeUndefined();
    // The console has had its chance: it tried to reconnect after the save, was refused, and still
    // shows nothing new (it fetches again only once the connection is back).
    const refusedSoFar = refused;
    await expect.poll(() => refused, { timeout: 20_000 }).toBeGreaterThan(refusedSoFar);
    expect(await amountOf(page, ROW_41_INVESTMENT, 'u:UBND-IADOM')).toBe('');
    expect(await page.locator('.status-offline').count()).toBe(1);

    down = false;
    await expect.poll(() => amountOf(page, ROW_41_INVESTMENT, 'u:UBND-IADOM'), { timeout: 20_000 }).toBe('33000000');
    expect(await page.locator('.status-offline').count()).toBe(0);
  });

  it('shows leadership the same grid with no way to edit it', async () => {
    const page = await openGrid('leader');
    const target = cell(page, ROW_31_CENTRAL, 'u:UBND-IATOI');
    await target.waitFor();
    expect(await target.innerText()).toBe('250.000.000');
    expect(await page.locator('main').innerText()).toContain('chế độ chỉ đọc');

    await target.dblclick();
    await page.keyboard.type('999');
    await page.keyboard.press('Enter');
    await target.click();
    await page.keyboard.press('F2');
    await page.keyboard.press('Delete');
    await page.evaluate(() => navigator.clipboard.writeText('1\t2\n3\t4'));
    await page.keyboard.press('Control+V');
    expect(await page.locator('.amount-editor, .ag-cell-inline-editing').count()).toBe(0);
    expect(await amountOf(page, ROW_31_CENTRAL, 'u:UBND-IATOI')).toBe('250000000');
    expect(
      await page.locator('[data-testid="save"], [data-testid="approve"], [data-testid="assignment-form"]').count(),
    ).toBe(0);
    expect(await page.locator('main input:not([type="radio"]):not([type="file"]), main textarea').count()).toBe(0);
    expect(await page.locator('[data-testid="export-xlsx"]').count()).toBe(1);
  });

  it('approves with a decision (the grid locks), then adjusts with a decision and a reason', async () => {
    const page = await openGrid('finance');
    await page.locator('[data-testid="approve"]').click();
    await page.locator('input[name="approvalNumber"]').fill('456/QĐ-UBND');
    await page.locator('input[name="approvalDate"]').fill('30/05/2022');
    await page.locator('[data-testid="approve-submit"]').click();
    await expect
      .poll(() => page.locator('.allocation-status').innerText())
      .toContain('Đã phê duyệt theo Quyết định số 456/QĐ-UBND ngày 30/05/2022');
    const target = cell(page, ROW_32_CENTRAL, 'u:UBND-IATOI');
    await target.dblclick();
    await page.keyboard.type('5');
    expect(await page.locator('.amount-editor').count()).toBe(0);
    await page.keyboard.press('Escape');

    await page.locator('[data-testid="adjust"]').click();
    await typeInto(page, ROW_32_CENTRAL, 'u:UBND-IATOI', '150 triệu');
    await page.locator('[data-testid="save"]').click();
    await page.locator('input[name="adjustNumber"]').fill('789/QĐ-UBND');
    await page.locator('input[name="adjustDate"]').fill('15/06/2022');
    await page.locator('textarea[name="adjustReason"]').fill('Bổ sung cho xã Ia Tơi');
    await page.locator('[data-testid="adjust-submit"]').click();
    await expect.poll(() => report(page)).toBe('Đã lưu 1 ô.');
    expect((await serverCells())[`${ROW_32_CENTRAL} u:UBND-IATOI`]).toBe('150000000');

    await target.click();
    const history = page.locator('[data-testid="history"]');
    await expect.poll(() => history.innerText()).toContain('Điều chỉnh');
    expect(await history.innerText()).toContain('Quyết định số 789/QĐ-UBND ngày 15/06/2022');
    expect(await history.innerText()).toContain('Lý do: Bổ sung cho xã Ia Tơi');
    expect(await history.innerText()).toContain('125.000.000 ₫ → 150.000.000 ₫');
  });
});
