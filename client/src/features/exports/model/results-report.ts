import type { Comparator } from '../../../apollo/generated';
import { type ComponentLike, componentLabel, PROJECT_OWN_LABEL, projectTree } from './document';
import type { ReportPeriod } from './paths';

export interface PeriodSpan {
  from: string;
  /** The last day counted: payments and benefits dated on or before it. */
  to: string;
  /** "6 tháng đầu năm 2022" / "năm 2022". */
  label: string;
}

/** The period a results report covers: the first half of the plan year, or the whole year. */
export function periodSpan(year: number, period: ReportPeriod): PeriodSpan {
  return period === 'SEMIANNUAL'
    ? { from: `${year}-01-01`, to: `${year}-06-30`, label: `6 tháng đầu năm ${year}` }
    : { from: `${year}-01-01`, to: `${year}-12-31`, label: `năm ${year}` };
}

/** How a target reads at the end of the period, in words (never colour alone). */
export function verdictOf(hasTarget: boolean, met: boolean | null, period: ReportPeriod): string {
  if (!hasTarget) return 'Chưa giao chỉ tiêu';
  if (met === null) return 'Chưa có số liệu';
  if (met) return 'Đạt';
  // Mid-year the year's target can still be reached: it is at risk, not missed.
  return period === 'SEMIANNUAL' ? 'Có nguy cơ không đạt' : 'Không đạt';
}

interface RateFigure {
  households: number;
  poor: number;
  nearPoor: number;
  rate: number;
  unit: { id: string; name: string };
}

interface TargetFigure {
  indicator: 'POOR_HOUSEHOLD_RATE' | 'POOR_HOUSEHOLD_RATE_REDUCTION';
  comparator: Comparator;
  value: number;
  met: boolean | null;
  unit: { id: string };
}

export interface IndicatorCells {
  target: { comparator: Comparator; value: number } | null;
  actual: number | null;
  verdict: string;
}

export interface TargetRow {
  kind: 'total' | 'plain';
  stt: string;
  label: string;
  households: number;
  poor: number;
  nearPoor: number;
  /** The rate at the end of the year before; null when that year was not reviewed. */
  previousRate: number | null;
  rate: IndicatorCells;
  reduction: IndicatorCells;
}

const hundredths = (percent: number) => Math.round(percent * 100);

/**
 * Sheet "Chỉ tiêu" of the results report: the district, then each commune (in povertyRates' order,
 * by code), with its households reviewed in the plan year, last year's rate, and both targets
 * against the registry. Actuals are Target.actual's rule (the plan year's rate; last year's minus
 * this year's), verdicts Target.met's, computed for a unit without a target too.
 */
export function targetRows(
  district: { id: string; name: string },
  current: readonly RateFigure[],
  previous: readonly RateFigure[],
  targets: readonly TargetFigure[],
  period: ReportPeriod,
): TargetRow[] {
  const before = new Map(previous.map((row) => [row.unit.id, row]));
  const now = new Map(current.map((row) => [row.unit.id, row]));
  const communes = current.filter((row) => row.unit.id !== district.id).map((row) => row.unit);
  const units = [
    { unit: district, stt: '', label: `Toàn huyện ${district.name}`, kind: 'total' as const },
    ...communes.map((unit, index) => ({
      unit,
      stt: String(index + 1),
      label: `Xã ${unit.name}`,
      kind: 'plain' as const,
    })),
  ];
  return units.map(({ unit, stt, label, kind }) => {
    const rates = now.get(unit.id);
    const last = before.get(unit.id);
    const reviewed = rates && rates.households > 0 ? rates : null;
    const reviewedBefore = last && last.households > 0 ? last : null;
    const cells = (indicator: TargetFigure['indicator'], actual: number | null): IndicatorCells => {
      const target = targets.find((item) => item.unit.id === unit.id && item.indicator === indicator) ?? null;
      return {
        target: target ? { comparator: target.comparator, value: target.value } : null,
        actual,
        verdict: verdictOf(target !== null, target ? target.met : null, period),
      };
    };
    return {
      kind,
      stt,
      label,
      households: rates?.households ?? 0,
      poor: rates?.poor ?? 0,
      nearPoor: rates?.nearPoor ?? 0,
      previousRate: reviewedBefore?.rate ?? null,
      rate: cells('POOR_HOUSEHOLD_RATE', reviewed?.rate ?? null),
      reduction: cells(
        'POOR_HOUSEHOLD_RATE_REDUCTION',
        reviewed && reviewedBefore ? (hundredths(reviewedBefore.rate) - hundredths(reviewed.rate)) / 100 : null,
      ),
    };
  });
}

