import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/src/client-build';
import { browserAvailable, launchChromium } from '../support/browser';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

describe.runIf(browserAvailable())('the console, as district leadership', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureClientBuilt(() => {});
    app = await startTestApp({ serveClient: true });
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'vi-VN' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('signs in as leader and sees the seven projects and the 32.73% target, in Vietnamese', async () => {
    await page.goto(`${app.url}/`);
    await page.locator('input[name="username"]').fill('leader');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    // Leaders land on the overview (test/e2e/leader-dashboard.test.ts); the plan is one click away.
    await page.waitForURL(/\/dashboard/);
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();

    for (const code of ['1', '2', '3', '4', '5', '6', '7']) {
      await expect.poll(() => page.locator(`[data-testid="component-${code}"]`).count(), { timeout: 15_000 }).toBe(1);
    }
    const projectTexts = await page.locator('[data-testid^="component-"]').allInnerTexts();
    expect(projectTexts.join('\n')).toContain('Hỗ trợ nhà ở cho hộ nghèo, hộ cận nghèo trên địa bàn các xã');

    const rateTarget = await page.locator('[data-testid="target-POOR_HOUSEHOLD_RATE"]').innerText();
    expect(rateTarget).toContain('32,73%');
    const reductionTarget = await page.locator('[data-testid="target-POOR_HOUSEHOLD_RATE_REDUCTION"]').innerText();
    expect(reductionTarget).toContain('8');

    const body = await page.locator('body').innerText();
    expect(body).toContain('Kế hoạch');
    expect(body).toContain('30/04/2022');
    expect(body).toContain('75/QĐ-UBND');
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('offers leadership nothing that changes data', async () => {
    // Read-only: no enabled form controls on the plan page besides navigation and the language switch.
    const editable = await page.locator('main input:not([disabled]), main textarea:not([disabled])').count();
    expect(editable).toBe(0);
  });
});
