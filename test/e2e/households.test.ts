import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/src/client-build';
import { browserAvailable, launchChromium } from '../support/browser';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

// Targets (Chỉ tiêu), the household registry (Hộ gia đình) and the poverty calculator in real
// Chromium against the real server, over the synthetic demo households.

describe.runIf(browserAvailable())('targets and households', () => {
  let app: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  const signIn = async (username: string): Promise<Page> => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1600, height: 1200 } });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/dashboard/);
    return page;
  };

  beforeAll(async () => {
    await ensureClientBuilt(() => {});
    app = await startTestApp({ serveClient: true, households: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('lets the planning officer set a commune target and see it, with the district targets', async () => {
    const page = await signIn('planning');
    await page.goto(`${app.url}/targets`);
    const district = page.locator('[data-testid="district-targets"]');
    await district.waitFor();
    expect(await district.innerText()).toContain('32,73%');

    const row = page.locator('[data-testid="target-row-Ia Tơi-POOR_HOUSEHOLD_RATE"]');
    await row.getByRole('button').click();
    const editor = page.locator('[data-testid="target-editor-Ia Tơi-POOR_HOUSEHOLD_RATE"]');
    await editor.locator('input[name="baseline"]').fill('45,5');
    await editor.locator('input[name="value"]').fill('38,25');
    await editor.getByRole('button', { name: 'Lưu' }).click();

    await row.waitFor();
    await expect.poll(() => row.innerText()).toContain('38,25%');
    const text = await row.innerText();
    expect(text).toContain('tối đa');
    expect(text).toContain('45,5%');
    // The registry's actual rate and its verdict, as words beside the icon.
    expect(text).toMatch(/Đạt|Chưa đạt|Chưa đánh giá/);

    // A bad value is refused in the form, before anything is sent.
    await row.getByRole('button').click();
    await editor.locator('input[name="value"]').fill('120');
    await editor.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => editor.locator('[role="alert"]').innerText()).toContain('0 đến 100');
    await editor.getByRole('button', { name: 'Hủy' }).click();

    // Another officer saved in between: the stale version comes back as VERSION_CONFLICT.
    await row.getByRole('button').click();
    const token = await app.login('admin');
    const plans = await app.gql<{
      plans: {
        id: string;
        targets: { id: string; version: number; unit: { id: string; name: string }; indicator: string }[];
      }[];
    }>('{ plans(year: 2022) { id targets { id version indicator unit { id name } } } }', {}, token);
    const plan = plans.data?.plans[0];
    const target = plan?.targets.find(
      (item) => item.unit.name === 'Ia Tơi' && item.indicator === 'POOR_HOUSEHOLD_RATE',
    );
    expect(target).toBeDefined();
    const changed = await app.gql(
      `mutation($input: SetTargetInput!) { setTarget(input: $input) { userErrors { code } } }`,
      {
        input: {
          planId: plan?.id,
          unitId: target?.unit.id,
          indicator: 'POOR_HOUSEHOLD_RATE',
          comparator: 'AT_MOST',
          value: 37,
          expectedVersion: target?.version,
        },
      },
      token,
    );
    expect(changed.errors).toBeUndefined();
    await editor.locator('input[name="value"]').fill('36');
    await editor.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => editor.locator('[role="alert"]').innerText()).toContain('Người khác vừa sửa');
    // The officer's figure stays; saving again overwrites the version they have now seen.
    expect(await editor.locator('input[name="value"]').inputValue()).toBe('36');
    await editor.getByRole('button', { name: 'Lưu' }).click();
    await expect.poll(() => row.innerText()).toContain('36%');
  });

  it('shows the planning officer the demo households with their heads’ names', async () => {
    const page = await signIn('planning');
    await page.goto(`${app.url}/households`);
    const grid = page.locator('[data-testid="household-grid"]');
    await grid.locator('[row-index="0"] [col-id="headName"]').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => grid.locator('[row-index="0"] [col-id="headName"]').first().innerText()).not.toBe('');
    expect(await grid.locator('.ag-header-cell[col-id="headName"]').innerText()).toContain('Chủ hộ');
    expect(await grid.locator('[row-index="0"] [col-id="code"]').first().innerText()).toContain('Dữ liệu minh họa');
    expect(await grid.locator('[row-index="0"] [col-id="memberCount"]').first().innerText()).toMatch(/^\d+$/);
    await expect.poll(() => page.locator('[data-testid="household-total"]').innerText()).toContain('3.162 hộ');
    // The server filters: one commune, poor households only.
    await page.locator('select[name="status"]').selectOption('POOR');
    await expect.poll(() => grid.locator('[row-index="0"] [col-id="status"]').first().innerText()).toBe('Hộ nghèo');
    await expect.poll(() => page.locator('[data-testid="household-total"]').innerText()).toContain('1.288 hộ');

    // A household's own page: members, the review that classified it.
    await grid.locator('[row-index="0"] [col-id="code"] a').first().click();
    await page.locator('[data-testid="household-members"]').waitFor();
    expect(await page.locator('[data-testid="household-timeline"]').innerText()).toContain('Hộ nghèo');
    expect(await page.locator('[data-testid="household-members"]').innerText()).toContain('Chủ hộ');
  });

  it('shows a commune officer the names of their own commune only', async () => {
    const page = await signIn('iatoi');
    await page.goto(`${app.url}/households`);
    const grid = page.locator('[data-testid="household-grid"]');
    await grid.locator('[row-index="0"] [col-id="headName"]').first().waitFor({ timeout: 15_000 });
    await expect.poll(() => page.locator('[data-testid="household-total"]').innerText()).toContain('1.090 hộ');
    expect(await grid.locator('[row-index="0"] [col-id="commune"]').first().innerText()).toBe('Ia Tơi');

    // No commune chosen: the server still lists their own commune's households only.
    await page.locator('select[name="commune"]').selectOption('');
    await expect.poll(() => page.locator('[data-testid="household-total"]').innerText()).toContain('1.090 hộ');
    expect(await grid.locator('[col-id="headName"]').count()).toBe(0);
  });

  it('shows the analyst counts and rates, and no names at all', async () => {
    const page = await signIn('analyst');
    const requests: string[] = [];
    page.on('request', (request) => {
      if (request.url().endsWith('/graphql')) requests.push(request.postData() ?? '');
    });
    await page.goto(`${app.url}/households`);
    const rates = page.locator('[data-testid="poverty-rates"]');
    await rates.waitFor();
    const total = await page.locator('[data-testid="rate-total"]').innerText();
    expect(total).toContain('3.162');
    expect(total).toContain('1.288');
    expect(total).toContain('40,73%');
    const grid = page.locator('[data-testid="household-grid"]');
    await grid.locator('[row-index="0"] [col-id="code"]').first().waitFor({ timeout: 15_000 });
    expect(await grid.locator('[col-id="headName"]').count()).toBe(0);
    expect(await page.locator('[data-testid="names-hidden"]').count()).toBe(1);
    // Not merely hidden: names are never asked for.
    const pages = requests.filter((body) => body.includes('HouseholdPage'));
    expect(pages.length).toBeGreaterThan(0);
    for (const body of pages) expect(JSON.parse(body).variables.withNames).toBe(false);

    // Sorting happens on the server: a click on a header asks for that order.
    requests.length = 0;
    await grid.locator('.ag-header-cell[col-id="status"] .ag-header-cell-label').click();
    await expect
      .poll(() => requests.some((body) => body.includes('"orderBy":{"field":"STATUS","direction":"ASC"}')))
      .toBe(true);
    await expect.poll(() => grid.locator('[row-index="0"] [col-id="status"]').first().innerText()).toBe('Hộ nghèo');

    // Targets: read, never edited, by anyone but the Labour office and admins.
    await page.goto(`${app.url}/targets`);
    await page.locator('[data-testid="commune-targets"]').waitFor();
    expect(await page.locator('[data-testid="targets-read-only"]').count()).toBe(1);
    expect(await page.locator('main button, main input').count()).toBe(0);
  });

  it('classifies 1.500.000 đồng, rural, 3 deprivations on 01/06/2023 as poor, and says when no standard applies', async () => {
    const page = await signIn('analyst');
    await page.goto(`${app.url}/households/classify`);
    const form = page.locator('[data-testid="classify-form"]');
    await form.locator('select[name="area"]').selectOption('RURAL');
    await form.locator('input[name="income"]').fill('1.500.000');
    await expect.poll(() => page.locator('[data-testid="income-preview"]').innerText()).toBe('= 1.500.000 ₫');
    for (const item of ['EMPLOYMENT', 'NUTRITION', 'HOUSING_AREA']) {
      await form.locator(`input[value="${item}"]`).check();
    }
    await form.locator('input[name="on"]').fill('01/06/2023');
    await form.locator('button[type="submit"]').click();
    const result = page.locator('[data-testid="classification-result"]');
    await result.waitFor();
    expect(await result.locator('[data-status]').getAttribute('data-status')).toBe('POOR');
    const text = await result.innerText();
    expect(text).toContain('Hộ nghèo');
    expect(text).toContain('07/2021/NĐ-CP');

    await form.locator('input[name="on"]').fill('01/06/2026');
    await form.locator('button[type="submit"]').click();
    await expect
      .poll(() => page.locator('[data-testid="classify-errors"]').innerText())
      .toContain('Không có chuẩn nghèo nào có hiệu lực vào ngày 01/06/2026');
  });
  it('imports a household file: every bad row with its number, then a clean file previewed and committed', async () => {
    const page = await signIn('planning');
    await page.goto(`${app.url}/households/import`);
    const header =
      'Mã hộ,Mã thôn,Khu vực,Hộ DTTS,Họ và tên,Quan hệ với chủ hộ,Năm sinh,Năm rà soát,Thu nhập bình quân,Chỉ số thiếu hụt';
    const file = (village: string) =>
      [
        header,
        `E2E-0001,${village},Nông thôn,1,Nguyễn Văn A,Chủ hộ,1980,2021,1.200.000,1;3;7`,
        'E2E-0001,,,,Trần Thị B,Vợ,1982,,,',
        'E2E-0002,KT-IAHDRAI-IATOI-SYN01,Nông thôn,1,Y Bơm,Chủ hộ,1975,2021,1.000.000,99',
      ].join('\n');
    const upload = (name: string, text: string) =>
      page
        .locator('input[type="file"]')
        .setInputFiles({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

    await upload('bad.csv', file('KT-NOWHERE'));
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const errors = page.locator('[data-testid="import-row-errors"]');
    await errors.waitFor();
    const errorText = await errors.innerText();
    expect(errorText).toContain('UNKNOWN_VILLAGE');
    expect(errorText).toContain('UNKNOWN_DEPRIVATION');
    expect(await errors.locator('tbody tr').first().locator('td').first().innerText()).toBe('2');
    expect(await page.getByRole('button', { name: 'Ghi vào sổ hộ' }).isDisabled()).toBe(true);

    const good = file('KT-IAHDRAI-IATOI-SYN01').split('\n').slice(0, 3).join('\n');
    await upload('good.csv', good);
    await page.getByRole('button', { name: 'Xem trước' }).click();
    const summary = page.locator('[data-testid="import-summary"]');
    await summary.waitFor();
    expect(await summary.innerText()).toMatch(/Hộ mới\s*1/);
    await page.getByRole('button', { name: 'Ghi vào sổ hộ' }).click();
    await expect
      .poll(() => page.locator('[data-testid="import-result"]').innerText())
      .toContain('Đã ghi 1 hộ, 2 nhân khẩu');
  });
});
