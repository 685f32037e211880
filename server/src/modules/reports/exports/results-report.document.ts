import { registerEnumType } from 'type-graphql';
import type { Context } from '../../../context';
import type { BudgetSummaryRow } from '../../budget';
import { BudgetDimension, budgetSummary } from '../../budget';
import {
  type BenefitListFilter,
  benefitTotals,
  povertyRates,
  type RateRow,
  targetActual,
  targetMet,
} from '../../households';
import { AdminLevel, AdminUnit } from '../../places';
import { Plan, Target, TargetIndicator } from '../../plan';
import {
  columns,
  count,
  type DocumentCell,
  DocumentColumnAlign,
  type DocumentLine,
  DocumentLineRole,
  DocumentRowKind,
  type DocumentSheet,
  headerCells,
  headerRow,
  line,
  money,
  type OfficialDocument,
  percentPoints,
  projectRows,
  ratio,
  type Tone,
  text,
} from './document';
import { districtCommittee, viDate, viInstant } from './wording';

/** The two reports a year the plan asks the units for ("Định kỳ 6 tháng … và cả năm"). */
export enum ReportPeriod {
  SEMIANNUAL = 'SEMIANNUAL',
  ANNUAL = 'ANNUAL',
}
registerEnumType(ReportPeriod, {
  name: 'ReportPeriod',
  description: 'The period a results report covers.',
  valuesConfig: {
    SEMIANNUAL: { description: '1 January to 30 June of the plan year.' },
    ANNUAL: { description: '1 January to 31 December of the plan year.' },
  },
});

export const TARGET_SHEET = 'Chỉ tiêu';
export const FUNDS_SHEET = 'Kinh phí';
export const BENEFICIARY_SHEET = 'Hưởng lợi';

const { CENTER, LABEL, TEXT } = DocumentColumnAlign;

export interface PeriodSpan {
  from: string;
  /** The last day counted: payments and benefits dated on or before it. */
  to: string;
  /** "6 tháng đầu năm 2022" / "năm 2022". */
  label: string;
}

export const periodSpan = (year: number, period: ReportPeriod): PeriodSpan =>
  period === ReportPeriod.SEMIANNUAL
    ? { from: `${year}-01-01`, to: `${year}-06-30`, label: `6 tháng đầu năm ${year}` }
    : { from: `${year}-01-01`, to: `${year}-12-31`, label: `năm ${year}` };

/** How a target reads at the end of the period, in words (never colour alone). */
export const verdictOf = (hasTarget: boolean, met: boolean | null, period: ReportPeriod): string => {
  if (!hasTarget) return 'Chưa giao chỉ tiêu';
  if (met === null) return 'Chưa có số liệu';
  if (met) return 'Đạt';
  // Mid-year the year's target can still be reached: it is at risk, not missed.
  return period === ReportPeriod.SEMIANNUAL ? 'Có nguy cơ không đạt' : 'Không đạt';
};

const VERDICT_TONES: Record<string, Tone> = {
  Đạt: 'GOOD',
  'Có nguy cơ không đạt': 'AT_RISK',
  'Không đạt': 'BAD',
};

/** A percentage with two decimals ('40.73') in hundredths (4073). */
const hundredthsOf = (percent: string): number => Math.round(Number(percent) * 100);

export interface ResultsReportOptions {
  planId: number;
  period: ReportPeriod;
  /** Money as the data stood at this instant (budgetSummary's asOf); null: as recorded now. */
  asOf?: Date | null;
  now?: Date;
}

/**
 * The semi-annual or annual results report: targets and actuals per commune and for the district,
 * funds per project with payments by the period's last day, and the households reached. Each cell
 * is what the API answers to the same question (povertyRates, Target.actual and met, budgetSummary
 * with paidBy, benefits), through the same services. Null for an unknown plan.
 */
