import type ExcelJS from 'exceljs';
import type { Context } from '../../../context';
import { BudgetDimension } from '../../budget/budget.enums';
import type { BudgetSummaryRow } from '../../budget/budget.payloads';
import { budgetSummary } from '../../budget/budget-summary.service';
import { type BenefitListFilter, type BenefitTotals, benefitTotals } from '../../households/benefit-list.service';
import { povertyRates, type RateRow } from '../../households/households.service';
import { targetActual, targetMet } from '../../households/target-actual.service';
import { AdminLevel, AdminUnit } from '../../places/admin-unit.entity';
import { Plan } from '../../plan/plan.entity';
import type { ProgramComponent } from '../../plan/program-component.entity';
import { Comparator, Target, TargetIndicator } from '../../plan/target.entity';
import {
  AMOUNT_FORMAT,
  type BodyCell,
  COUNT_FORMAT,
  componentLabel,
  districtCommittee,
  type ExportFile,
  finishSheet,
  newWorkbook,
  PERCENT_POINTS_FORMAT,
  PROJECT_OWN_LABEL,
  projectTree,
  RATIO_FORMAT,
  type RowKind,
  spreadsheetAmount,
  type TitleLine,
  viDate,
  viInstant,
  writeBodyRow,
  writeHeader,
  writeNote,
  writeTitleBlock,
  writeXlsx,
} from './workbook';

/** The two reports a year the plan asks the units for ("Định kỳ 6 tháng … và cả năm"). */
export enum ReportPeriod {
  SEMIANNUAL = 'SEMIANNUAL',
  ANNUAL = 'ANNUAL',
}

export const TARGET_SHEET = 'Chỉ tiêu';
export const FUNDS_SHEET = 'Kinh phí';
export const BENEFICIARY_SHEET = 'Hưởng lợi';

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

const VERDICT_FILLS: Record<string, string> = {
  Đạt: 'FFE2F0D9',
  'Có nguy cơ không đạt': 'FFFFF2CC',
  'Không đạt': 'FFF8D7DA',
};

/** The comparator shown with the number, which stays a plain number for formulas: "≤ 32,73". */
const targetFormat = (comparator: Comparator): string =>
  `"${comparator === Comparator.AT_MOST ? '≤' : '≥'} "${PERCENT_POINTS_FORMAT}`;

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
export const resultsReportXlsx = async (
  context: Context,
  { planId, period, asOf = null, now = new Date() }: ResultsReportOptions,
): Promise<ExportFile | null> => {
  const { em } = context;
  const plan = await em.findOne(Plan, planId, { populate: ['district'] });
  if (!plan) return null;
  const district = plan.district.getEntity();
  const span = periodSpan(plan.year, period);
  const title = `Báo cáo kết quả thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững ${span.label}`;
  const workbook = newWorkbook({
    title,
    subject: `Kỳ báo cáo từ ${viDate(span.from)} đến ${viDate(span.to)}`,
    keywords: `báo cáo kết quả; giảm nghèo bền vững; ${plan.year}; ${period === ReportPeriod.SEMIANNUAL ? '6 tháng' : 'năm'}`,
    description: `${plan.title}. Lập từ Ansinh lúc ${viInstant(now)} (giờ Việt Nam).`,
    company: districtCommittee(district),
    now,
  });
  const titleLines = (sheetTitle: string, basis: string, unit: string): TitleLine[] => [
    { text: districtCommittee(district).toUpperCase(), bold: true, align: 'left' },
    { text: title.toUpperCase(), bold: true, size: 13 },
    { text: sheetTitle, bold: true },
    { text: `Kỳ báo cáo: ${span.label} (từ ngày ${viDate(span.from)} đến hết ngày ${viDate(span.to)})`, italic: true },
    { text: basis, italic: true },
    { text: unit, italic: true, align: 'right' },
  ];
  const footer = `Báo cáo kết quả ${span.label}`;

  await writeTargetSheet(context, workbook, plan, district, period, titleLines, footer);
  await writeFundsSheet(context, workbook, plan, span, asOf, now, titleLines, footer);
  await writeBeneficiarySheet(context, workbook, plan, span, now, titleLines, footer);

  return {
    fileName: `bao-cao-ket-qua-${period === ReportPeriod.SEMIANNUAL ? '6-thang' : 'nam'}-${plan.year}.xlsx`,
    content: await writeXlsx(workbook),
  };
};

