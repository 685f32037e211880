import { useI18n } from '../../../ui/i18n/I18nProvider';
import type { SheetLayout } from '../model/layout';
import type { AllocationSheet, CellIssue, CellKey } from '../model/sheet';
import { splitCellKey } from '../model/sheet';
import type { GeneralIssue } from './AllocationWorkspace';

interface IssueListProps {
  sheet: AllocationSheet;
  layout: SheetLayout;
  generalIssues: readonly GeneralIssue[];
  describe: (key: CellKey, issue: CellIssue) => string;
  onGoTo: (key: CellKey) => void;
}

/** Why the server refused a save, cell by cell, each with a way to reach the cell by keyboard. */
export function IssueList({ sheet, layout, generalIssues, describe, onGoTo }: IssueListProps) {
  const { t } = useI18n();
  const m = t.allocations;
  const cellIssues = sheet.issueEntries();
  if (cellIssues.length === 0 && generalIssues.length === 0) return null;
  return (
    <ul className="issue-list" data-testid="issues">
      {generalIssues.map((issue) => (
        <li key={`${issue.code}-${issue.field?.join('.')}`}>{m.errorCode[issue.code] ?? issue.message}</li>
      ))}
      {cellIssues.map(([key, issue]) => {
        const { envelopeId, unitId } = splitCellKey(key);
        const row = layout.envelopeRows.get(envelopeId);
        const unit = layout.units.find((candidate) => candidate.id === unitId);
        return (
          <li key={key}>
            <button type="button" className="link-button" onClick={() => onGoTo(key)}>
              {row
                ? `${row.component.code} · ${m.capitalTypeShort[row.capitalType]} · ${m.sourceShort[row.source]}`
                : ''}
              {unit ? ` — ${unit.name}` : ''}
            </button>
            : {describe(key, issue)}
          </li>
        );
      })}
    </ul>
  );
}
