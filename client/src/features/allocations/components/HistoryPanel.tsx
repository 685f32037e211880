import { type AmountUnit, formatAmount, formatDong } from '../../../ui/amount';
import { formatDateTime } from '../../../ui/date-input';
import { formatDate, parseMoney } from '../../../ui/format';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import type { AllocationMessages } from '../../../ui/i18n/messages';
import { useCellHistory, useEnvelopeAssignments } from '../hooks/useCellHistory';
import { COLUMN, type GridRow } from '../model/columns';
import type { SheetLayout } from '../model/layout';
import type { AllocationSheet } from '../model/sheet';
import { splitCellKey } from '../model/sheet';
import type { FocusedCell } from './AllocationGrid';

interface HistoryPanelProps {
  sheet: AllocationSheet;
  layout: SheetLayout;
  focused: FocusedCell | null;
  unit: AmountUnit;
}

const money = (amount: string | null): string | null => (amount === null ? null : formatDong(parseMoney(amount)));

/** Who changed the focused cell, when, from what to what, and under which decision or reason. */
export function HistoryPanel({ sheet, layout, focused, unit }: HistoryPanelProps) {
  const { t } = useI18n();
  const m = t.allocations.history;
  const key = focused?.cellKey ?? null;
  const view = key ? sheet.view(key) : null;
  const allocationId = view?.server?.allocationId ?? null;
  const { entries } = useCellHistory(allocationId, view?.server?.version ?? null);
  const envelopeRow = focused?.columnId === COLUMN.assigned && focused.row.kind === 'envelope' ? focused.row : null;
  const { assignments } = useEnvelopeAssignments(envelopeRow?.envelopeId ?? null);

  return (
    <aside className="panel history-panel" aria-labelledby="history-title" data-testid="history">
      <h2 id="history-title">{m.title}</h2>
      {key && view && focused ? (
        <>
          <p className="history-cell">{cellTitle(focused.row, key, layout, t.allocations)}</p>
          {view.draft && (
            <p className="history-unsaved">
              {m.unsaved(
                view.server ? formatAmount(view.server.amount, unit) : '—',
                view.invalidText ?? (view.value === null ? '—' : formatAmount(view.value, unit)),
              )}
            </p>
          )}
          {!allocationId ? (
            <p className="empty">{m.noAllocation}</p>
          ) : entries === null ? (
            <p className="loading">{t.app.loading}</p>
          ) : entries.length === 0 ? (
            <p className="empty">{m.empty}</p>
          ) : (
            <ol className="history-list" reversed>
              {[...entries].reverse().map((entry) => (
                <li key={entry.id}>
                  <p className="history-head">
                    <strong>{m.action[entry.action]}</strong>{' '}
                    <time dateTime={entry.at}>{formatDateTime(entry.at)}</time>{' '}
                    {m.by(entry.user?.displayName ?? m.system)}
                  </p>
                  <p className="history-change">{m.change(money(entry.oldAmount), money(entry.newAmount))}</p>
                  {entry.decisionNumber && (
                    <p>
                      {m.decision(entry.decisionNumber, entry.decisionDate ? formatDate(entry.decisionDate) : null)}
                    </p>
                  )}
                  {entry.reason && <p>{m.reason(entry.reason)}</p>}
                </li>
              ))}
            </ol>
          )}
        </>
      ) : envelopeRow ? (
        <>
          <p className="history-cell">
            {envelopeRow.component.code} · {t.allocations.capitalTypeShort[envelopeRow.capitalType]} ·{' '}
            {t.allocations.sourceShort[envelopeRow.source]}
          </p>
          <h3>{m.assignmentsTitle}</h3>
          {assignments === null ? (
            <p className="loading">{t.app.loading}</p>
          ) : (
            <ol className="history-list">
              {assignments.map((assignment) => (
                <li key={`${assignment.decision.id}-${assignment.recordedAt}`}>
                  <p>
                    {m.assignment(
                      formatDong(parseMoney(assignment.amount)),
                      assignment.decision.number,
                      formatDate(assignment.decision.issuedOn),
                      assignment.decision.issuer,
                    )}
                  </p>
                  <p className="muted">
                    <time dateTime={assignment.recordedAt}>{formatDateTime(assignment.recordedAt)}</time>{' '}
                    {m.by(assignment.recordedBy?.displayName ?? m.system)}
                  </p>
                </li>
              ))}
            </ol>
          )}
        </>
      ) : (
        <p className="empty">{m.chooseCell}</p>
      )}
    </aside>
  );
}

function cellTitle(row: GridRow, key: string, layout: SheetLayout, m: AllocationMessages): string {
  const { unitId } = splitCellKey(key);
  const unit = layout.units.find((candidate) => candidate.id === unitId);
  const label =
    row.kind === 'envelope'
      ? `${row.component.code} ${row.component.name} · ${m.capitalTypeShort[row.capitalType]} · ${m.sourceShort[row.source]}`
      : m.total;
  return m.history.cell(label, unit?.name ?? '');
}
