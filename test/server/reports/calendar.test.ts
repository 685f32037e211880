import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type PlanIds, planIds } from '../../support/budget';
import { startTestApp, type TestApp } from '../../support/test-app';
import { CALENDAR, calendarLines, type ObligationView, type SubmissionView, submit } from './helpers';

// Today in Vietnam worked out here, not by the server's helper: UTC+7 all year (no daylight saving).
const todayInVietnam = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const daysSince = (date: string, today: string) =>
  Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);

describe('the reporting calendar', () => {
  let app: TestApp;
  let planning: string;
  let ids: PlanIds;

  beforeAll(async () => {
    app = await startTestApp();
    planning = await app.login('planning');
    ids = await planIds(app, planning);
  });
  afterAll(() => app?.close());

  it('derives who owes what from the plan: commune plans from the communes, reports from every unit but the Labour office', async () => {
    expect(await calendarLines(app, planning, ids.planId, '2022-03-01')).toEqual([
      'COMMUNE_PLAN UBND-IATOI NOT_YET_DUE 0',
      'COMMUNE_PLAN UBND-IADAL NOT_YET_DUE 0',
      'COMMUNE_PLAN UBND-IADOM NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT P-TCKH NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT CQ-TCNV NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT UBMTTQ NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT UBND-IATOI NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT UBND-IADAL NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT UBND-IADOM NOT_YET_DUE 0',
      'ANNUAL_REPORT P-TCKH NOT_YET_DUE 0',
      'ANNUAL_REPORT CQ-TCNV NOT_YET_DUE 0',
      'ANNUAL_REPORT UBMTTQ NOT_YET_DUE 0',
      'ANNUAL_REPORT UBND-IATOI NOT_YET_DUE 0',
      'ANNUAL_REPORT UBND-IADAL NOT_YET_DUE 0',
      'ANNUAL_REPORT UBND-IADOM NOT_YET_DUE 0',
    ]);
    const { data } = await app.gql<{ reportingCalendar: ObligationView[] }>(
      CALENDAR,
      { planId: ids.planId, asOf: '2022-03-01' },
      planning,
    );
    expect([...new Set(data?.reportingCalendar.map((row) => `${row.kind} ${row.dueOn}`))]).toEqual([
      'COMMUNE_PLAN 2022-04-30',
      'SEMIANNUAL_REPORT 2022-06-10',
      'ANNUAL_REPORT 2022-11-10',
    ]);
  });

  it('is on time up to the due date itself, late by the days after it, overdue by the days since, as of any date', async () => {
    const commune = (unit: string, submittedOn: string) =>
      submit(app, planning, {
        planId: ids.planId,
        unitId: ids.units[unit],
        kind: 'COMMUNE_PLAN',
        submittedOn,
        note: 'Kế hoạch giảm nghèo của xã',
      });
    const onTime = await commune('UBND-IATOI', '2022-04-30');
    expect(onTime.data?.submitReport.submission).toMatchObject({ daysLate: 0, dueOn: '2022-04-30' });
    const late = await commune('UBND-IADAL', '2022-05-03');
    expect(late.data?.submitReport.submission).toMatchObject({ daysLate: 3 });
    const report = await submit(app, planning, {
      planId: ids.planId,
      unitId: ids.units['P-TCKH'],
      kind: 'SEMIANNUAL_REPORT',
      submittedOn: '2022-06-02',
      figures: { disbursed: '1250000000' },
    });
    expect(report.data?.submitReport.userErrors).toEqual([]);

    const lines = async (asOf?: string) => (await calendarLines(app, planning, ids.planId, asOf)).slice(0, 6);
    // The due date itself: nothing is overdue yet; Ia Đal's plan, sent later, does not count yet.
    expect(await lines('2022-04-30')).toEqual([
      'COMMUNE_PLAN UBND-IATOI SUBMITTED_ON_TIME 0',
      'COMMUNE_PLAN UBND-IADAL NOT_YET_DUE 0',
      'COMMUNE_PLAN UBND-IADOM NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT P-TCKH NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT CQ-TCNV NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT UBMTTQ NOT_YET_DUE 0',
    ]);
    expect(await lines('2022-05-01')).toEqual([
      'COMMUNE_PLAN UBND-IATOI SUBMITTED_ON_TIME 0',
      'COMMUNE_PLAN UBND-IADAL OVERDUE 1',
      'COMMUNE_PLAN UBND-IADOM OVERDUE 1',
      'SEMIANNUAL_REPORT P-TCKH NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT CQ-TCNV NOT_YET_DUE 0',
      'SEMIANNUAL_REPORT UBMTTQ NOT_YET_DUE 0',
    ]);
    expect(await lines('2022-06-12')).toEqual([
      'COMMUNE_PLAN UBND-IATOI SUBMITTED_ON_TIME 0',
      'COMMUNE_PLAN UBND-IADAL SUBMITTED_LATE 3',
      'COMMUNE_PLAN UBND-IADOM OVERDUE 43',
      'SEMIANNUAL_REPORT P-TCKH SUBMITTED_ON_TIME 0',
      'SEMIANNUAL_REPORT CQ-TCNV OVERDUE 2',
      'SEMIANNUAL_REPORT UBMTTQ OVERDUE 2',
    ]);

    // Without asOf: today in Vietnam.
    // (Asked around midnight in Vietnam, either day is right.)
    const before = todayInVietnam();
    const line = (await lines())[2];
    expect(
      [before, todayInVietnam()].map((today) => `COMMUNE_PLAN UBND-IADOM OVERDUE ${daysSince('2022-04-30', today)}`),
    ).toContain(line);

    // A counted obligation carries its submission; one not yet made by asOf does not.
    const { data } = await app.gql<{ reportingCalendar: ObligationView[] }>(
      CALENDAR,
      { planId: ids.planId, asOf: '2022-05-02' },
      planning,
    );
    expect(data?.reportingCalendar.slice(0, 2).map((row) => row.submission?.submittedOn ?? null)).toEqual([
      '2022-04-30',
      null,
    ]);
  });

  it('answers NOT_FOUND for a plan that does not exist and BAD_USER_INPUT for an id of another kind', async () => {
    const missing = await app.gql(CALENDAR, { planId: Buffer.from('Plan:999999').toString('base64url') }, planning);
    expect(missing.errors?.map((error) => error.extensions?.code)).toEqual(['NOT_FOUND']);
    const other = await app.gql(CALENDAR, { planId: ids.units['P-TCKH'] }, planning);
    expect(other.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
    const badDate = await app.gql(CALENDAR, { planId: ids.planId, asOf: '2022-02-30' }, planning);
    expect(badDate.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });

  it.each(['leader', 'analyst', 'iadom', 'finance'])('reads the same for %s', async (username) => {
    const token = await app.login(username);
    expect(await calendarLines(app, token, ids.planId, '2022-06-12')).toEqual(
      await calendarLines(app, planning, ids.planId, '2022-06-12'),
    );
  });

  it('lists submissions filtered by plan, year, unit and kind, paged by keyset cursors', async () => {
    const LIST = /* GraphQL */ `
      query List($first: Int, $after: String, $filter: ReportSubmissionFilter) {
        reportSubmissions(first: $first, after: $after, filter: $filter) {
          edges { cursor node { kind unit { code } } }
          pageInfo { hasNextPage endCursor }
          totalCount
        }
      }
    `;
    type List = {
      reportSubmissions: {
        edges: { cursor: string; node: Pick<SubmissionView, 'kind' | 'unit'> }[];
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
        totalCount: number;
      };
    };
    const list = async (variables: Record<string, unknown>) => {
      const { data, errors } = await app.gql<List>(LIST, variables, planning);
      if (errors || !data) throw new Error(JSON.stringify(errors));
      return data.reportSubmissions;
    };
    const names = (page: List['reportSubmissions']) =>
      page.edges.map((edge) => `${edge.node.kind} ${edge.node.unit.code}`);

    const all = await list({});
    expect(names(all)).toEqual(['COMMUNE_PLAN UBND-IATOI', 'COMMUNE_PLAN UBND-IADAL', 'SEMIANNUAL_REPORT P-TCKH']);
    expect(all.totalCount).toBe(3);
    expect(names(await list({ filter: { kind: 'COMMUNE_PLAN' } }))).toEqual([
      'COMMUNE_PLAN UBND-IATOI',
      'COMMUNE_PLAN UBND-IADAL',
    ]);
    expect(names(await list({ filter: { unitId: ids.units['P-TCKH'], planId: ids.planId, year: 2022 } }))).toEqual([
      'SEMIANNUAL_REPORT P-TCKH',
    ]);
    expect((await list({ filter: { year: 2023 } })).totalCount).toBe(0);

    const first = await list({ first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await list({ first: 2, after: first.pageInfo.endCursor });
    expect([...names(first), ...names(second)]).toEqual(names(all));
    expect(second.pageInfo.hasNextPage).toBe(false);

    const bad = await app.gql(LIST, { after: 'nonsense' }, planning);
    expect(bad.errors?.map((error) => error.extensions?.code)).toEqual(['BAD_USER_INPUT']);
  });
});
