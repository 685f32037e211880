import type { DeadlineKind, ReportingState } from '../../../apollo/generated';
import { formatDate, formatNumber } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';

interface Obligation {
  kind: DeadlineKind;
  dueOn: string;
  state: ReportingState;
  daysLate: number;
  unit: { id: string; name: string };
  submission: { submittedOn: string } | null;
}

/** The reports past their deadline: missing ones, then late ones, each with its days late. */
export function AttentionTable({ obligations }: { obligations: readonly Obligation[] }) {
  const { t } = useI18n();
  const m = t.reports.attention;
  if (obligations.length === 0) {
    return (
      <p className="empty" data-testid="late-and-missing-empty">
        <span aria-hidden="true">✓ </span>
        {m.empty}
      </p>
    );
  }
  return (
    <table className="table reports-table" data-testid="late-and-missing">
      <caption className="visually-hidden">{m.title}</caption>
      <thead>
        <tr>
          <th scope="col">{m.columns.unit}</th>
          <th scope="col">{m.columns.kind}</th>
          <th scope="col">{m.columns.dueOn}</th>
          <th scope="col">{m.columns.state}</th>
          <th scope="col" className="number">
            {m.columns.daysLate}
          </th>
          <th scope="col">{m.columns.submittedOn}</th>
        </tr>
      </thead>
      <tbody>
        {obligations.map((obligation) => (
          <tr
            key={`${obligation.kind}:${obligation.unit.id}`}
            data-testid={`late-${obligation.unit.name}-${obligation.kind}`}
            data-state={obligation.state}
          >
            <th scope="row">{obligation.unit.name}</th>
            <td>{t.plan.deadlineKind[obligation.kind]}</td>
            <td className="nowrap">{formatDate(obligation.dueOn)}</td>
            <td className="report-late">
              <span aria-hidden="true">{obligation.state === 'OVERDUE' ? '✗ ' : '⚠ '}</span>
              {t.reports.state[obligation.state]}
            </td>
            <td className="number">{formatNumber(obligation.daysLate)}</td>
            <td className="nowrap">{obligation.submission ? formatDate(obligation.submission.submittedOn) : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
