import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/src/client-build';
import { DEFAULT_RATE_LIMITS } from '../../server/src/config';
import { browserAvailable, launchChromium } from '../support/browser';
import { assign, planIds } from '../support/budget';
import { SECURITY_HEADERS, securityHeadersOf } from '../support/security-headers';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

// The console under the server's Content-Security-Policy: every section, the grid, live updates.
const SECTIONS = [
  '/dashboard',
  '/plan',
  '/allocations',
  '/households',
  '/households/classify',
  '/households/import',
  '/targets',
  '/reports',
];

describe.runIf(browserAvailable())('the console under its Content-Security-Policy', () => {
  let app: TestApp;
  let browser: Browser;
  let page: Page;
  const refusals: string[] = [];
  const sockets: string[] = [];

  beforeAll(async () => {
    await ensureClientBuilt(() => {});
    // With production's rate limits too: a person at the console never meets them.
    app = await startTestApp({ serveClient: true, households: true, config: { rateLimits: DEFAULT_RATE_LIMITS } });
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'vi-VN', viewport: { width: 1600, height: 1000 } });
    // Chromium reports each blocked script, style, image or connection on the console.
    page.on('console', (message) => {
      if (/Content Security Policy|Refused to/i.test(message.text())) refusals.push(message.text());
    });
    page.on('pageerror', (error) => refusals.push(`page error: ${error.message}`));
    page.on('websocket', (socket) => {
      socket.on('framereceived', () => sockets.push(socket.url()));
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it('serves its page and files with the security headers', async () => {
    const index = await fetch(`${app.url}/plan`);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(securityHeadersOf(index.headers)).toEqual(SECURITY_HEADERS);
    const script = /src="(\/assets\/[^"]+\.js)"/.exec(await index.text())?.[1];
    const asset = await fetch(`${app.url}${script}`);
    expect(asset.status).toBe(200);
    expect(securityHeadersOf(asset.headers)).toEqual(SECURITY_HEADERS);
  });

  it('signs in and shows every section without a single refusal', async () => {
    await page.goto(`${app.url}/`);
    await page.locator('input[name="username"]').fill('admin');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/dashboard/);
    for (const section of SECTIONS) {
      await page.goto(`${app.url}${section}`);
      await page.locator('main h1').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    expect(refusals).toEqual([]);
  });

  it('draws the allocation grid and keeps live updates over graphql-ws', async () => {
    const token = await app.login('finance');
    const ids = await planIds(app, token);
    await assign(app, token, { planId: ids.planId, componentId: ids.components['3.1'], amount: '5000000000' });
    await page.goto(`${app.url}/allocations`);
    await page.locator('h1', { hasText: 'Phân bổ dự toán' }).waitFor();
    await page.locator('[row-id^="env:3.1:"]').first().waitFor();
    // graphql-ws answers connection_init: the socket to the page's own origin was allowed.
    await expect
      .poll(() => sockets.filter((url) => url.endsWith('/graphql')).length, { timeout: 15_000 })
      .toBeGreaterThan(0);
    expect(refusals).toEqual([]);
  });
});