interface MoneyRow {
  assigned: string;
  allocated: string;
  disbursed: string;
  component?: { id: string } | null;
  project?: { id: string } | null;
}

export interface FundsRow {
  kind: 'total' | 'project' | 'child';
  stt: string;
  code: string;
  label: string;
  assigned: bigint;
  allocated: bigint;
  disbursed: bigint;
}

/**
 * Sheet "Kinh phí": assigned, allocated and paid by the period's last day (budgetSummary with
 * paidBy), for the plan, each project and each sub-project.
 */
export function fundsRows(
  components: readonly ComponentLike[],
  answers: { byComponent: readonly MoneyRow[]; byProject: readonly MoneyRow[]; total: readonly MoneyRow[] },
): FundsRow[] {
  const byComponent = new Map(answers.byComponent.map((row) => [row.component?.id, row]));
  const byProject = new Map(answers.byProject.map((row) => [row.project?.id, row]));
  const line = (kind: FundsRow['kind'], stt: string, code: string, label: string, row: MoneyRow | undefined) => ({
    kind,
    stt,
    code,
    label,
    assigned: BigInt(row?.assigned ?? '0'),
    allocated: BigInt(row?.allocated ?? '0'),
    disbursed: BigInt(row?.disbursed ?? '0'),
  });
  const rows: FundsRow[] = [line('total', '', '', 'TỔNG CỘNG', answers.total[0])];
  for (const { project, numeral, children } of projectTree(components)) {
    rows.push(line('project', numeral, project.code, componentLabel(project), byProject.get(project.id)));
    if (children.length === 0) continue;
    const own = byComponent.get(project.id);
    if (own && BigInt(own.assigned) !== 0n) rows.push(line('child', '-', project.code, PROJECT_OWN_LABEL, own));
    children.forEach((child, index) => {
      rows.push(line('child', String(index + 1), child.code, componentLabel(child), byComponent.get(child.id)));
    });
  }
  return rows;
}

export interface BenefitLike {
  id: string;
  amount: string | null;
  household: { id: string };
  component: { id: string; parent: { id: string } | null };
}

export interface Reach {
  households: number;
  benefits: number;
  amount: bigint;
}

export interface ReachRow extends Reach {
  kind: 'total' | 'project' | 'child';
  stt: string;
  code: string;
  label: string;
}

const reachOf = (benefits: readonly BenefitLike[]): Reach => ({
  households: new Set(benefits.map((benefit) => benefit.household.id)).size,
  benefits: benefits.length,
  amount: benefits.reduce((sum, benefit) => sum + BigInt(benefit.amount ?? '0'), 0n),
});

/**
 * Sheet "Hưởng lợi": households with at least one benefit received by the period's last day, per
 * project (its own and its sub-projects' benefits, each household once) and per component.
 */
export function reachRows(components: readonly ComponentLike[], benefits: readonly BenefitLike[]): ReachRow[] {
  const ofComponent = (id: string) => benefits.filter((benefit) => benefit.component.id === id);
  const ofProject = (id: string) =>
    benefits.filter((benefit) => (benefit.component.parent?.id ?? benefit.component.id) === id);
  const rows: ReachRow[] = [{ kind: 'total', stt: '', code: '', label: 'TỔNG CỘNG', ...reachOf(benefits) }];
  for (const { project, numeral, children } of projectTree(components)) {
    rows.push({
      kind: 'project',
      stt: numeral,
      code: project.code,
      label: componentLabel(project),
      ...reachOf(ofProject(project.id)),
    });
    if (children.length === 0) continue;
    const own = reachOf(ofComponent(project.id));
    if (own.benefits > 0) rows.push({ kind: 'child', stt: '-', code: project.code, label: PROJECT_OWN_LABEL, ...own });
    children.forEach((child, index) => {
      rows.push({
        kind: 'child',
        stt: String(index + 1),
        code: child.code,
        label: componentLabel(child),
        ...reachOf(ofComponent(child.id)),
      });
    });
  }
  return rows;
}
