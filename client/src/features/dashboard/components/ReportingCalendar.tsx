import type { ReportingState } from '../../../apollo/generated';
import { formatDate } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import { type CalendarColumn, type CalendarRow, LATE_STATES, type ObligationLike } from '../model/calendar';

const ICON: Record<ReportingState, string> = {
  SUBMITTED_ON_TIME: '✓',
  SUBMITTED_LATE: '⚠',
  OVERDUE: '✗',
  NOT_YET_DUE: '–',
};

type Obligation = ObligationLike & { submission: { submittedOn: string } | null };

interface ReportingCalendarProps {
  columns: readonly CalendarColumn[];
  rows: readonly CalendarRow<Obligation>[];
}

/**
 * Who has sent each report the plan asks for: a column per deadline (commune plans 30/4, half-year
 * reports 10/6, annual reports 10/11), a row per unit, late and missing ones in words and with an icon.
 */
export function ReportingCalendar({ columns, rows }: ReportingCalendarProps) {
  const { t } = useI18n();
  const m = t.dashboard.reports;
  return (
    <table className="table dashboard-table reporting-calendar" data-testid="reporting-calendar">
      <caption className="visually-hidden">{m.title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.unit}</th>
          {columns.map((column) => (
            <th scope="col" key={column.kind} data-testid={`calendar-column-${column.kind}`}>
              <span className="calendar-kind">{t.plan.deadlineKind[column.kind]}</span>
              <span className="calendar-due">{m.due(formatDate(column.dueOn))}</span>
              <span className="calendar-counts">{m.summary(column.counts)}</span>
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.unit.id} data-testid={`calendar-row-${row.unit.name}`}>
            <th scope="row">{row.unit.name}</th>
            {columns.map((column) => {
              const obligation = row.cells[column.kind];
              if (!obligation) {
                return (
                  <td key={column.kind} className="calendar-cell calendar-none">
                    {m.notObliged}
                  </td>
                );
              }
              const late = LATE_STATES.includes(obligation.state);
              return (
                <td
                  key={column.kind}
                  className={`calendar-cell calendar-${obligation.state.toLowerCase()}${late ? ' is-late' : ''}`}
                  data-state={obligation.state}
                  data-testid={`calendar-${row.unit.name}-${column.kind}`}
                >
                  <span aria-hidden="true">{ICON[obligation.state]}</span>{' '}
                  {t.reports.stateWithDays(obligation.state, obligation.daysLate)}
                  {obligation.submission && (
                    <span className="calendar-date">{formatDate(obligation.submission.submittedOn)}</span>
                  )}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
