import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/src/client-build';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../server/src/db/embedded-postgres';
import { browserAvailable, launchChromium } from '../support/browser';
import { freePort } from '../support/server-process';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

// Its own PostgreSQL, stopped and started under the console.
describe.runIf(browserAvailable())('the console while the database is down', () => {
  let dataDir: string;
  let port: number;
  let pg: EmbeddedDatabase;
  let app: TestApp;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    await ensureClientBuilt(() => {});
    dataDir = await mkdtemp(join(tmpdir(), 'ansinh-banner-'));
    port = await freePort();
    pg = await startEmbeddedPostgres({ dataDir, port });
    app = await startTestApp({ database: pg, serveClient: true });
    browser = await launchChromium();
    page = await browser.newPage({ locale: 'vi-VN' });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await pg?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('says so in a banner, in Vietnamese, which goes away by itself when the database is back', async () => {
    await page.goto(`${app.url}/`);
    await page.locator('input[name="username"]').fill('leader');
    await page.locator('input[name="password"]').fill(DEMO_PASSWORD);
    await page.locator('button[type="submit"]').click();
    await page.waitForURL(/\/dashboard/);
    const banner = page.getByRole('alert').filter({ hasText: 'không kết nối được cơ sở dữ liệu' });
    expect(await banner.count()).toBe(0);

    await pg.stop();
    await page.getByRole('link', { name: 'Kế hoạch', exact: true }).click();
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(1);

    pg = await startEmbeddedPostgres({ dataDir, port });
    await expect.poll(() => banner.count(), { timeout: 15_000 }).toBe(0);
  });
});
