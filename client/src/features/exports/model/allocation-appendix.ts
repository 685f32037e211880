import type { CapitalType, FundingSource } from '../../../apollo/generated';
import {
  CAPITAL_TYPE_ORDER,
  type ComponentLike,
  componentLabel,
  PROJECT_OWN_LABEL,
  projectTree,
  SOURCE_ORDER,
} from './document';

interface Amounts {
  assigned: string;
  allocated: string;
}

interface Keys {
  component?: { id: string } | null;
  project?: { id: string } | null;
  capitalType?: CapitalType | null;
  source?: FundingSource | null;
  unit?: { id: string } | null;
}

type SummaryRow = Amounts & Keys;

/** The budgetSummary answers the appendix is made of, one per grouping, as the spreadsheet asks them. */
export interface AppendixAnswers {
  /** [COMPONENT, CAPITAL_TYPE, SOURCE, UNIT] */
  cells: readonly SummaryRow[];
  /** [PROJECT, CAPITAL_TYPE, SOURCE, UNIT] */
  projectCells: readonly SummaryRow[];
  /** [CAPITAL_TYPE, SOURCE, UNIT] */
  totalCells: readonly SummaryRow[];
  /** [COMPONENT, CAPITAL_TYPE, SOURCE] */
  groups: readonly SummaryRow[];
  /** [PROJECT, CAPITAL_TYPE, SOURCE] */
  projectGroups: readonly SummaryRow[];
  /** [CAPITAL_TYPE, SOURCE] */
  totalGroups: readonly SummaryRow[];
  /** [COMPONENT] */
  components: readonly SummaryRow[];
  /** [PROJECT] */
  projects: readonly SummaryRow[];
  /** [] */
  total: readonly SummaryRow[];
}

export interface UnitLike {
  id: string;
  name: string;
}

/** A capital type and source that money went to, with the units that received some, in the plan's order. */
export interface AppendixGroup<U extends UnitLike> {
  capitalType: CapitalType;
  source: FundingSource;
  units: U[];
}

/** An amount cell: null where the spreadsheet leaves the cell blank. */
export type Cell = bigint | null;

export interface AppendixRow {
  kind: 'total' | 'project' | 'child';
  stt: string;
  code: string;
  label: string;
  assigned: Cell;
  allocated: Cell;
  unallocated: Cell;
  groups: { total: Cell; units: Cell[] }[];
}

const groupKey = (capitalType: CapitalType | null | undefined, source: FundingSource | null | undefined) =>
  `${capitalType ?? ''}|${source ?? ''}`;
const key = (id: string | undefined, row: Keys, unitId: string | undefined) =>
  `${id ?? ''}|${groupKey(row.capitalType, row.source)}|${unitId ?? ''}`;
const indexed = (rows: readonly SummaryRow[], keyOf: (row: SummaryRow) => string) =>
  new Map(rows.map((row) => [keyOf(row), row]));

/**
 * The allocation decision's appendix (sheet "Phân bổ" of allocation-decision.xlsx): a row for the
 * total, each project and each sub-project; columns for the assigned, allocated and unallocated
 * amounts, then per capital type and source their total and each unit's share. Every amount is one
 * budgetSummary answer, never a sum made here, so the page adds up exactly when the API does.
 */