type TitleLines = (sheetTitle: string, basis: string, unit: string) => TitleLine[];

const count = (value: number): BodyCell => ({ value, numFmt: COUNT_FORMAT });
const percentPoints = (value: number | null, numFmt = PERCENT_POINTS_FORMAT): BodyCell => ({ value, numFmt });

/** Sheet 1: households, poor and near-poor, and both targets against the registry, per commune. */
const writeTargetSheet = async (
  context: Context,
  workbook: ExcelJS.Workbook,
  plan: Plan,
  district: AdminUnit,
  period: ReportPeriod,
  titleLines: TitleLines,
  footer: string,
): Promise<void> => {
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

  const sheet = workbook.addWorksheet(TARGET_SHEET);
  const width = 12;
  const headerFrom = writeTitleBlock(
    sheet,
    width,
    titleLines(
      'Biểu 1: Chỉ tiêu giảm nghèo và kết quả thực hiện',
      `Số hộ và tỷ lệ: theo kết quả rà soát năm ${year} trong cơ sở dữ liệu hộ gia đình lúc lập báo cáo. ` +
        `"Chưa có số liệu": chưa có hộ nào được rà soát năm ${year} (hoặc năm ${year - 1}, với mức giảm).`,
      'Số hộ: hộ; tỷ lệ: %; mức giảm: điểm phần trăm',
    ),
  );
  const headerTo = headerFrom + 1;
  writeHeader(sheet, [
    { text: 'STT', fromColumn: 1, fromRow: headerFrom, toRow: headerTo },
    { text: 'Đơn vị', fromColumn: 2, fromRow: headerFrom, toRow: headerTo },
    { text: `Kết quả rà soát năm ${year}`, fromColumn: 3, toColumn: 5, fromRow: headerFrom },
    { text: 'Tổng số hộ', fromColumn: 3, fromRow: headerTo },
    { text: 'Hộ nghèo', fromColumn: 4, fromRow: headerTo },
    { text: 'Hộ cận nghèo', fromColumn: 5, fromRow: headerTo },
    { text: 'Tỷ lệ hộ nghèo (%)', fromColumn: 6, toColumn: 9, fromRow: headerFrom },
    { text: `Cuối năm ${year - 1}`, fromColumn: 6, fromRow: headerTo },
    { text: `Chỉ tiêu năm ${year}`, fromColumn: 7, fromRow: headerTo },
    { text: 'Thực hiện', fromColumn: 8, fromRow: headerTo },
    { text: 'Đánh giá', fromColumn: 9, fromRow: headerTo },
    { text: 'Mức giảm tỷ lệ hộ nghèo (điểm %)', fromColumn: 10, toColumn: 12, fromRow: headerFrom },
    { text: 'Chỉ tiêu', fromColumn: 10, fromRow: headerTo },
    { text: 'Thực hiện', fromColumn: 11, fromRow: headerTo },
    { text: 'Đánh giá', fromColumn: 12, fromRow: headerTo },
  ]);

  let rowNumber = headerTo + 1;
  const units: { unit: AdminUnit; stt: string; label: string; kind: RowKind }[] = [
    { unit: district, stt: '', label: `Toàn huyện ${district.name}`, kind: 'total' },
    ...communes.map((commune, index) => ({
      unit: commune,
      stt: String(index + 1),
      label: `Xã ${commune.name}`,
      kind: 'plain' as const,
    })),
  ];
  for (const { unit, stt, label, kind } of units) {
    const rates = current.get(unit.id);
    const before = previous.get(unit.id);
    const indicatorCells = async (indicator: TargetIndicator): Promise<BodyCell[]> => {
      const target = targetOf(unit.id, indicator);
      // The API's Target.actual and met, asked for every unit (also those without a target yet).
      const actual = await targetActual(context, { year, unitId: unit.id, indicator });
      const met = target ? targetMet(actual, target.comparator, target.value) : null;
      return [
        percentPoints(target ? Number(target.value) : null, target ? targetFormat(target.comparator) : undefined),
        percentPoints(actual === null ? null : actual / 100),
        { value: verdictOf(target !== null, met, period) },
      ];
    };
    const row = writeBodyRow(
      sheet,
      rowNumber++,
      kind,
      [
        { value: stt },
        { value: label },
        count(rates?.households ?? 0),
        count(rates?.poor ?? 0),
        count(rates?.nearPoor ?? 0),
        percentPoints(before && before.households > 0 ? Number(before.rate) : null),
        ...(await indicatorCells(TargetIndicator.POOR_HOUSEHOLD_RATE)),
        ...(await indicatorCells(TargetIndicator.POOR_HOUSEHOLD_RATE_REDUCTION)),
      ],
      2,
    );
    for (const column of [9, 12]) {
      const cell = row.getCell(column);
      const argb = VERDICT_FILLS[String(cell.value)];
      if (argb) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb } };
    }
  }
  writeNote(
    sheet,
    rowNumber + 1,
    width,
    'Đánh giá: "Đạt" khi thực hiện đạt chỉ tiêu; giữa năm, chỉ tiêu chưa đạt được ghi "Có nguy cơ không đạt", ' +
      'cuối năm ghi "Không đạt". Mức giảm = tỷ lệ cuối năm trước - tỷ lệ năm báo cáo.',
  );
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 26;
  for (let column = 3; column <= width; column++)
    sheet.getColumn(column).width = column === 9 || column === 12 ? 20 : 13;
  sheet.getRow(headerTo).height = 30;
  finishSheet(sheet, { headerFrom, headerTo, frozenColumns: 2, footer });
};

