import { CapitalType, FundingSource } from '../../modules/budget/budget.enums';
import { DeadlineKind } from '../../modules/plan/deadline.entity';
import type { ReportFiguresValues } from '../../modules/reports/reports.service';

// Demo data, clearly synthetic, for the leadership dashboard: a 2022 budget for the seven projects,
// the reports the units sent, and commune targets. Nothing here is sourced: the amounts, the
// decisions (numbered "… (minh họa)"), the payments, the reports and the targets are invented,
// at the scale of a poor mountain district (tens of billions of đồng). demo-budget.seeder.ts writes
// them through the services the console uses.

const ILLUSTRATIVE = '(minh họa)';
const SYNTHETIC_NOTE = 'Dữ liệu giả lập để minh họa, không phải báo cáo thật.';
export const PROVINCE = 'UBND tỉnh Kon Tum';

interface Decision {
  number: string;
  date: string;
  title: string;
}

export const INVESTMENT_DECISION: Decision = {
  number: `186/QĐ-UBND ${ILLUSTRATIVE}`,
  date: '2022-03-25',
  title:
    'Giao kế hoạch vốn đầu tư phát triển nguồn ngân sách thực hiện Chương trình MTQG giảm nghèo bền vững năm 2022 (số liệu minh họa, không phải quyết định thật)',
};
export const RECURRENT_DECISION: Decision = {
  number: `392/QĐ-UBND ${ILLUSTRATIVE}`,
  date: '2022-04-22',
  title:
    'Giao dự toán kinh phí sự nghiệp thực hiện Chương trình MTQG giảm nghèo bền vững năm 2022 (số liệu minh họa, không phải quyết định thật)',
};
// Issued by the district (approveAllocations records the issuer).
export const APPROVAL_DECISION = { number: `512/QĐ-UBND ${ILLUSTRATIVE}`, date: '2022-05-06' };

const IATOI = 'UBND-IATOI';
const IADAL = 'UBND-IADAL';
const IADOM = 'UBND-IADOM';
const LABOUR = 'P-LDTBXH';
export const COMMUNE_OFFICERS: Record<string, string> = { [IATOI]: 'iatoi', [IADAL]: 'iadal', [IADOM]: 'iadom' };

/** One envelope: component, capital type, source, amount and its cells, in millions of đồng. */
export interface EnvelopeSpec {
  component: string;
  capitalType: CapitalType;
  source: FundingSource;
  millions: number;
  cells: Record<string, number>;
}

const { INVESTMENT, RECURRENT } = CapitalType;
const { CENTRAL_BUDGET: CENTRAL, PROVINCIAL_BUDGET: PROVINCIAL, DISTRICT_BUDGET: DISTRICT } = FundingSource;