export const resultsReport = async (
  context: Context,
  { planId, period, asOf = null, now = new Date() }: ResultsReportOptions,
): Promise<OfficialDocument | null> => {
  const plan = await context.em.findOne(Plan, planId, { populate: ['district'] });
  if (!plan) return null;
  const district = plan.district.getEntity();
  const span = periodSpan(plan.year, period);
  const title = `Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững ${span.label}`;
  const report: Report = {
    context,
    plan,
    district,
    period,
    span,
    now,
    heading: (sheetTitle, basis, unit) => [
      line(DocumentLineRole.ISSUER, districtCommittee(district).toUpperCase()),
      line(DocumentLineRole.TITLE, title.toUpperCase()),
      line(DocumentLineRole.SUBTITLE, sheetTitle),
      line(
        DocumentLineRole.BASIS,
        `Kỳ báo cáo: ${span.label} (từ ngày ${viDate(span.from)} đến hết ngày ${viDate(span.to)})`,
      ),
      line(DocumentLineRole.BASIS, basis),
      line(DocumentLineRole.UNIT, unit),
    ],
    footer: `Báo cáo kết quả ${span.label}`,
  };
  return {
    title,
    sheets: [await targetSheet(report), await fundsSheet(report, asOf), await beneficiarySheet(report)],
    fileName: `bao-cao-ket-qua-${period === ReportPeriod.SEMIANNUAL ? '6-thang' : 'nam'}-${plan.year}.xlsx`,
    properties: {
      subject: `Kỳ báo cáo từ ${viDate(span.from)} đến ${viDate(span.to)}`,
      keywords: `báo cáo kết quả; giảm nghèo bền vững; ${plan.year}; ${period === ReportPeriod.SEMIANNUAL ? '6 tháng' : 'năm'}`,
      description: `${plan.title}. Lập từ Ansinh lúc ${viInstant(now)} (giờ Việt Nam).`,
      company: districtCommittee(district),
      created: now,
    },
  };
};

/** What every sheet of one report shares. */
interface Report {
  context: Context;
  plan: Plan;
  district: AdminUnit;
  period: ReportPeriod;
  span: PeriodSpan;
  now: Date;
  /** The lines above a sheet's table: the body, the report, the sheet, the period, its basis and unit. */
  heading(sheetTitle: string, basis: string, unit: string): DocumentLine[];
  footer: string;
}