export function allocationAppendix<C extends ComponentLike, U extends UnitLike>(
  components: readonly C[],
  units: readonly U[],
  answers: AppendixAnswers,
) {
  const position = new Map(units.map((unit, index) => [unit.id, index]));
  const groups: AppendixGroup<U>[] = answers.totalGroups
    .flatMap((row) => (row.capitalType && row.source ? [{ capitalType: row.capitalType, source: row.source }] : []))
    .sort(
      (a, b) =>
        CAPITAL_TYPE_ORDER.indexOf(a.capitalType) - CAPITAL_TYPE_ORDER.indexOf(b.capitalType) ||
        SOURCE_ORDER.indexOf(a.source) - SOURCE_ORDER.indexOf(b.source),
    )
    .map((group) => ({
      ...group,
      units: answers.totalCells
        .filter(
          (row) =>
            row.unit &&
            BigInt(row.allocated) !== 0n &&
            groupKey(row.capitalType, row.source) === groupKey(group.capitalType, group.source),
        )
        .flatMap((row) => units.filter((unit) => unit.id === row.unit?.id))
        .sort(
          (a, b) => (position.get(a.id) ?? Number.MAX_SAFE_INTEGER) - (position.get(b.id) ?? Number.MAX_SAFE_INTEGER),
        ),
    }));

  const cells = indexed(answers.cells, (row) => key(row.component?.id, row, row.unit?.id));
  const projectCells = indexed(answers.projectCells, (row) => key(row.project?.id, row, row.unit?.id));
  const totalCells = indexed(answers.totalCells, (row) => key(undefined, row, row.unit?.id));
  const groupTotals = indexed(answers.groups, (row) => key(row.component?.id, row, undefined));
  const projectGroupTotals = indexed(answers.projectGroups, (row) => key(row.project?.id, row, undefined));
  const totalGroupTotals = indexed(answers.totalGroups, (row) => key(undefined, row, undefined));
  const componentTotals = indexed(answers.components, (row) => row.component?.id ?? '');
  const projectTotals = indexed(answers.projects, (row) => row.project?.id ?? '');

  const amount = (value: bigint, blankWhenZero: boolean): Cell => (blankWhenZero && value === 0n ? null : value);
  const amounts = (
    totals: SummaryRow | undefined,
    groupTotal: (group: AppendixGroup<U>) => SummaryRow | undefined,
    unitCell: (group: AppendixGroup<U>, unit: U) => SummaryRow | undefined,
    blankWhenZero: boolean,
  ) => {
    const assigned = BigInt(totals?.assigned ?? '0');
    const allocated = BigInt(totals?.allocated ?? '0');
    return {
      assigned: amount(assigned, blankWhenZero),
      allocated: amount(allocated, blankWhenZero),
      unallocated: amount(assigned - allocated, blankWhenZero),
      groups: groups.map((group) => ({
        total: amount(BigInt(groupTotal(group)?.allocated ?? '0'), blankWhenZero),
        // A unit that received nothing of a row is a blank cell, in every row.
        units: group.units.map((unit) => amount(BigInt(unitCell(group, unit)?.allocated ?? '0'), true)),
      })),
    };
  };

  const rows: AppendixRow[] = [
    {
      kind: 'total',
      stt: '',
      code: '',
      label: 'TỔNG CỘNG',
      ...amounts(
        answers.total[0],
        (group) => totalGroupTotals.get(key(undefined, group, undefined)),
        (group, unit) => totalCells.get(key(undefined, group, unit.id)),
        false,
      ),
    },
  ];
  const componentRow = (component: C, stt: string, label: string): AppendixRow => ({
    kind: 'child',
    stt,
    code: component.code,
    label,
    ...amounts(
      componentTotals.get(component.id),
      (group) => groupTotals.get(key(component.id, group, undefined)),
      (group, unit) => cells.get(key(component.id, group, unit.id)),
      true,
    ),
  });
  for (const { project, numeral, children } of projectTree(components)) {
    rows.push({
      kind: 'project',
      stt: numeral,
      code: project.code,
      label: componentLabel(project),
      ...amounts(
        projectTotals.get(project.id),
        (group) => projectGroupTotals.get(key(project.id, group, undefined)),
        (group, unit) => projectCells.get(key(project.id, group, unit.id)),
        true,
      ),
    });
    if (children.length === 0) continue;
    // Money assigned to the project itself gets a row of its own, so the sub-projects still add up.
    const own = componentTotals.get(project.id);
    if (own && (BigInt(own.assigned) !== 0n || BigInt(own.allocated) !== 0n)) {
      rows.push(componentRow(project, '-', PROJECT_OWN_LABEL));
    }
    children.forEach((child, index) => {
      rows.push(componentRow(child, String(index + 1), componentLabel(child)));
    });
  }
  return { groups, rows };
}

export interface Adjustment {
  decisionNumber: string | null;
  decisionDate: string | null;
  reason: string | null;
}

/** One line per adjusting decision, oldest first (the audit log lists the newest first). */
export function adjustmentLines(entries: readonly Adjustment[], formatDate: (isoDate: string) => string): string[] {
  const byDecision = new Map<string, { number: string; date: string; reasons: Set<string>; cells: number }>();
  for (const entry of [...entries].reverse()) {
    const key = `${entry.decisionNumber}|${entry.decisionDate}`;
    const line = byDecision.get(key) ?? {
      number: entry.decisionNumber ?? '',
      date: entry.decisionDate ?? '',
      reasons: new Set<string>(),
      cells: 0,
    };
    line.cells += 1;
    if (entry.reason) line.reasons.add(entry.reason);
    byDecision.set(key, line);
  }
  return [...byDecision.values()].map(
    (line) =>
      `Điều chỉnh theo Quyết định số ${line.number}${line.date ? ` ngày ${formatDate(line.date)}` : ''}: ` +
      `${line.cells} lần thay đổi ô phân bổ${line.reasons.size > 0 ? `; lý do: ${[...line.reasons].join('; ')}` : ''}.`,
  );
}
