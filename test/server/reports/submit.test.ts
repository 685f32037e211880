import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ReportErrorCode } from '../../../server/src/modules/reports/reports.errors';
import { type PlanIds, planIds } from '../../support/budget';
import { connectedAs, startTestApp, type TestApp } from '../../support/test-app';
import { attachment, FILES, reportCounts, type SubmitResult, submit } from './helpers';

const codes = (errors: { extensions?: { code?: unknown } }[] | undefined) =>
  (errors ?? []).map((error) => error.extensions?.code);

describe('submitting reports', () => {
  let app: TestApp;
  let planning: string;
  let ids: PlanIds;
  /** A well-formed semi-annual report of Ia Tơi, to vary one field at a time. */
  let report: Record<string, unknown>;

  beforeAll(async () => {
    app = await startTestApp();
    planning = await app.login('planning');
    ids = await planIds(app, planning);
    report = {
      planId: ids.planId,
      unitId: ids.units['UBND-IATOI'],
      kind: 'SEMIANNUAL_REPORT',
      submittedOn: '2022-06-08',
      figures: {
        households: 1090,
        poorHouseholds: 402,
        nearPoorHouseholds: 125,
        escapedPoverty: 31,
        newlyPoor: 3,
        disbursed: '3957200000',
        beneficiaries: 146,
      },
      note: 'Báo cáo 6 tháng đầu năm 2022',
    };
  });
  afterAll(() => app?.close());

  it('records a report with its figures, who recorded it and a first revision', async () => {
    const { data } = await submit(app, planning, report);
    expect(data?.submitReport.userErrors).toEqual([]);
    expect(data?.submitReport.submission).toMatchObject({
      kind: 'SEMIANNUAL_REPORT',
      unit: { code: 'UBND-IATOI' },
      plan: { year: 2022 },
      dueOn: '2022-06-10',
      submittedOn: '2022-06-08',
      daysLate: 0,
      version: 1,
      figures: {
        households: 1090,
        poorHouseholds: 402,
        nearPoorHouseholds: 125,
        escapedPoverty: 31,
        newlyPoor: 3,
        disbursed: '3957200000',
        beneficiaries: 146,
      },
      attachment: null,
      note: 'Báo cáo 6 tháng đầu năm 2022',
      submittedBy: { username: 'planning' },
      revisions: [{ version: 1, submittedOn: '2022-06-08', recordedBy: { username: 'planning' } }],
    });
  });

  it('replaces a report only with its current version: ALREADY_SUBMITTED without one, VERSION_CONFLICT when stale', async () => {
    const before = await reportCounts(app);
    const again = await submit(app, planning, { ...report, submittedOn: '2022-06-09' });
    expect(again.data?.submitReport.userErrors.map((error) => [error.code, error.field])).toEqual([
      ['ALREADY_SUBMITTED', ['input', 'expectedVersion']],
    ]);
    // The current one comes back, for the editor to show and to replace.
    expect(again.data?.submitReport.submission).toMatchObject({ version: 1, submittedOn: '2022-06-08' });
    expect(await reportCounts(app)).toEqual(before);

    const iatoi = await app.login('iatoi');
    const replaced = await submit(app, iatoi, {
      ...report,
      submittedOn: '2022-06-12',
      figures: { households: 1090, poorHouseholds: 399 },
      note: null,
      expectedVersion: 1,
    });
    expect(replaced.data?.submitReport.userErrors).toEqual([]);
    // Everything is replaced: the date (now late), the figures, the note; who and when too.
    expect(replaced.data?.submitReport.submission).toMatchObject({
      version: 2,
      submittedOn: '2022-06-12',
      daysLate: 2,
      note: null,
      figures: {
        households: 1090,
        poorHouseholds: 399,
        nearPoorHouseholds: null,
        escapedPoverty: null,
        newlyPoor: null,
        disbursed: null,
        beneficiaries: null,
      },
      submittedBy: { username: 'iatoi' },
      revisions: [
        { version: 1, submittedOn: '2022-06-08', recordedBy: { username: 'planning' } },
        { version: 2, submittedOn: '2022-06-12', recordedBy: { username: 'iatoi' } },
      ],
    });

    const afterReplace = await reportCounts(app);
    const stale = await submit(app, planning, { ...report, expectedVersion: 1 });
    expect(stale.data?.submitReport.userErrors.map((error) => error.code)).toEqual(['VERSION_CONFLICT']);
    expect(stale.data?.submitReport.submission).toMatchObject({ version: 2, submittedOn: '2022-06-12' });
    expect(await reportCounts(app)).toEqual(afterReplace);

    // A version for a report nobody sent yet is stale too.
    const none = await submit(app, planning, { ...report, unitId: ids.units['UBND-IADAL'], expectedVersion: 1 });
    expect(none.data?.submitReport).toMatchObject({ submission: null, userErrors: [{ code: 'VERSION_CONFLICT' }] });
    expect(await reportCounts(app)).toEqual(afterReplace);
  });

  it('keeps each version as an append-only revision with what it said', async () => {
    const em = app.orm.em.fork();
    const revisions = await em.execute<{ version: number; content: { figures: Record<string, string | null> } }[]>(
      'select version, content from report_submission_revision order by id',
    );
    expect(revisions.map((row) => [row.version, row.content.figures.poorHouseholds])).toEqual([
      [1, '402'],
      [2, '399'],
    ]);
    // Refused to the server's role by its grants, and to the table's owner by a trigger.
    await expect(em.execute('update report_submission_revision set version = 9')).rejects.toThrow(/permission denied/);
    await expect(em.execute('delete from report_submission_revision')).rejects.toThrow(/permission denied/);
    await connectedAs(app.ownerDatabaseUrl, async (owner) => {
      await expect(owner.query('update report_submission_revision set version = 9')).rejects.toThrow(/append-only/);
      await expect(owner.query('delete from report_submission_revision')).rejects.toThrow(/append-only/);
      await expect(owner.query('truncate report_submission_revision')).rejects.toThrow(/append-only/);
    });
  });

  it('serialises two first submissions of one report: one is recorded, the other is told ALREADY_SUBMITTED', async () => {
    const input = { ...report, unitId: ids.units.UBMTTQ, figures: { beneficiaries: 21 } };
    const results = await Promise.all([submit(app, planning, input), submit(app, planning, input)]);
    expect(results.map((result) => result.data?.submitReport.userErrors.map((error) => error.code)).sort()).toEqual([
      [],
      ['ALREADY_SUBMITTED'],
    ]);
  });

  it('accepts pdf, docx, xlsx, doc, xls, jpg and png files and says what each is', async () => {
    const cases: [string, Buffer, string][] = [
      ['ke-hoach.pdf', FILES.pdf, 'application/pdf'],
      ['bao-cao.docx', FILES.zip, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'],
      ['so-lieu.XLSX', FILES.zip, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'],
      ['bao-cao.doc', FILES.ole, 'application/msword'],
      ['so-lieu.xls', FILES.ole, 'application/vnd.ms-excel'],
      ['anh.jpg', FILES.jpg, 'image/jpeg'],
      ['anh.png', FILES.png, 'image/png'],
    ];
    let version: number | null = null;
    for (const [fileName, content, contentType] of cases) {
      const { data } = await submit(app, planning, {
        ...report,
        unitId: ids.units['CQ-TCNV'],
        figures: null,
        attachment: attachment(`C:\\Users\\cb\\${fileName}`, content),
        expectedVersion: version,
      });
      expect(data?.submitReport.userErrors, fileName).toEqual([]);
      // Folders are dropped from the name; the type comes from the extension, checked against the content.
      expect(data?.submitReport.submission?.attachment).toMatchObject({ fileName, contentType, size: content.length });
      expect(data?.submitReport.submission?.figures).toBeNull();
      version = data?.submitReport.submission?.version ?? null;
    }
  });

  it('takes a file of 1 MiB exactly, and refuses one a byte larger', async () => {
    const sized = (bytes: number) => Buffer.concat([FILES.png, Buffer.alloc(bytes - FILES.png.length)]);
    const input = { ...report, unitId: ids.units['P-TCKH'], figures: null };
    const largest = await submit(app, planning, { ...input, attachment: attachment('scan.png', sized(1024 * 1024)) });
    expect(largest.data?.submitReport.submission?.attachment?.size).toBe(1024 * 1024);
    const over = await submit(app, planning, {
      ...input,
      attachment: attachment('scan.png', sized(1024 * 1024 + 1)),
      expectedVersion: 1,
    });
    expect(over.data?.submitReport.userErrors.map((error) => error.code)).toEqual(['ATTACHMENT_TOO_LARGE']);
  });

  it('answers every refusal with its code and field, and writes nothing', async () => {
    const long = Buffer.concat([FILES.pdf, Buffer.alloc(1024 * 1024)]);
    const commune = { ...report, unitId: ids.units['UBND-IADOM'], kind: 'COMMUNE_PLAN', figures: null };
    const cases: [string, Record<string, unknown>, string[]][] = [
      ['PLAN_NOT_FOUND', { planId: Buffer.from('Plan:999999').toString('base64url') }, ['input', 'planId']],
      ['NOT_OBLIGED', { unitId: ids.units['P-LDTBXH'] }, ['input', 'unitId']],
      ['NOT_OBLIGED', { ...commune, unitId: ids.units.UBMTTQ, note: 'x' }, ['input', 'unitId']],
      ['SUBMITTED_IN_FUTURE', { submittedOn: '2999-01-01' }, ['input', 'submittedOn']],
      ['SUBMITTED_BEFORE_PLAN_YEAR', { submittedOn: '2021-12-31' }, ['input', 'submittedOn']],
      ['ALREADY_SUBMITTED', {}, ['input', 'expectedVersion']],
      ['VERSION_CONFLICT', { expectedVersion: 7 }, ['input', 'expectedVersion']],
      ['FIGURES_NOT_ALLOWED', { ...commune, figures: { households: 1 } }, ['input', 'figures']],
      ['CONTENT_REQUIRED', { ...commune, note: '   ' }, ['input', 'attachment']],
      ['CONTENT_REQUIRED', { figures: null }, ['input', 'figures']],
      ['CONTENT_REQUIRED', { figures: { households: null } }, ['input', 'figures']],
      ['NEGATIVE_FIGURE', { figures: { households: 10, escapedPoverty: -1 } }, ['input', 'figures', 'escapedPoverty']],
      ['NEGATIVE_FIGURE', { figures: { disbursed: '-5' } }, ['input', 'figures', 'disbursed']],
      [
        'FIGURES_INCONSISTENT',
        { figures: { households: 10, poorHouseholds: 8, nearPoorHouseholds: 3 } },
        ['input', 'figures', 'poorHouseholds'],
      ],
      ['NOTE_TOO_LONG', { note: 'x'.repeat(4001) }, ['input', 'note']],
      ['ATTACHMENT_NAME_INVALID', { attachment: attachment('  ', FILES.pdf) }, ['input', 'attachment', 'fileName']],
      [
        'ATTACHMENT_NAME_INVALID',
        { attachment: attachment('a\u0007.pdf', FILES.pdf) },
        ['input', 'attachment', 'fileName'],
      ],
      [
        'ATTACHMENT_TYPE_NOT_ALLOWED',
        { attachment: attachment('run.exe', FILES.zip) },
        ['input', 'attachment', 'fileName'],
      ],
      [
        'ATTACHMENT_TYPE_NOT_ALLOWED',
        { attachment: attachment('no-extension', FILES.pdf) },
        ['input', 'attachment', 'fileName'],
      ],
      [
        'ATTACHMENT_CONTENT_MISMATCH',
        { attachment: attachment('scan.pdf', FILES.png) },
        ['input', 'attachment', 'contentBase64'],
      ],
      [
        'ATTACHMENT_CONTENT_MISMATCH',
        { attachment: attachment('bang.xlsx', FILES.ole) },
        ['input', 'attachment', 'contentBase64'],
      ],
      ['ATTACHMENT_TOO_LARGE', { attachment: attachment('big.pdf', long) }, ['input', 'attachment', 'contentBase64']],
      [
        'ATTACHMENT_UNREADABLE',
        { attachment: { fileName: 'a.pdf', contentBase64: 'not base64!' } },
        ['input', 'attachment', 'contentBase64'],
      ],
      [
        'ATTACHMENT_UNREADABLE',
        { attachment: { fileName: 'a.pdf', contentBase64: '' } },
        ['input', 'attachment', 'contentBase64'],
      ],
    ];
    const before = await reportCounts(app);
    const seen = new Set<string>();
    for (const [code, change, field] of cases) {
      const result = await submit(app, planning, { ...report, ...change });
      expect(
        result.data?.submitReport.userErrors.map((error) => [error.code, error.field]),
        `${code} ${JSON.stringify(change).slice(0, 120)}`,
      ).toEqual([[code, field]]);
      expect(result.data?.submitReport.userErrors[0].message).toBeTruthy();
      seen.add(code);
    }
    expect(await reportCounts(app)).toEqual(before);
    expect([...seen].sort()).toEqual(Object.values(ReportErrorCode).sort());
  });

  it('reports every problem of the content at once', async () => {
    const result = await submit(app, planning, {
      ...report,
      unitId: ids.units['UBND-IADOM'],
      submittedOn: '2999-01-01',
      figures: { households: -1 },
      note: 'x'.repeat(4001),
    });
    expect(result.data?.submitReport.userErrors.map((error) => error.code)).toEqual([
      'SUBMITTED_IN_FUTURE',
      'NEGATIVE_FIGURE',
      'NOTE_TOO_LONG',
    ]);
  });

  it('answers BAD_USER_INPUT for ids of another kind, and writes nothing', async () => {
    const before = await reportCounts(app);
    for (const change of [{ planId: ids.units['P-TCKH'] }, { unitId: ids.planId }, { submittedOn: '2022-02-30' }]) {
      const result = await submit(app, planning, { ...report, ...change });
      expect(codes(result.errors), JSON.stringify(change)).toEqual(['BAD_USER_INPUT']);
    }
    expect(await reportCounts(app)).toEqual(before);
  });

  it("lets a commune officer report for their own commune's committee only: FORBIDDEN otherwise, nothing written", async () => {
    const iatoi = await app.login('iatoi');
    const before = await reportCounts(app);
    for (const unit of ['UBND-IADOM', 'P-TCKH', 'UBMTTQ']) {
      const kind = unit.startsWith('UBND') ? 'COMMUNE_PLAN' : 'SEMIANNUAL_REPORT';
      const result = await submit(app, iatoi, {
        ...report,
        unitId: ids.units[unit],
        kind,
        ...(kind === 'COMMUNE_PLAN' ? { figures: null, note: 'Kế hoạch' } : {}),
      });
      expect(codes(result.errors), unit).toEqual(['FORBIDDEN']);
      expect(result.data?.submitReport ?? null).toBeNull();
    }
    expect(await reportCounts(app)).toEqual(before);

    const own = await submit(app, iatoi, { ...report, kind: 'COMMUNE_PLAN', figures: null, note: 'Kế hoạch của xã' });
    expect(own.data?.submitReport.userErrors).toEqual([]);
    expect(own.data?.submitReport.submission).toMatchObject({ unit: { code: 'UBND-IATOI' }, kind: 'COMMUNE_PLAN' });
  });

  it.each(['finance', 'leader', 'analyst'])('refuses %s with FORBIDDEN', async (username) => {
    const token = await app.login(username);
    const before = await reportCounts(app);
    const result = await app.gql<SubmitResult>(
      'mutation($input: SubmitReportInput!) { submitReport(input: $input) { submission { id } } }',
      { input: { ...report, unitId: ids.units['UBND-IADAL'] } },
      token,
    );
    expect(codes(result.errors)).toEqual(['FORBIDDEN']);
    expect(await reportCounts(app)).toEqual(before);
  });

  it('holds the rules in the database too: no negative figure, no figures on a commune plan, no half a file', async () => {
    const em = app.orm.em.fork();
    const insert = (columns: string, values: string) =>
      em.execute(
        `insert into report_submission (plan_id, unit_id, kind, due_on, submitted_on${columns})
         select p.id, u.id, 'ANNUAL_REPORT', '2022-11-10', '2022-11-01'${values}
           from plan p, implementing_unit u where u.code = 'P-TCKH'`,
      );
    await expect(insert(', households', ', -1')).rejects.toThrow(/report_submission_figures_not_negative/);
    await expect(em.execute(`update report_submission set households = 5 where kind = 'COMMUNE_PLAN'`)).rejects.toThrow(
      /report_submission_commune_plan_without_figures/,
    );
    await expect(insert(', attachment_name, attachment_size', ", 'a.pdf', 3")).rejects.toThrow(
      /report_submission_attachment_whole/,
    );
  });
});
