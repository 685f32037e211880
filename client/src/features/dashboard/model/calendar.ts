import type { DeadlineKind, ReportingState } from '../../../apollo/generated';

export interface ObligationLike {
  kind: DeadlineKind;
  dueOn: string;
  state: ReportingState;
  daysLate: number;
  unit: { id: string; name: string };
}

export interface StateCounts {
  onTime: number;
  late: number;
  overdue: number;
  notYetDue: number;
}

/** One deadline of the plan: a column of the calendar. */
export interface CalendarColumn {
  kind: DeadlineKind;
  dueOn: string;
  counts: StateCounts;
}

/** One unit: a row of the calendar, with its obligation under each deadline it owes. */
export interface CalendarRow<O extends ObligationLike> {
  unit: O['unit'];
  cells: Partial<Record<DeadlineKind, O>>;
}

/** The states a leader must act on: late, and past the deadline without a report. */
export const LATE_STATES: readonly ReportingState[] = ['SUBMITTED_LATE', 'OVERDUE'];

const COUNTED: Record<ReportingState, keyof StateCounts> = {
  SUBMITTED_ON_TIME: 'onTime',
  SUBMITTED_LATE: 'late',
  OVERDUE: 'overdue',
  NOT_YET_DUE: 'notYetDue',
};

/**
 * The reporting calendar as a table: a column per deadline (by due date), a row per unit that
 * owes anything (in the plan's order of units: the server lists each deadline's units so, and the
 * deadline that asks the most units sets the order), each cell the server's state and days late.
 */
export function reportingMatrix<O extends ObligationLike>(obligations: readonly O[]) {
  const columns = new Map<DeadlineKind, CalendarColumn>();
  const byKind = new Map<DeadlineKind, O[]>();
  for (const obligation of obligations) {
    const column = columns.get(obligation.kind) ?? {
      kind: obligation.kind,
      dueOn: obligation.dueOn,
      counts: { onTime: 0, late: 0, overdue: 0, notYetDue: 0 },
    };
    column.counts[COUNTED[obligation.state]] += 1;
    columns.set(obligation.kind, column);
    byKind.set(obligation.kind, [...(byKind.get(obligation.kind) ?? []), obligation]);
  }
  const rows = new Map<string, CalendarRow<O>>();
  const widestFirst = [...byKind.values()].sort((a, b) => b.length - a.length);
  for (const list of widestFirst) {
    for (const obligation of list) {
      const row: CalendarRow<O> = rows.get(obligation.unit.id) ?? { unit: obligation.unit, cells: {} };
      row.cells[obligation.kind] = obligation;
      rows.set(obligation.unit.id, row);
    }
  }
  const total = [...columns.values()].reduce(
    (sum, column) => ({ late: sum.late + column.counts.late, overdue: sum.overdue + column.counts.overdue }),
    { late: 0, overdue: 0 },
  );
  return {
    // ISO dates sort as strings.
    columns: [...columns.values()].sort((a, b) => a.dueOn.localeCompare(b.dueOn)),
    rows: [...rows.values()],
    late: total.late,
    overdue: total.overdue,
  };
}