// Leaves of the plan (sub-projects where a project has them). Project 1's infrastructure goes to the
// communes with a small reserve left unallocated; Project 5 pays 40 million đồng a house.
export const DEMO_ENVELOPES: readonly EnvelopeSpec[] = [
  {
    component: '1',
    capitalType: INVESTMENT,
    source: CENTRAL,
    millions: 18_500,
    cells: { [IATOI]: 6_290, [IADAL]: 5_550, [IADOM]: 6_105 },
  },
  {
    component: '1',
    capitalType: INVESTMENT,
    source: PROVINCIAL,
    millions: 1_850,
    cells: { [IATOI]: 630, [IADAL]: 555, [IADOM]: 610 },
  },
  {
    component: '2',
    capitalType: RECURRENT,
    source: CENTRAL,
    millions: 2_400,
    cells: { [IATOI]: 840, [IADAL]: 720, [IADOM]: 840 },
  },
  {
    component: '3.1',
    capitalType: RECURRENT,
    source: CENTRAL,
    millions: 3_800,
    cells: { [LABOUR]: 380, [IATOI]: 1_140, [IADAL]: 1_064, [IADOM]: 1_216 },
  },
  {
    component: '3.2',
    capitalType: RECURRENT,
    source: CENTRAL,
    millions: 650,
    cells: { [IATOI]: 215, [IADAL]: 214, [IADOM]: 221 },
  },
  { component: '4.1', capitalType: INVESTMENT, source: CENTRAL, millions: 2_000, cells: { [LABOUR]: 2_000 } },
  {
    component: '4.1',
    capitalType: RECURRENT,
    source: CENTRAL,
    millions: 900,
    cells: { [LABOUR]: 630, [IATOI]: 90, [IADAL]: 90, [IADOM]: 90 },
  },
  { component: '4.2', capitalType: RECURRENT, source: CENTRAL, millions: 120, cells: { [LABOUR]: 120 } },
  {
    component: '4.3',
    capitalType: RECURRENT,
    source: CENTRAL,
    millions: 280,
    cells: { [LABOUR]: 112, [IATOI]: 56, [IADAL]: 56, [IADOM]: 56 },
  },
  {
    component: '5',
    capitalType: RECURRENT,
    source: CENTRAL,
    millions: 4_400,
    cells: { [IATOI]: 1_400, [IADAL]: 1_600, [IADOM]: 1_400 },
  },
  {
    component: '5',
    capitalType: RECURRENT,
    source: PROVINCIAL,
    millions: 440,
    cells: { [IATOI]: 140, [IADAL]: 160, [IADOM]: 140 },
  },
  {
    component: '6.1',
    capitalType: RECURRENT,
    source: CENTRAL,
    millions: 250,
    cells: { [LABOUR]: 100, [IATOI]: 50, [IADAL]: 50, [IADOM]: 50 },
  },
  { component: '6.2', capitalType: RECURRENT, source: CENTRAL, millions: 180, cells: { [LABOUR]: 100, UBMTTQ: 80 } },
  {
    component: '7.1',
    capitalType: RECURRENT,
    source: CENTRAL,
    millions: 320,
    cells: { [LABOUR]: 120, 'CQ-TCNV': 60, 'P-TCKH': 40, [IATOI]: 30, [IADAL]: 30, [IADOM]: 30 },
  },
  {
    component: '7.2',
    capitalType: RECURRENT,
    source: CENTRAL,
    millions: 260,
    cells: { [LABOUR]: 110, [IATOI]: 50, [IADAL]: 50, [IADOM]: 50 },
  },
  { component: '7.2', capitalType: RECURRENT, source: DISTRICT, millions: 60, cells: { [LABOUR]: 60 } },
];

// How far each unit got: per mille of its cells paid by 30 June and by the year's end. Investment
// starts slower (85% of the first half's pace). Ia Đal lags, so that "lowest disbursement" shows.
export const PACE: Record<string, { firstHalf: number; year: number }> = {
  [LABOUR]: { firstHalf: 450, year: 950 },
  'P-TCKH': { firstHalf: 400, year: 900 },
  'CQ-TCNV': { firstHalf: 250, year: 800 },
  UBMTTQ: { firstHalf: 500, year: 950 },
  [IATOI]: { firstHalf: 400, year: 920 },
  [IADAL]: { firstHalf: 220, year: 700 },
  [IADOM]: { firstHalf: 340, year: 840 },
};
export const INVESTMENT_FIRST_HALF = 0.85;
// Tranches: two in the first half (May, June), three in the second (August, October, December).
export const TRANCHES = [
  { month: 5, share: 40, half: 'first' },
  { month: 6, share: 60, half: 'first' },
  { month: 8, share: 30, half: 'second' },
  { month: 10, share: 40, half: 'second' },
  { month: 12, share: 30, half: 'second' },
] as const;

// ---------------------------------------------------------------- reports

export interface ReportSpec {
  unit: string;
  kind: DeadlineKind;
  submittedOn: string;
  note: string;
  /** Commune reports: households that escaped poverty and became poor since the end-2021 review. */
  movement?: { escaped: number; newlyPoor: number; beneficiaries: number };
  /** Office reports: what they count. */
  figures?: Partial<ReportFiguresValues>;
  /** The unit's (or, for P-TCKH, the district's) payments up to the report's date. */
  reportsDisbursed?: boolean;
  pdf?: { fileName: string; lines: string[] };
}

