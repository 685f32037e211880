import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seed } from '../../../server/src/db/seed';
import { seedDemoBudget } from '../../../server/src/db/seeders/demo-budget.seeder';
import { auditReplay, budgetCounts, type PlanIds, planIds } from '../../support/budget';
import { DEMO_PASSWORD, startTestApp, type TestApp } from '../../support/test-app';
import { calendarLines, reportCounts, SUBMISSION_FIELDS, type SubmissionView } from './helpers';

interface SummaryRow {
  project: { code: string } | null;
  unit: { code: string } | null;
  assigned: string;
  allocated: string;
  disbursed: string;
}

const MILLION = 1_000_000n;
const sum = (values: bigint[]) => values.reduce((total, value) => total + value, 0n);

// Worked out by hand from the demo data (demo-budget.data.ts), not by the seeder: 16 envelopes;
// assigned, in millions of đồng, by project 1: 18 500 + 1 850, 2: 2 400, 3: 3 800 + 650,
// 4: 2 000 + 900 + 120 + 280, 5: 4 400 + 440, 6: 250 + 180, 7: 320 + 260 + 60.
const ENVELOPES = 16;
const ASSIGNED_BY_PROJECT = { 1: 20_350n, 2: 2_400n, 3: 4_450n, 4: 3_300n, 5: 4_840n, 6: 430n, 7: 640n };
const ASSIGNED = 36_410n * MILLION;
// The cells, in millions, by unit: Ia Tơi 10 931, Ia Đal 10 139, Ia Dom 10 808, the Labour office
// 3 732, the Front 80, Organisation and Home Affairs 60, Finance-Planning 40: 35 790.
const ALLOCATED = 35_790n * MILLION;
// Paid by the year's end: each unit's cells times its pace (per mille): 10 931 × 920 + 10 139 × 700
// + 10 808 × 840 + 3 732 × 950 + 80 × 950 + 60 × 800 + 40 × 900 = 29 937 940 thousand đồng.
const DISBURSED = 29_937_940_000n;
const COMMUNE_TARGETS = 3;
/** Per mille, as a number: 1 000 is all of it. */
const perMille = (part: bigint, whole: bigint) => Number((part * 1000n) / whole);