/** Sheet 2: assigned, allocated and paid by the period's last day, per project and sub-project. */
const writeFundsSheet = async (
  context: Context,
  workbook: ExcelJS.Workbook,
  plan: Plan,
  span: PeriodSpan,
  asOf: Date | null,
  now: Date,
  titleLines: TitleLines,
  footer: string,
): Promise<void> => {
  const { em } = context;
  // budgetSummary(planId, groupBy, asOf, paidBy: the period's last day), as the API answers it.
  const ask = (groupBy: BudgetDimension[]) => budgetSummary(em, plan.id, groupBy, asOf, span.to);
  const byComponent = new Map((await ask([BudgetDimension.COMPONENT])).map((row) => [row.component?.id, row]));
  const byProject = new Map((await ask([BudgetDimension.PROJECT])).map((row) => [row.project?.id, row]));
  const [total] = await ask([]);

  const sheet = workbook.addWorksheet(FUNDS_SHEET);
  const width = 7;
  const headerFrom = writeTitleBlock(
    sheet,
    width,
    titleLines(
      'Biểu 2: Kinh phí được giao, phân bổ và giải ngân',
      `Dự toán và phân bổ: theo số liệu ghi nhận ${asOf ? `đến ${viInstant(asOf)}` : `lúc lập báo cáo (${viInstant(now)})`}; ` +
        `giải ngân: các khoản thanh toán có ngày thanh toán đến hết ngày ${viDate(span.to)}.`,
      'Đơn vị tính: đồng',
    ),
  );
  writeHeader(
    sheet,
    [
      'STT',
      'Mã',
      'Dự án, tiểu dự án',
      'Dự toán giao',
      'Đã phân bổ',
      `Đã giải ngân đến hết ${viDate(span.to)}`,
      'Tỷ lệ giải ngân so với dự toán giao (%)',
    ].map((text, index) => ({ text, fromColumn: index + 1, fromRow: headerFrom })),
  );
  let rowNumber = headerFrom + 1;
  const moneyRow = (kind: RowKind, stt: string, code: string, label: string, row: BudgetSummaryRow | undefined) => {
    const assigned = row?.assigned ?? 0n;
    const disbursed = row?.disbursed ?? 0n;
    writeBodyRow(
      sheet,
      rowNumber++,
      kind,
      [
        { value: stt },
        { value: code },
        { value: label },
        { value: spreadsheetAmount(assigned, label), numFmt: AMOUNT_FORMAT },
        { value: spreadsheetAmount(row?.allocated ?? 0n, label), numFmt: AMOUNT_FORMAT },
        { value: spreadsheetAmount(disbursed, label), numFmt: AMOUNT_FORMAT },
        // Both exact below 2^53, so the ratio is the nearest double to the true one.
        {
          value: assigned > 0n ? spreadsheetAmount(disbursed, label) / spreadsheetAmount(assigned, label) : null,
          numFmt: RATIO_FORMAT,
        },
      ],
      3,
    );
  };
  moneyRow('total', '', '', 'TỔNG CỘNG', total);
  for (const { project, numeral, children } of projectTree((await plan.components.load()).getItems())) {
    moneyRow('project', numeral, project.code, componentLabel(project), byProject.get(project.id));
    if (children.length === 0) continue;
    const own = byComponent.get(project.id);
    if (own && own.assigned !== 0n) moneyRow('child', '-', project.code, PROJECT_OWN_LABEL, own);
    children.forEach((child, index) => {
      moneyRow('child', String(index + 1), child.code, componentLabel(child), byComponent.get(child.id));
    });
  }
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 7;
  sheet.getColumn(3).width = 52;
  for (let column = 4; column <= width; column++) sheet.getColumn(column).width = 19;
  finishSheet(sheet, { headerFrom, headerTo: headerFrom, frozenColumns: 3, footer });
};