/** Sheet 1: households, poor and near-poor, and both targets against the registry, per commune. */
const targetSheet = async ({ context, plan, district, period, heading, footer }: Report): Promise<DocumentSheet> => {
  const { em } = context;
  const year = plan.year;
  // As povertyRates(year, level: COMMUNE, parentId: district) and povertyRates(year, level: DISTRICT) answer.
  const ratesOf = async (ofYear: number): Promise<Map<number, RateRow>> =>
    new Map(
      [
        ...(await povertyRates(em, ofYear, { unitIds: [district.id] })),
        ...(await povertyRates(em, ofYear, { level: AdminLevel.COMMUNE, parentId: district.id })),
      ].map((row) => [row.unitId, row]),
    );
  const current = await ratesOf(year);
  const previous = await ratesOf(year - 1);
  const communes = await em.find(
    AdminUnit,
    { level: AdminLevel.COMMUNE, parent: district },
    { orderBy: { code: 'asc' } },
  );
  // As Plan.targets answers them.
  const targets = await em.find(Target, { plan });
  const targetOf = (unitId: number, indicator: TargetIndicator) =>
    targets.find((target) => target.unit.id === unitId && target.indicator === indicator) ?? null;

  const units = [
    { unit: district, stt: '', label: `Toàn huyện ${district.name}`, kind: DocumentRowKind.TOTAL },
    ...communes.map((commune, index) => ({
      unit: commune,
      stt: String(index + 1),
      label: `Xã ${commune.name}`,
      kind: DocumentRowKind.PLAIN,
    })),
  ];
  const rows = [];
  for (const { unit, stt, label, kind } of units) {
    const rates = current.get(unit.id);
    const before = previous.get(unit.id);
    const indicatorCells = async (indicator: TargetIndicator): Promise<DocumentCell[]> => {
      const target = targetOf(unit.id, indicator);
      // The API's Target.actual and met, asked for every unit (also those without a target yet).
      const actual = await targetActual(context, { year, unitId: unit.id, indicator });
      const met = target ? targetMet(actual, target.comparator, target.value) : null;
      const verdict = verdictOf(target !== null, met, period);
      return [
        target ? percentPoints(hundredthsOf(target.value), target.comparator) : percentPoints(null),
        percentPoints(actual),
        { ...text(verdict), tone: VERDICT_TONES[verdict] },
      ];
    };
    rows.push({
      key: unit.code,
      kind,
      cells: [
        text(stt),
        text(label),
        count(rates?.households ?? 0),
        count(rates?.poor ?? 0),
        count(rates?.nearPoor ?? 0),
        percentPoints(before && before.households > 0 ? hundredthsOf(before.rate) : null),
        ...(await indicatorCells(TargetIndicator.POOR_HOUSEHOLD_RATE)),
        ...(await indicatorCells(TargetIndicator.POOR_HOUSEHOLD_RATE_REDUCTION)),
      ],
    });
  }
  return {
    key: 'results-targets',
    name: TARGET_SHEET,
    heading: heading(
      'Biểu 1: Chỉ tiêu giảm nghèo và kết quả thực hiện',
      `Số hộ và tỷ lệ: theo kết quả rà soát năm ${year} trong cơ sở dữ liệu hộ gia đình lúc lập báo cáo. ` +
        `"Chưa có số liệu": chưa có hộ nào được rà soát năm ${year} (hoặc năm ${year - 1}, với mức giảm).`,
      'Số hộ: hộ; tỷ lệ: %; mức giảm: điểm phần trăm',
    ),
    columns: columns(
      [CENTER, 6],
      [LABEL, 26],
      [TEXT, 13],
      [TEXT, 13],
      [TEXT, 13],
      [TEXT, 13],
      [TEXT, 13],
      [TEXT, 13],
      [TEXT, 20],
      [TEXT, 13],
      [TEXT, 13],
      [TEXT, 20],
    ),
    header: headerCells([
      ['STT', 0, 0, 2],
      ['Đơn vị', 0, 1, 2],
      [`Kết quả rà soát năm ${year}`, 0, 2, 1, 3],
      ['Tổng số hộ', 1, 2],
      ['Hộ nghèo', 1, 3],
      ['Hộ cận nghèo', 1, 4],
      ['Tỷ lệ hộ nghèo (%)', 0, 5, 1, 4],
      [`Cuối năm ${year - 1}`, 1, 5],
      [`Chỉ tiêu năm ${year}`, 1, 6],
      ['Thực hiện', 1, 7],
      ['Đánh giá', 1, 8],
      ['Mức giảm tỷ lệ hộ nghèo (điểm %)', 0, 9, 1, 3],
      ['Chỉ tiêu', 1, 9],
      ['Thực hiện', 1, 10],
      ['Đánh giá', 1, 11],
    ]),
    rows,
    notes: [
      'Đánh giá: "Đạt" khi thực hiện đạt chỉ tiêu; giữa năm, chỉ tiêu chưa đạt được ghi "Có nguy cơ không đạt", ' +
        'cuối năm ghi "Không đạt". Mức giảm = tỷ lệ cuối năm trước - tỷ lệ năm báo cáo.',
    ],
    compact: false,
    footer,
    headerHeight: 30,
  };
};

/** STT, Mã, the project or sub-project, then the figures: the layout of sheets 2 and 3. */
const projectColumns = (figures: number) =>
  columns(
    [CENTER, 6],
    [CENTER, 7],
    [LABEL, 52],
    ...Array.from({ length: figures }, (): [DocumentColumnAlign, number] => [TEXT, 19]),
  );