// Due 30/4 (commune plans), 10/6 (semi-annual) and 10/11 (annual). Missing on purpose, so that the
// calendar shows them OVERDUE: Ia Dom's commune plan and semi-annual report, the annual report of
// the Organisation and Home Affairs office.
export const DEMO_REPORTS: readonly ReportSpec[] = [
  {
    unit: IATOI,
    kind: DeadlineKind.COMMUNE_PLAN,
    submittedOn: '2022-04-26',
    note: `Kế hoạch giảm nghèo năm 2022 của xã Ia Tơi (bản scan đính kèm). ${SYNTHETIC_NOTE}`,
    pdf: {
      fileName: 'Kế hoạch giảm nghèo 2022 - xã Ia Tơi (giả lập).pdf',
      lines: [
        'Ke hoach giam ngheo nam 2022 - xa Ia Toi',
        'TAI LIEU GIA LAP DE MINH HOA - KHONG PHAI VAN BAN THAT',
        'Synthetic document for the Ansinh demo.',
      ],
    },
  },
  {
    unit: IADAL,
    kind: DeadlineKind.COMMUNE_PLAN,
    submittedOn: '2022-05-05',
    note: `Kế hoạch giảm nghèo năm 2022 của xã Ia Đal, gửi chậm. ${SYNTHETIC_NOTE}`,
  },
  {
    unit: 'P-TCKH',
    kind: DeadlineKind.SEMIANNUAL_REPORT,
    submittedOn: '2022-06-08',
    note: `Giải ngân toàn huyện đến ngày báo cáo. ${SYNTHETIC_NOTE}`,
    reportsDisbursed: true,
  },
  {
    unit: 'CQ-TCNV',
    kind: DeadlineKind.SEMIANNUAL_REPORT,
    submittedOn: '2022-06-09',
    note: `Cán bộ được tập huấn nâng cao năng lực. ${SYNTHETIC_NOTE}`,
    figures: { beneficiaries: 18 },
  },
  {
    unit: 'UBMTTQ',
    kind: DeadlineKind.SEMIANNUAL_REPORT,
    submittedOn: '2022-06-13',
    note: `Hộ nghèo được Quỹ "Vì người nghèo" hỗ trợ. ${SYNTHETIC_NOTE}`,
    figures: { beneficiaries: 21 },
  },
  {
    unit: IATOI,
    kind: DeadlineKind.SEMIANNUAL_REPORT,
    submittedOn: '2022-06-07',
    note: SYNTHETIC_NOTE,
    movement: { escaped: 31, newlyPoor: 3, beneficiaries: 146 },
    reportsDisbursed: true,
  },
  {
    unit: IADAL,
    kind: DeadlineKind.SEMIANNUAL_REPORT,
    submittedOn: '2022-06-14',
    note: SYNTHETIC_NOTE,
    movement: { escaped: 12, newlyPoor: 5, beneficiaries: 88 },
    reportsDisbursed: true,
  },
  {
    unit: IATOI,
    kind: DeadlineKind.ANNUAL_REPORT,
    submittedOn: '2022-11-08',
    note: SYNTHETIC_NOTE,
    movement: { escaped: 110, newlyPoor: 6, beneficiaries: 412 },
    reportsDisbursed: true,
  },
  {
    unit: IADAL,
    kind: DeadlineKind.ANNUAL_REPORT,
    submittedOn: '2022-11-15',
    note: SYNTHETIC_NOTE,
    movement: { escaped: 58, newlyPoor: 9, beneficiaries: 251 },
    reportsDisbursed: true,
  },
  {
    unit: IADOM,
    kind: DeadlineKind.ANNUAL_REPORT,
    submittedOn: '2022-11-09',
    note: SYNTHETIC_NOTE,
    movement: { escaped: 108, newlyPoor: 7, beneficiaries: 389 },
    reportsDisbursed: true,
  },
  {
    unit: 'P-TCKH',
    kind: DeadlineKind.ANNUAL_REPORT,
    submittedOn: '2022-11-10',
    note: `Giải ngân toàn huyện đến ngày báo cáo. ${SYNTHETIC_NOTE}`,
    reportsDisbursed: true,
  },
  {
    unit: 'UBMTTQ',
    kind: DeadlineKind.ANNUAL_REPORT,
    submittedOn: '2022-11-11',
    note: `Hộ nghèo được Quỹ "Vì người nghèo" hỗ trợ. ${SYNTHETIC_NOTE}`,
    figures: { beneficiaries: 47 },
  },
];

// Poor-household rate at most this (percent) at the end of 2022. With the annual reports above, Ia
// Tơi (29.9%) and Ia Dom (32.0%) reach theirs and Ia Đal (36.7% against 33.5%) is at risk; the
// district as a whole (32.70%) just meets its 32.73%.
export const DEMO_COMMUNE_TARGETS: Record<string, number> = {
  'KT-IAHDRAI-IATOI': 31,
  'KT-IAHDRAI-IADAL': 33.5,
  'KT-IAHDRAI-IADOM': 32.5,
};
export const TARGET_NOTE = 'Chỉ tiêu minh họa (giả lập) cho dữ liệu demo, không lấy từ phụ lục của kế hoạch.';