/** Households reached, benefits and their amount for one `benefits(filter:)` question, district-wide as every aggregate. */
const reachOf = (context: Context, filter: BenefitListFilter): Promise<BenefitTotals> =>
  benefitTotals(context.em, filter, null);

/** Sheet 3: households with at least one benefit of each project received by the period's last day. */
const writeBeneficiarySheet = async (
  context: Context,
  workbook: ExcelJS.Workbook,
  plan: Plan,
  span: PeriodSpan,
  now: Date,
  titleLines: TitleLines,
  footer: string,
): Promise<void> => {
  const sheet = workbook.addWorksheet(BENEFICIARY_SHEET);
  const width = 6;
  const headerFrom = writeTitleBlock(
    sheet,
    width,
    titleLines(
      'Biểu 3: Hộ được hưởng lợi từ kinh phí phân bổ',
      `Hộ có ít nhất một khoản hỗ trợ nhận đến hết ngày ${viDate(span.to)} từ kinh phí phân bổ của dự án, ` +
        `theo số liệu lúc lập báo cáo (${viInstant(now)}).`,
      'Số hộ, số lượt: hộ, lượt; giá trị: đồng',
    ),
  );
  writeHeader(
    sheet,
    ['STT', 'Mã', 'Dự án, tiểu dự án', 'Số hộ được hưởng lợi', 'Số lượt hỗ trợ', 'Giá trị hỗ trợ (đồng)'].map(
      (text, index) => ({ text, fromColumn: index + 1, fromRow: headerFrom }),
    ),
  );
  let rowNumber = headerFrom + 1;
  const base: BenefitListFilter = { planId: plan.id, receivedTo: span.to };
  const reachRow = (kind: RowKind, stt: string, code: string, label: string, reach: BenefitTotals) =>
    writeBodyRow(
      sheet,
      rowNumber++,
      kind,
      [
        { value: stt },
        { value: code },
        { value: label },
        count(reach.households),
        count(reach.benefits),
        { value: spreadsheetAmount(reach.amount, label), numFmt: AMOUNT_FORMAT },
      ],
      3,
    );
  reachRow('total', '', '', 'TỔNG CỘNG', await reachOf(context, base));
  const reachOfComponent = (component: ProgramComponent) => reachOf(context, { ...base, componentId: component.id });
  for (const { project, numeral, children } of projectTree((await plan.components.load()).getItems())) {
    reachRow(
      'project',
      numeral,
      project.code,
      componentLabel(project),
      await reachOf(context, { ...base, projectId: project.id }),
    );
    if (children.length === 0) continue;
    const own = await reachOfComponent(project);
    if (own.benefits > 0) reachRow('child', '-', project.code, PROJECT_OWN_LABEL, own);
    for (const [index, child] of children.entries()) {
      reachRow('child', String(index + 1), child.code, componentLabel(child), await reachOfComponent(child));
    }
  }
  writeNote(
    sheet,
    rowNumber + 1,
    width,
    'Một hộ được hưởng lợi từ nhiều dự án (hoặc tiểu dự án) được đếm ở mỗi dự án; dòng Tổng cộng và dòng dự án ' +
      'đếm mỗi hộ một lần. Giá trị: tổng các khoản hỗ trợ có ghi số tiền (hiện vật không ghi giá trị không được cộng).',
  );
  sheet.getColumn(1).width = 6;
  sheet.getColumn(2).width = 7;
  sheet.getColumn(3).width = 52;
  for (let column = 4; column <= width; column++) sheet.getColumn(column).width = 19;
  finishSheet(sheet, { headerFrom, headerTo: headerFrom, frozenColumns: 3, footer });
};