/** Sheet 2: assigned, allocated and paid by the period's last day, per project and sub-project. */
const fundsSheet = async (
  { context, plan, span, now, heading, footer }: Report,
  asOf: Date | null,
): Promise<DocumentSheet> => {
  // budgetSummary(planId, groupBy, asOf, paidBy: the period's last day), as the API answers it.
  const ask = (groupBy: BudgetDimension[]) => budgetSummary(context.em, plan.id, groupBy, asOf, span.to);
  const byComponent = new Map((await ask([BudgetDimension.COMPONENT])).map((row) => [row.component?.id, row]));
  const byProject = new Map((await ask([BudgetDimension.PROJECT])).map((row) => [row.project?.id, row]));
  const [total] = await ask([]);

  const moneyCells = (row: BudgetSummaryRow | undefined, where: string) => {
    const assigned = row?.assigned ?? 0n;
    const disbursed = row?.disbursed ?? 0n;
    return [
      money(assigned, where),
      money(row?.allocated ?? 0n, where),
      money(disbursed, where),
      ratio(disbursed, assigned, where),
    ];
  };
  const rows = await projectRows((await plan.components.load()).getItems(), ({ level, component, own, label }) => {
    if (level === 'TOTAL') return moneyCells(total, label);
    if (level === 'PROJECT') return moneyCells(byProject.get(component?.id), label);
    const row = byComponent.get(component?.id);
    return own && !(row && row.assigned !== 0n) ? null : moneyCells(row, label);
  });
  return {
    key: 'results-funds',
    name: FUNDS_SHEET,
    heading: heading(
      'Biểu 2: Kinh phí được giao, phân bổ và giải ngân',
      `Dự toán và phân bổ: theo số liệu ghi nhận ${asOf ? `đến ${viInstant(asOf)}` : `lúc lập báo cáo (${viInstant(now)})`}; ` +
        `giải ngân: các khoản thanh toán có ngày thanh toán đến hết ngày ${viDate(span.to)}.`,
      'Đơn vị tính: đồng',
    ),
    columns: projectColumns(4),
    header: headerRow([
      'STT',
      'Mã',
      'Dự án, tiểu dự án',
      'Dự toán giao',
      'Đã phân bổ',
      `Đã giải ngân đến hết ${viDate(span.to)}`,
      'Tỷ lệ giải ngân so với dự toán giao (%)',
    ]),
    rows,
    notes: [],
    compact: false,
    footer,
  };
};

/** Sheet 3: households with at least one benefit of each project received by the period's last day. */
const beneficiarySheet = async ({ context, plan, span, now, heading, footer }: Report): Promise<DocumentSheet> => {
  const base: BenefitListFilter = { planId: plan.id, receivedTo: span.to };
  const rows = await projectRows(
    (await plan.components.load()).getItems(),
    async ({ level, component, own, label }) => {
      // Households reached, benefits and their amount for one `benefits(filter:)` question,
      // district-wide as every aggregate.
      const reach = await benefitTotals(
        context.em,
        level === 'TOTAL'
          ? base
          : level === 'PROJECT'
            ? { ...base, projectId: component?.id }
            : { ...base, componentId: component?.id },
        null,
      );
      // The project's own row only when some benefit was paid from its own money.
      if (own && reach.benefits === 0) return null;
      return [count(reach.households), count(reach.benefits), money(reach.amount, label)];
    },
  );
  return {
    key: 'results-reach',
    name: BENEFICIARY_SHEET,
    heading: heading(
      'Biểu 3: Hộ được hưởng lợi từ kinh phí phân bổ',
      `Hộ có ít nhất một khoản hỗ trợ nhận đến hết ngày ${viDate(span.to)} từ kinh phí phân bổ của dự án, ` +
        `theo số liệu lúc lập báo cáo (${viInstant(now)}).`,
      'Số hộ, số lượt: hộ, lượt; giá trị: đồng',
    ),
    columns: projectColumns(3),
    header: headerRow([
      'STT',
      'Mã',
      'Dự án, tiểu dự án',
      'Số hộ được hưởng lợi',
      'Số lượt hỗ trợ',
      'Giá trị hỗ trợ (đồng)',
    ]),
    rows,
    notes: [
      'Một hộ được hưởng lợi từ nhiều dự án (hoặc tiểu dự án) được đếm ở mỗi dự án; dòng Tổng cộng và dòng dự án ' +
        'đếm mỗi hộ một lần. Giá trị: tổng các khoản hỗ trợ có ghi số tiền (hiện vật không ghi giá trị không được cộng).',
    ],
    compact: false,
    footer,
  };
};
