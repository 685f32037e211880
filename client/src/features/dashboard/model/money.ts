import { percentOf } from '../../../ui/percent';

/** One budgetSummary row as the API sends it: whole đồng as decimal strings. */
export interface SummaryAmounts {
  assigned: string;
  allocated: string;
  disbursed: string;
}

/** A line of a money table: the amounts, exact, and the shares every table and chart shows. */
export interface MoneyLine<T> {
  item: T;
  assigned: bigint;
  allocated: bigint;
  disbursed: bigint;
  /** Allocated as a percentage of assigned (tỷ lệ phân bổ). */
  allocatedShare: number | null;
  /** Disbursed as a percentage of assigned (tỷ lệ giải ngân so với vốn giao). */
  disbursedShare: number | null;
}

/**
 * The line of one summary row. Grouped by unit, the API's `assigned` of a unit is what was
 * allocated to it, so one formula (disbursed / assigned) is the disbursement rate at every level.
 */
export function moneyLine<T>(item: T, amounts: SummaryAmounts): MoneyLine<T> {
  const assigned = BigInt(amounts.assigned);
  const allocated = BigInt(amounts.allocated);
  const disbursed = BigInt(amounts.disbursed);
  return {
    item,
    assigned,
    allocated,
    disbursed,
    allocatedShare: percentOf(allocated, assigned),
    disbursedShare: percentOf(disbursed, assigned),
  };
}

/** The total line under a table: amounts add up, the shares are recomputed from them (never averaged). */
export function totalLine(lines: readonly MoneyLine<unknown>[]): MoneyLine<null> {
  const sum = (pick: (line: MoneyLine<unknown>) => bigint) => lines.reduce((total, line) => total + pick(line), 0n);
  const assigned = sum((line) => line.assigned);
  const allocated = sum((line) => line.allocated);
  const disbursed = sum((line) => line.disbursed);
  return {
    item: null,
    assigned,
    allocated,
    disbursed,
    allocatedShare: percentOf(allocated, assigned),
    disbursedShare: percentOf(disbursed, assigned),
  };
}

/**
 * The units that have disbursed the smallest share of what they were allocated: only units that
 * were allocated something; ties go to the larger amount still unpaid, then to the name.
 */
export function lowestDisbursement<T extends { name: string }>(
  lines: readonly MoneyLine<T>[],
  count: number,
): MoneyLine<T>[] {
  return lines
    .filter((line) => line.assigned > 0n)
    .sort((a, b) => {
      const byShare = (a.disbursedShare ?? 0) - (b.disbursedShare ?? 0);
      if (byShare !== 0) return byShare;
      const unpaidA = a.assigned - a.disbursed;
      const unpaidB = b.assigned - b.disbursed;
      if (unpaidA !== unpaidB) return unpaidA > unpaidB ? -1 : 1;
      return a.item.name.localeCompare(b.item.name, 'vi');
    })
    .slice(0, count);
}

const ONE_MILLION = 1_000_000n;

/**
 * An amount in millions of đồng, as a chart plots it (to the thousand đồng). Charts only draw: the
 * exact figures are in the table under them.
 */
export function millionsForChart(amount: bigint): number {
  return Number(amount / (ONE_MILLION / 1000n)) / 1000;
}

export interface MoneyAnswer<P, S, U> {
  byProject: readonly (SummaryAmounts & { project: P | null })[];
  bySource: readonly (SummaryAmounts & { source: S | null })[];
  byUnit: readonly (SummaryAmounts & { unit: U | null })[];
}

/**
 * The dashboard's money: lines per project and per source with their totals, and the units that
 * have disbursed the least of what they were given. The row grouped by unit without a unit (money
 * assigned but not yet allocated) is no unit's, so it never counts as one.
 */
export function moneyOverview<P, S, U extends { name: string }>(answer: MoneyAnswer<P, S, U>, lowestCount = 5) {
  const projects = answer.byProject.flatMap((row) => (row.project ? [moneyLine(row.project, row)] : []));
  const sources = answer.bySource.flatMap((row) => (row.source ? [moneyLine(row.source, row)] : []));
  const units = answer.byUnit.flatMap((row) => (row.unit ? [moneyLine(row.unit, row)] : []));
  return {
    projects,
    projectTotal: totalLine(projects),
    sources,
    sourceTotal: totalLine(sources),
    lowest: lowestDisbursement(units, lowestCount),
  };
}
