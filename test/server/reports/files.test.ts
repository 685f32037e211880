import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listReportSubmissions } from '../../../server/src/modules/reports/reports.service';
import { type PlanIds, planIds } from '../../support/budget';
import { startTestApp, type TestApp } from '../../support/test-app';
import { attachment, FILES, submit } from './helpers';

const FILE_NAME = 'Báo cáo 6 tháng - xã Ia Tơi (đợt 1).pdf';
const CONTENT = Buffer.concat([FILES.pdf, Buffer.from('Báo cáo kết quả thực hiện (giả lập)\n%%EOF\n')]);

describe('GET /files/report-submissions/:id', () => {
  let app: TestApp;
  let planning: string;
  let ids: PlanIds;
  let url: string;
  let submissionId: string;

  const download = (path: string, token?: string) =>
    fetch(`${app.url}${path}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  const apiToken = async (scopes: string[]) => {
    const admin = await app.login('admin');
    const { data } = await app.gql<{ users: { id: string; username: string }[] }>(
      '{ users { id username } }',
      {},
      admin,
    );
    const created = await app.gql<{ createApiToken: { secret: string } }>(
      'mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }',
      {
        input: {
          name: `files ${scopes.join(' ')}`,
          userId: data?.users.find((user) => user.username === 'analyst')?.id,
          scopes,
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
        },
      },
      admin,
    );
    return created.data?.createApiToken.secret as string;
  };

  beforeAll(async () => {
    app = await startTestApp();
    planning = await app.login('planning');
    ids = await planIds(app, planning);
    const { data } = await submit(app, planning, {
      planId: ids.planId,
      unitId: ids.units['UBND-IATOI'],
      kind: 'SEMIANNUAL_REPORT',
      submittedOn: '2022-06-09',
      figures: { households: 1090, poorHouseholds: 402 },
      attachment: attachment(FILE_NAME, CONTENT),
    });
    const submission = data?.submitReport.submission;
    if (!submission?.attachment) throw new Error(JSON.stringify(data));
    url = submission.attachment.url;
    submissionId = submission.id;
  });
  afterAll(() => app?.close());

  it('names the download in the submission', () => {
    expect(url).toBe(`/files/report-submissions/${submissionId}`);
  });

  it('serves the file as sent, as an attachment with its Vietnamese name, never cached', async () => {
    const response = await download(url, planning);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(CONTENT);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-length')).toBe(String(CONTENT.length));
    expect(response.headers.get('cache-control')).toBe('private, no-store');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    const disposition = response.headers.get('content-disposition') ?? '';
    expect(disposition).toBe(
      `attachment; filename="Bao cao 6 thang - xa Ia Toi (dot 1).pdf"; filename*=UTF-8''${encodeURIComponent(FILE_NAME).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)}`,
    );
    // The exact name comes back from the RFC 5987 form.
    const encoded = /filename\*=UTF-8''(.+)$/.exec(disposition)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe(FILE_NAME);
  });

  it('serves every signed-in role and an API token with the PLAN scope', async () => {
    for (const username of ['admin', 'finance', 'iadom', 'leader', 'analyst']) {
      const response = await download(url, await app.login(username));
      expect(response.status, username).toBe(200);
    }
    expect((await download(url, await apiToken(['PLAN']))).status).toBe(200);
  });

  it('answers 401 without a valid token and 403 to an API token without the PLAN scope, as JSON', async () => {
    for (const token of [undefined, 'not-a-token', 'ansinh_aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa']) {
      const response = await download(url, token);
      expect(response.status, String(token)).toBe(401);
      expect(response.headers.get('www-authenticate')).toBe('Bearer');
      expect(response.headers.get('cache-control')).toBe('private, no-store');
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'UNAUTHENTICATED' } }] });
    }
    const budgetOnly = await download(url, await apiToken(['BUDGET', 'HOUSEHOLDS']));
    expect(budgetOnly.status).toBe(403);
    const body = (await budgetOnly.json()) as { errors: { message: string; extensions: { code: string } }[] };
    expect(body.errors[0].extensions.code).toBe('FORBIDDEN');
    expect(body.errors[0].message).toMatch(/PLAN scope/);
  });

  it('answers 404 for an id that is not a submission with a file', async () => {
    const withoutFile = await submit(app, planning, {
      planId: ids.planId,
      unitId: ids.units['UBND-IADAL'],
      kind: 'SEMIANNUAL_REPORT',
      submittedOn: '2022-06-09',
      figures: { households: 962 },
    });
    const noFileId = withoutFile.data?.submitReport.submission?.id;
    for (const id of [
      noFileId,
      Buffer.from('ReportSubmission:999999').toString('base64url'),
      ids.planId,
      'not an id',
      '%00',
    ]) {
      const response = await download(`/files/report-submissions/${encodeURIComponent(String(id))}`, planning);
      expect(response.status, String(id)).toBe(404);
      expect(await response.json()).toMatchObject({ errors: [{ extensions: { code: 'NOT_FOUND' } }] });
    }
  });

  it('keeps files out of lists: the bytes are loaded only for a download', async () => {
    const page = await listReportSubmissions(app.orm.em.fork(), { first: 10, after: null, filter: {} });
    expect(page.nodes.length).toBeGreaterThan(0);
    for (const submission of page.nodes) expect(submission.attachmentContent).toBeUndefined();
    expect(page.nodes.find((submission) => submission.attachmentName === FILE_NAME)?.attachmentSize).toBe(
      CONTENT.length,
    );
  });

  it('drops the file when a replacement comes without one', async () => {
    const replaced = await submit(app, planning, {
      planId: ids.planId,
      unitId: ids.units['UBND-IATOI'],
      kind: 'SEMIANNUAL_REPORT',
      submittedOn: '2022-06-09',
      figures: { households: 1090, poorHouseholds: 401 },
      expectedVersion: 1,
    });
    expect(replaced.data?.submitReport.submission).toMatchObject({ version: 2, attachment: null });
    expect((await download(url, planning)).status).toBe(404);
  });
});
