import type { Browser, BrowserContext, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureClientBuilt } from '../../server/src/client-build';
import { browserAvailable, launchChromium } from '../support/browser';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../support/test-app';

// Administration (Quản trị), signing out and passwords, in real Chromium against the real server:
// what the console shows, and what the API then accepts or refuses.

// The browser globals used inside page.evaluate (this file is type-checked without the DOM library).
declare const localStorage: { getItem(key: string): string | null };
declare const navigator: { clipboard: { readText(): Promise<string> } };

const TOKEN_KEY = 'ansinh.token';
const TOKEN_NAME = 'Báo cáo quý - Sở LĐ-TB&XH';

/** The messages shown under one input of a form. */
const fieldErrors = (form: Locator, input: string) => form.locator(`.field:has(${input}) .field-errors`);

/** dd/mm/yyyy of today plus `days` in Vietnam (UTC+7), as the console writes dates. */
const vietnamDate = (days: number): string => {
  const iso = new Date(Date.now() + 7 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);
  const [year, month, day] = iso.split('-');
  return `${day}/${month}/${year}`;
};

describe.runIf(browserAvailable())('administration, signing out and passwords', () => {
  let app: TestApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  let secret = '';

  const open = async (): Promise<Page> => {
    const context = await browser.newContext({ locale: 'vi-VN', viewport: { width: 1500, height: 1100 } });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: app.url });
    contexts.push(context);
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    return page;
  };

  const submitSignIn = async (page: Page, username: string, password: string) => {
    await page.locator('input[name="username"]').fill(username);
    await page.locator('input[name="password"]').fill(password);
    await page.locator('button[type="submit"]').click();
  };

  const signIn = async (username: string, password = DEMO_PASSWORD): Promise<Page> => {
    const page = await open();
    await submitSignIn(page, username, password);
    await page.waitForURL(/\/dashboard/);
    return page;
  };

  /** `{ viewer { roles } }` with a bearer token, as any API client would ask. */
  const viewerWith = (token: string) =>
    app.gql<{ viewer: { roles: string[] } | null }>('{ viewer { roles } }', {}, token);

  const errorCode = (response: { errors?: { extensions?: { code?: string } }[] }) =>
    response.errors?.[0]?.extensions?.code;

  beforeAll(async () => {
    await ensureClientBuilt(() => {});
    app = await startTestApp({ serveClient: true });
    browser = await launchChromium();
  });

  afterAll(async () => {
    for (const context of contexts) await context.close();
    await browser?.close();
    await app?.close();
  });

  it('lets the admin create a commune officer for Ia Tơi, with each refusal beside its input', async () => {
    const page = await signIn('admin');
    await page.getByRole('navigation', { name: 'Các phần chính' }).getByRole('link', { name: 'Quản trị' }).click();
    await page.waitForURL(/\/admin\/users$/);
    const table = page.locator('[data-testid="users-table"]');
    await table.waitFor();
    expect(await page.locator('[data-testid="user-row-iatoi"]').innerText()).toContain('Ia Tơi');

    const form = page.locator('[data-testid="create-user-form"]');
    await form.locator('input[name="username"]').fill('Cán bộ Hoa');
    await form.locator('input[name="displayName"]').fill('Nguyễn Thị Hoa');
    await form.locator('input[name="password"]').fill('ngắn');
    await form.getByLabel('Cán bộ xã').check();
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect
      .poll(() => fieldErrors(form, 'input[name="username"]').innerText())
      .toContain('Tên đăng nhập gồm 3 đến 60 ký tự');
    expect(await form.locator('input[name="username"]').getAttribute('aria-invalid')).toBe('true');

    await form.locator('input[name="username"]').fill('iatoi.hoa');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect
      .poll(() => fieldErrors(form, 'input[name="password"]').innerText())
      .toContain('Mật khẩu cần từ 10 đến 200 ký tự');
    expect(await fieldErrors(form, 'input[name="username"]').count()).toBe(0);

    await form.locator('input[name="password"]').fill('hoa-iatoi-2022');
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    const communes = form.locator('[data-testid="user-communes"]');
    await expect.poll(() => communes.locator('.field-errors').innerText()).toContain('cần được giao ít nhất một xã');

    await communes.getByLabel('Ia Tơi').check();
    await form.getByRole('button', { name: 'Tạo tài khoản' }).click();
    await expect
      .poll(() => page.locator('[data-testid="users-outcome"]').innerText())
      .toBe('Đã tạo tài khoản iatoi.hoa.');
    const row = page.locator('[data-testid="user-row-iatoi.hoa"]');
    const rowText = await row.innerText();
    expect(rowText).toContain('Nguyễn Thị Hoa');
    expect(rowText).toContain('Cán bộ xã');
    expect(rowText).toContain('Ia Tơi');
    expect(rowText).toContain('Đang hoạt động');
    expect(rowText).toContain('Chưa lần nào');
    // The form is empty again for the next account.
    expect(await form.locator('input[name="username"]').inputValue()).toBe('');

    // The account works, as a commune officer of Ia Tơi.
    const token = await app.login('iatoi.hoa', 'hoa-iatoi-2022');
    const viewer = await app.gql<{ viewer: { roles: string[]; communeScope: { name: string }[] } }>(
      '{ viewer { roles communeScope { name } } }',
      {},
      token,
    );
    expect(viewer.data?.viewer).toEqual({ roles: ['COMMUNE_OFFICER'], communeScope: [{ name: 'Ia Tơi' }] });

    // Its last sign-in now shows, in Vietnamese form.
    await page.reload();
    await expect.poll(() => row.innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
  });

  it('creates an API token, shows its secret once, then revokes it', async () => {
    const page = await signIn('admin');
    await page.goto(`${app.url}/admin/api-tokens`);
    const form = page.locator('[data-testid="create-api-token-form"]');
    await form.waitFor();
    // 90 days ahead by default.
    expect(await form.locator('input[name="expiresOn"]').inputValue()).toBe(vietnamDate(90));

    // What the form can tell by itself, beside each input; nothing is sent.
    await form.locator('input[name="expiresOn"]').fill(vietnamDate(400));
    await form.getByRole('button', { name: 'Tạo khóa' }).click();
    expect(await fieldErrors(form, 'input[name="name"]').innerText()).toContain('Bắt buộc');
    expect(await form.locator('fieldset:has(input[name="scopes"]) .field-errors').innerText()).toContain('Bắt buộc');
    expect(await fieldErrors(form, 'input[name="expiresOn"]').innerText()).toContain('tối đa 366 ngày');

    await form.locator('input[name="name"]').fill(TOKEN_NAME);
    const users = form.locator('select[name="userId"]');
    const finance = await users.locator('option', { hasText: '(finance)' }).getAttribute('value');
    await users.selectOption(finance ?? '');
    await form.getByLabel('Kế hoạch, chỉ tiêu').check();
    await form.getByLabel('Dự toán, phân bổ, giải ngân').check();
    await form.locator('input[name="expiresOn"]').fill(vietnamDate(366));
    await form.getByRole('button', { name: 'Tạo khóa' }).click();

    const panel = page.locator('[data-testid="api-token-secret"]');
    await panel.waitFor();
    expect(await panel.innerText()).toContain('Đây là lần duy nhất khóa được hiển thị');
    secret = await panel.locator('[data-testid="api-token-secret-value"]').inputValue();
    expect(secret).toMatch(/^ansinh_/);
    await panel.getByRole('button', { name: 'Sao chép' }).click();
    await expect.poll(() => panel.innerText()).toContain('Đã sao chép');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(secret);

    // The token reads as an analyst, whatever the roles of the account it acts for.
    const asToken = await viewerWith(secret);
    expect(asToken.errors).toBeUndefined();
    expect(asToken.data?.viewer?.roles).toEqual(['ANALYST']);

    // Listed by its prefix only; once the panel is closed, the secret is nowhere on the page.
    const row = page.locator(`[data-testid="api-token-row-${TOKEN_NAME}"]`);
    const rowText = await row.innerText();
    expect(rowText).toContain('Đang hiệu lực');
    expect(rowText).toContain('(finance)');
    expect(rowText).toContain('ansinh_');
    expect(rowText).not.toContain(secret);
    await panel.getByRole('button', { name: 'Tôi đã lưu khóa, đóng lại' }).click();
    await form.waitFor();
    expect(await page.locator('body').innerText()).not.toContain(secret);
    await page.reload();
    await row.waitFor();
    expect(await page.content()).not.toContain(secret);

    await row.getByRole('button', { name: 'Thu hồi' }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.innerText()).toContain(`Thu hồi khóa “${TOKEN_NAME}”?`);
    await dialog.getByRole('button', { name: 'Thu hồi khóa' }).click();
    await expect.poll(() => row.getAttribute('data-status')).toBe('REVOKED');
    expect(await row.innerText()).toContain('Đã thu hồi');
    expect(await row.getByRole('button', { name: 'Thu hồi' }).count()).toBe(0);
    expect(await page.locator('[data-testid="api-tokens-outcome"]').innerText()).toBe(
      `Đã thu hồi khóa “${TOKEN_NAME}”.`,
    );

    expect(errorCode(await viewerWith(secret))).toBe('UNAUTHENTICATED');
  });

  it('shows those events in the security log, newest first, filtered, page after page', async () => {
    // Enough account changes for a second page of the log (signed in: anonymous requests, such as
    // sign-ins, are rate-limited far sooner).
    const adminToken = await app.login('admin');
    const users = await app.gql<{ users: { id: string; username: string }[] }>(
      '{ users { id username } }',
      {},
      adminToken,
    );
    const analyst = users.data?.users.find((user) => user.username === 'analyst');
    for (let change = 1; change <= 55; change++) {
      const renamed = await app.gql<{ updateUser: { userErrors: unknown[] } }>(
        'mutation($input: UpdateUserInput!) { updateUser(input: $input) { userErrors { code } } }',
        { input: { id: analyst?.id, displayName: `Chuyên viên phân tích ${change}` } },
        adminToken,
      );
      expect(renamed.data?.updateUser.userErrors).toEqual([]);
    }
    const page = await signIn('admin');
    await page.goto(`${app.url}/admin/security-log`);
    const log = page.locator('[data-testid="security-log"]');
    await log.waitFor();
    const kinds = () =>
      log
        .locator('[data-testid="security-event"]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind')));
    // Newest first: this sign-in, then the analyst's.
    expect((await kinds())[0]).toBe('SIGN_IN');
    expect(await page.locator('[data-testid="security-log-count"]').innerText()).toBe('Đang hiện 50 sự kiện mới nhất.');

    const filters = page.locator('[data-testid="security-log-filters"]');
    await filters.locator('select[name="kind"]').selectOption('API_TOKEN_CREATED');
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(kinds).toEqual(['API_TOKEN_CREATED']);
    const created = await log.locator('[data-testid="security-event"]').innerText();
    expect(created).toContain('Tạo khóa API');
    expect(created).toContain('(finance)');
    expect(created).toContain('(admin)');
    expect(created).toContain(TOKEN_NAME);
    expect(created).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);

    // Everything about one account, any kind.
    await filters.locator('select[name="kind"]').selectOption('');
    const accounts = filters.locator('select[name="userId"]');
    await accounts.selectOption(
      (await accounts.locator('option', { hasText: '(iatoi.hoa)' }).getAttribute('value')) ?? '',
    );
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(kinds).toEqual(['SIGN_IN', 'USER_CREATED']);
    await accounts.selectOption(
      (await accounts.locator('option', { hasText: '(finance)' }).getAttribute('value')) ?? '',
    );
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(kinds).toEqual(['API_TOKEN_REVOKED', 'API_TOKEN_CREATED']);

    // By Vietnamese day: today has them, yesterday nothing; a date that is not one is said so.
    await filters.locator('input[name="from"]').fill(vietnamDate(0));
    await filters.locator('input[name="to"]').fill(vietnamDate(0));
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(kinds).toEqual(['API_TOKEN_REVOKED', 'API_TOKEN_CREATED']);
    await filters.locator('input[name="from"]').fill(vietnamDate(-1));
    await filters.locator('input[name="to"]').fill(vietnamDate(-1));
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(() => page.locator('main').innerText()).toContain('Không có sự kiện nào khớp bộ lọc.');
    await filters.locator('input[name="to"]').fill('31/02/2025');
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    expect(await fieldErrors(filters, 'input[name="to"]').innerText()).toContain('Ngày không hợp lệ');

    // Account changes only: the 50 newest first, then the rest by cursor.
    await filters.getByRole('button', { name: 'Bỏ lọc' }).click();
    await filters.locator('select[name="kind"]').selectOption('USER_UPDATED');
    await filters.getByRole('button', { name: 'Lọc', exact: true }).click();
    await expect.poll(kinds).toEqual(Array(50).fill('USER_UPDATED'));
    expect(await page.locator('[data-testid="security-log-count"]').innerText()).toBe('Đang hiện 50 sự kiện mới nhất.');
    expect(await log.locator('[data-testid="security-event"] .log-detail').first().innerText()).toContain(
      '→ "Chuyên viên phân tích 55"',
    );
    await page.locator('[data-testid="security-log-more"]').click();
    await expect.poll(async () => (await kinds()).length).toBe(55);
    expect(new Set(await kinds())).toEqual(new Set(['USER_UPDATED']));
    expect(await log.locator('[data-testid="security-event"] .log-detail').last().innerText()).toContain(
      '→ "Chuyên viên phân tích 1"',
    );
    expect(await page.locator('[data-testid="security-log-more"]').count()).toBe(0);
  });

  it('offers a non-admin no Quản trị entry, and says plainly at its address that it is not for them', async () => {
    const page = await signIn('leader');
    const nav = page.getByRole('navigation', { name: 'Các phần chính' });
    expect(await nav.getByRole('link', { name: 'Kế hoạch' }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: 'Quản trị' }).count()).toBe(0);
    await page.goto(`${app.url}/admin/users`);
    const refusal = page.locator('[data-testid="admin-forbidden"]');
    await refusal.waitFor();
    expect(await refusal.innerText()).toContain('Bạn không có quyền vào phần Quản trị');
    expect(await page.locator('[data-testid="users-table"]').count()).toBe(0);
  });

  it('signs out on the server too: the token the console held is refused afterwards', async () => {
    const page = await signIn('planning');
    const token = await page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY);
    expect(token).toBeTruthy();
    expect((await viewerWith(token ?? '')).data?.viewer?.roles).toEqual(['PLANNING_OFFICER']);

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/sign-in/);
    expect(await page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY)).toBeNull();
    expect(errorCode(await viewerWith(token ?? ''))).toBe('UNAUTHENTICATED');
  });

  it('still signs out here when the server cannot be reached', async () => {
    const page = await signIn('planning');
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/sign-in/);
    expect(await page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY)).toBeNull();
  });

  it('changes the password: each refusal beside its input, other sessions end, the new one signs in', async () => {
    const page = await signIn('iadom');
    const otherSession = await app.login('iadom');
    await page.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Đổi mật khẩu' });
    const form = dialog.locator('[data-testid="change-password-form"]');
    const fill = async (current: string, next: string, again = next) => {
      await form.locator('input[name="currentPassword"]').fill(current);
      await form.locator('input[name="newPassword"]').fill(next);
      await form.locator('input[name="confirmation"]').fill(again);
      await form.getByRole('button', { name: 'Đổi mật khẩu' }).click();
    };

    await fill('not-my-password', 'iadom-moi-2022');
    await expect
      .poll(() => fieldErrors(form, 'input[name="currentPassword"]').innerText())
      .toBe('Mật khẩu hiện tại không đúng.');
    await fill(DEMO_PASSWORD, 'ngan');
    await expect
      .poll(() => fieldErrors(form, 'input[name="newPassword"]').innerText())
      .toContain('Mật khẩu mới chưa đạt yêu cầu');
    await fill(DEMO_PASSWORD, DEMO_PASSWORD);
    await expect
      .poll(() => fieldErrors(form, 'input[name="newPassword"]').innerText())
      .toBe('Mật khẩu mới phải khác mật khẩu hiện tại.');
    await fill(DEMO_PASSWORD, 'iadom-moi-2022', 'iadom-moi-2021');
    await expect
      .poll(() => fieldErrors(form, 'input[name="confirmation"]').innerText())
      .toBe('Hai lần nhập mật khẩu mới không khớp nhau.');

    await fill(DEMO_PASSWORD, 'iadom-moi-2022');
    await expect
      .poll(() => dialog.locator('[data-testid="password-changed"]').innerText())
      .toContain('Đã đổi mật khẩu.');
    await dialog.getByRole('button', { name: 'Đóng' }).click();

    // This session stays; the other one ended.
    const token = await page.evaluate((key) => localStorage.getItem(key), TOKEN_KEY);
    expect((await viewerWith(token ?? '')).data?.viewer?.roles).toEqual(['COMMUNE_OFFICER']);
    expect(errorCode(await viewerWith(otherSession))).toBe('UNAUTHENTICATED');

    await page.getByRole('button', { name: 'Đăng xuất' }).click();
    await page.waitForURL(/\/sign-in/);
    await submitSignIn(page, 'iadom', DEMO_PASSWORD);
    await expect
      .poll(() => page.locator('[data-testid="sign-in-error"]').innerText())
      .toBe('Tên đăng nhập hoặc mật khẩu không đúng');
    await submitSignIn(page, 'iadom', 'iadom-moi-2022');
    await page.waitForURL(/\/dashboard/);
  });

  it('says how long a locked account must wait, in both languages, until an admin unlocks it', async () => {
    // Ten wrong passwords lock the account (the test server answers them without the production delays).
    for (let attempt = 0; attempt < 10; attempt++) {
      await app.gql('mutation($input: LoginInput!) { login(input: $input) { token } }', {
        input: { username: 'finance', password: 'wrong-password' },
      });
    }
    const page = await open();
    await submitSignIn(page, 'finance', DEMO_PASSWORD);
    await expect
      .poll(() => page.locator('[data-testid="sign-in-error"]').innerText())
      .toMatch(/^Tài khoản tạm khóa do đăng nhập sai nhiều lần; thử lại sau 1[45] phút$/);
    await page.getByRole('button', { name: 'EN' }).click();
    await submitSignIn(page, 'finance', DEMO_PASSWORD);
    await expect
      .poll(() => page.locator('[data-testid="sign-in-error"]').innerText())
      .toMatch(/^Account temporarily locked after too many failed sign-ins; try again in 1[45] minutes$/);

    const admin = await signIn('admin');
    await admin.goto(`${app.url}/admin/users`);
    const row = admin.locator('[data-testid="user-row-finance"]');
    await row.waitFor();
    expect(await row.innerText()).toMatch(/\d{2}\/\d{2}\/\d{4} \d{2}:\d{2}/);
    await row.getByRole('button', { name: 'Mở khóa' }).click();
    await expect
      .poll(() => admin.locator('[data-testid="users-outcome"]').innerText())
      .toBe('Đã mở khóa tài khoản finance.');
    expect(await row.getByRole('button', { name: 'Mở khóa' }).count()).toBe(0);

    await submitSignIn(page, 'finance', DEMO_PASSWORD);
    await page.waitForURL(/\/dashboard/);
  });
});