describe('the demo budget, reports and targets', () => {
  let app: TestApp;
  let leader: string;
  let ids: PlanIds;

  const summary = async (groupBy: string[], paidBy?: string) => {
    const { data, errors } = await app.gql<{ budgetSummary: SummaryRow[] }>(
      `query($planId: ID!, $groupBy: [BudgetDimension!]!, $paidBy: Date) {
        budgetSummary(planId: $planId, groupBy: $groupBy, paidBy: $paidBy) { project { code } unit { code } assigned allocated disbursed }
      }`,
      { planId: ids.planId, groupBy, paidBy },
      leader,
    );
    if (errors || !data) throw new Error(JSON.stringify(errors));
    return data.budgetSummary;
  };
  const everything = async () => ({
    budget: await budgetCounts(app),
    reports: await reportCounts(app),
    targets: (await app.orm.em.fork().execute('select count(*)::int as n, sum(version)::int as v from target'))[0],
  });

  beforeAll(async () => {
    app = await startTestApp({ households: true, demoBudget: true });
    leader = await app.login('leader');
    ids = await planIds(app, leader);
  });
  afterAll(() => app?.close());

  it('adds nothing when seeded again, by the seed or by the seeder itself', async () => {
    const before = await everything();
    expect(before.budget.envelopes).toBe(String(ENVELOPES));
    expect(await seed(app.orm, { demo: true, demoPassword: DEMO_PASSWORD, households: true })).toEqual({
      plan: false,
      demoUsers: [],
    });
    expect(await seedDemoBudget(app.orm)).toEqual({
      envelopes: 0,
      allocations: 0,
      approved: false,
      payments: 0,
      reports: 0,
      targets: 0,
    });
    expect(await everything()).toEqual(before);
  });

  it('totals what the demo data says, and budgetSummary agrees', async () => {
    const [total] = await summary([]);
    expect(total).toMatchObject({
      assigned: String(ASSIGNED),
      allocated: String(ALLOCATED),
      disbursed: String(DISBURSED),
    });

    // Every project of the plan gets money.
    const byProject = await summary(['PROJECT']);
    expect(byProject.map((row) => row.project?.code)).toEqual(['1', '2', '3', '4', '5', '6', '7']);
    expect(Object.fromEntries(byProject.map((row) => [row.project?.code, row.assigned]))).toEqual(
      Object.fromEntries(
        Object.entries(ASSIGNED_BY_PROJECT).map(([project, millions]) => [project, String(millions * MILLION)]),
      ),
    );

    // And so do the rows the database holds.
    const [rows] = await app.orm.em.fork().execute<{ assigned: string; allocated: string; disbursed: string }[]>(
      `select (select sum(amount) from envelope_assignment)::text as assigned, (select sum(amount) from allocation)::text as allocated,
                (select sum(amount) from disbursement)::text as disbursed`,
    );
    expect(rows).toEqual({ assigned: total.assigned, allocated: total.allocated, disbursed: total.disbursed });
  });

  it('holds the invariants: allocated within assigned, paid within allocated, approved, and the audit trail replays', async () => {
    const em = app.orm.em.fork();
    const envelopes = await em.execute<{ amount: string; allocated: string; disbursed: string }[]>(
      'select amount::text, allocated::text, disbursed::text from envelope',
    );
    for (const envelope of envelopes) {
      expect(BigInt(envelope.allocated)).toBeLessThanOrEqual(BigInt(envelope.amount));
      expect(BigInt(envelope.disbursed)).toBeLessThanOrEqual(BigInt(envelope.allocated));
    }
    const cells = await em.execute<{ amount: string; disbursed: string; status: string }[]>(
      'select amount::text, disbursed::text, status from allocation',
    );
    for (const cell of cells) {
      expect(cell.status).toBe('APPROVED');
      expect(BigInt(cell.disbursed)).toBeLessThanOrEqual(BigInt(cell.amount));
    }
    const { replayed, actual } = await auditReplay(app);
    expect(replayed).toEqual(actual);
  });

  it('pays out 25-45% by 30 June and 70-95% by the year end, unevenly: Ia Đal lags', async () => {
    const [june] = await summary([], '2022-06-30');
    const [december] = await summary([], '2022-12-31');
    const allocated = BigInt(june.allocated);
    expect(perMille(BigInt(june.disbursed), allocated)).toBeGreaterThanOrEqual(250);
    expect(perMille(BigInt(june.disbursed), allocated)).toBeLessThanOrEqual(450);
    expect(perMille(BigInt(december.disbursed), allocated)).toBeGreaterThanOrEqual(700);
    expect(perMille(BigInt(december.disbursed), allocated)).toBeLessThanOrEqual(950);

    const byUnit = (await summary(['UNIT'], '2022-12-31')).filter((row) => row.unit);
    const rates = byUnit
      .map((row) => ({ unit: row.unit?.code, rate: perMille(BigInt(row.disbursed), BigInt(row.allocated)) }))
      .sort((a, b) => a.rate - b.rate);
    expect(rates[0].unit).toBe('UBND-IADAL');
    expect(new Set(rates.map((row) => row.rate)).size).toBeGreaterThan(4);
    // Payments run from May to December.
    const [{ first, last }] = await app.orm.em
      .fork()
      .execute('select min(paid_on)::text as first, max(paid_on)::text as last from disbursement');
    expect(first >= '2022-05-01' && last <= '2022-12-31').toBe(true);
  });

  it('shows reports on time, late by a few days, and missing', async () => {
    const lines = await calendarLines(app, leader, ids.planId, '2022-12-31');
    const states = (kind: string) =>
      lines.filter((line) => line.startsWith(`${kind} `)).map((line) => line.split(' ').slice(2).join(' '));
    expect(states('COMMUNE_PLAN')).toEqual(['SUBMITTED_ON_TIME 0', 'SUBMITTED_LATE 5', 'OVERDUE 245']);
    expect(states('SEMIANNUAL_REPORT')).toContain('OVERDUE 204');
    expect(states('SEMIANNUAL_REPORT')).toContain('SUBMITTED_ON_TIME 0');
    expect(lines.filter((line) => line.includes('SUBMITTED_LATE')).map((line) => Number(line.split(' ')[3]))).toEqual(
      expect.arrayContaining([5, 3, 4, 1]),
    );
    for (const line of lines.filter((line) => line.includes('SUBMITTED_LATE'))) {
      expect(Number(line.split(' ')[3])).toBeLessThanOrEqual(7);
    }
  });

  it('reports figures that follow from the demo households and the payments, and labels them synthetic', async () => {
    const { data, errors } = await app.gql<{
      reportSubmissions: { edges: { node: SubmissionView }[] };
      povertyRates: { unit: { name: string }; households: number; poor: number }[];
    }>(
      `{ reportSubmissions(first: 50) { edges { node { ${SUBMISSION_FIELDS} } } }
         povertyRates(year: 2021, level: COMMUNE) { unit { name } households poor } }`,
      {},
      leader,
    );
    if (errors || !data) throw new Error(JSON.stringify(errors));
    const submissions = data.reportSubmissions.edges.map((edge) => edge.node);
    expect(submissions.length).toBeGreaterThan(8);
    for (const submission of submissions) expect(submission.note, submission.unit.code).toMatch(/giả lập/i);

    const iaToi = data.povertyRates.find((row) => row.unit.name === 'Ia Tơi');
    const semiannual = submissions.find(
      (submission) => submission.unit.code === 'UBND-IATOI' && submission.kind === 'SEMIANNUAL_REPORT',
    );
    expect(semiannual?.figures?.households).toBe(iaToi?.households);
    expect(Number(semiannual?.figures?.poorHouseholds)).toBe(
      Number(iaToi?.poor) - Number(semiannual?.figures?.escapedPoverty) + Number(semiannual?.figures?.newlyPoor),
    );
    // Its disbursed figure is what the treasury paid the commune up to the report's date.
    const paid = await app.gql<{ disbursements: { edges: { node: { amount: string } }[] } }>(
      `query($unit: ID!, $to: Date) { disbursements(first: 500, filter: { unitId: $unit, paidTo: $to }) { edges { node { amount } } } }`,
      { unit: ids.units['UBND-IATOI'], to: semiannual?.submittedOn },
      leader,
    );
    expect(semiannual?.figures?.disbursed).toBe(
      String(sum(paid.data?.disbursements.edges.map((edge) => BigInt(edge.node.amount)) ?? [])),
    );

    const plan = submissions.find((submission) => submission.attachment);
    expect(plan?.attachment).toMatchObject({
      contentType: 'application/pdf',
      fileName: expect.stringMatching(/giả lập/),
    });
    const file = await fetch(`${app.url}${plan?.attachment?.url}`, { headers: { authorization: `Bearer ${leader}` } });
    expect(file.status).toBe(200);
    expect(
      Buffer.from(await file.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-');

    // The decisions say they are illustrative.
    const documents = await app.orm.em
      .fork()
      .execute<{ number: string }[]>(
        'select distinct d.number from legal_document d join envelope_assignment a on a.decision_id = d.id union select d.number from legal_document d join allocation_approval a on a.decision_id = d.id',
      );
    expect(documents.length).toBe(3);
    for (const { number } of documents) expect(number).toMatch(/\(minh họa\)$/);
  });

  it('sets commune targets that put one commune at risk, labelled as illustrative', async () => {
    const { data } = await app.gql<{
      plans: {
        targets: { value: number; baseline: number | null; sourceText: string | null; unit: { name: string } }[];
      }[];
    }>('{ plans(year: 2022) { targets { value baseline sourceText unit { name } } } }', {}, leader);
    const communes = (data?.plans[0].targets ?? []).filter((target) => target.unit.name !== "Ia H'Drai");
    expect(communes).toHaveLength(COMMUNE_TARGETS);
    for (const target of communes) {
      expect(target.sourceText).toMatch(/giả lập/);
      expect(target.baseline).toBeGreaterThan(target.value);
    }
    // At risk: the commune's annual report is above its target.
    const annual = await app.gql<{ reportSubmissions: { edges: { node: SubmissionView }[] } }>(
      `{ reportSubmissions(first: 10, filter: { kind: ANNUAL_REPORT }) { edges { node { ${SUBMISSION_FIELDS} } } } }`,
      {},
      leader,
    );
    const rateOf = (code: string) => {
      const figures = annual.data?.reportSubmissions.edges.find((edge) => edge.node.unit.code === code)?.node.figures;
      return (Number(figures?.poorHouseholds) / Number(figures?.households)) * 100;
    };
    const targetOf = (name: string) => communes.find((target) => target.unit.name === name)?.value ?? 0;
    expect(rateOf('UBND-IADAL')).toBeGreaterThan(targetOf('Ia Đal'));
    expect(rateOf('UBND-IATOI')).toBeLessThanOrEqual(targetOf('Ia Tơi'));
  });
});

describe('seeding the demo budget', () => {
  it('takes under 2 seconds on a new database', async () => {
    const app = await startTestApp({ households: true });
    try {
      const started = Date.now();
      const result = await seedDemoBudget(app.orm);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(result).toMatchObject({ envelopes: ENVELOPES, approved: true, targets: COMMUNE_TARGETS });
    } finally {
      await app.close();
    }
  });
});
