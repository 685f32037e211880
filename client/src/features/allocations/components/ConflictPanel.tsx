import { type AmountUnit, formatAmount } from '../../../ui/amount';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import type { SheetLayout } from '../model/layout';
import type { AllocationSheet, CellKey } from '../model/sheet';
import { splitCellKey } from '../model/sheet';

interface ConflictPanelProps {
  sheet: AllocationSheet;
  layout: SheetLayout;
  unit: AmountUnit;
  onGoTo: (key: CellKey) => void;
}

/** Cells someone else saved while they were being changed here: yours against theirs, and a choice. */
export function ConflictPanel({ sheet, layout, unit, onGoTo }: ConflictPanelProps) {
  const { t } = useI18n();
  const m = t.allocations;
  const keys = sheet.conflictKeys();
  if (keys.length === 0) return null;
  const show = (value: bigint | null | undefined) =>
    value === null || value === undefined ? '—' : formatAmount(value, unit);
  return (
    <section className="panel conflict-panel" aria-labelledby="conflict-title" data-testid="conflicts">
      <h2 id="conflict-title">
        <span aria-hidden="true">⇄ </span>
        {m.conflicts.title}
      </h2>
      <p>{m.conflicts.intro}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">{m.conflicts.cell}</th>
            <th scope="col">{m.conflicts.yours}</th>
            <th scope="col">{m.conflicts.theirs}</th>
            <th scope="col">
              <span className="visually-hidden">{m.conflicts.keepMine}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {keys.map((key) => {
            const view = sheet.view(key);
            const { envelopeId, unitId } = splitCellKey(key);
            const row = layout.envelopeRows.get(envelopeId);
            const unitInfo = layout.units.find((candidate) => candidate.id === unitId);
            return (
              <tr key={key} data-cell={key}>
                <td>
                  <button type="button" className="link-button" onClick={() => onGoTo(key)}>
                    {row
                      ? `${row.component.code} · ${m.capitalTypeShort[row.capitalType]} · ${m.sourceShort[row.source]}`
                      : ''}
                    {unitInfo ? ` — ${unitInfo.name}` : ''}
                  </button>
                </td>
                <td className="money" data-testid="conflict-yours">
                  {view.invalidText ?? show(view.value)}
                </td>
                <td className="money" data-testid="conflict-theirs">
                  {show(view.server?.amount)}
                  {view.server?.updatedBy && <span className="muted"> ({m.conflicts.by(view.server.updatedBy)})</span>}
                </td>
                <td className="actions">
                  <button type="button" onClick={() => sheet.resolveConflict(key, 'mine')} data-testid="keep-mine">
                    {m.conflicts.keepMine}
                  </button>
                  <button type="button" onClick={() => sheet.resolveConflict(key, 'theirs')} data-testid="take-theirs">
                    {m.conflicts.takeTheirs}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
