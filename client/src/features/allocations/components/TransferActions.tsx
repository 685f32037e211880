import { type ChangeEvent, useRef, useState } from 'react';
import type { CapitalType, FundingSource } from '../../../apollo/generated';
import { type AmountUnit, formatAmount } from '../../../ui/amount';
import { Dialog } from '../../../ui/Dialog';
import { downloadBlob } from '../../../ui/download';
import { en } from '../../../ui/i18n/en';
import { useI18n } from '../../../ui/i18n/I18nProvider';
import type { AllocationMessages } from '../../../ui/i18n/messages';
import { vi } from '../../../ui/i18n/vi';
import { CellDescriber } from '../model/columns';
import { type ImportPreview, type ImportProblem, type ImportVocabulary, previewImport } from '../model/import';
import type { SheetLayout } from '../model/layout';
import type { AllocationSheet } from '../model/sheet';
import { buildExportTable, toCsv } from '../model/table';

interface TransferActionsProps {
  sheet: AllocationSheet;
  layout: SheetLayout;
  unit: AmountUnit;
  year: number;
  canImport: boolean;
  onReport: (message: string) => void;
}

/** Export the grid as shown (.xlsx, .csv); import an .xlsx in the same layout, previewed first. */
export function TransferActions({ sheet, layout, unit, year, canImport, onReport }: TransferActionsProps) {
  const { t } = useI18n();
  const m = t.allocations;
  const fileInput = useRef<HTMLInputElement>(null);
  const [preview, setPreview] = useState<{ file: string; result: ImportPreview } | null>(null);
  const [busy, setBusy] = useState(false);

  const table = () => {
    const describer = new CellDescriber(layout, sheet, unit, m);
    const header = (columnId: string) => {
      const fixed = m.columns[columnId as keyof AllocationMessages['columns']];
      return fixed ?? layout.units.find((candidate) => `u:${candidate.code}` === columnId)?.name ?? columnId;
    };
    return buildExportTable(layout, describer, unit, {
      title: m.exportTitle(year),
      unitLine: `${m.unitLabel}: ${m.unit[unit]}`,
      header,
    });
  };

  const exportXlsx = async () => {
    setBusy(true);
    try {
      const { writeXlsx } = await import('../xlsx');
      downloadBlob(`phan-bo-${year}.xlsx`, await writeXlsx(table(), m.exportTitle(year)));
    } catch {
      onReport(m.exportFailed);
    } finally {
      setBusy(false);
    }
  };

  const exportCsv = () => {
    downloadBlob(`phan-bo-${year}.csv`, new Blob([toCsv(table())], { type: 'text/csv;charset=utf-8' }));
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setBusy(true);
    try {
      const { readXlsx } = await import('../xlsx');
      const rows = await readXlsx(file);
      setPreview({ file: file.name, result: previewImport(rows, layout, sheet, vocabulary()) });
    } catch {
      onReport(m.importXlsx.readFailed);
    } finally {
      setBusy(false);
    }
  };

  const apply = () => {
    if (!preview?.result.ok) return;
    const { changes } = preview.result;
    sheet.edit(changes.map((change) => ({ key: change.key, value: change.next })));
    setPreview(null);
    onReport(m.importXlsx.applied(changes.length));
  };

  return (
    <>
      <button type="button" onClick={exportXlsx} disabled={busy} data-testid="export-xlsx">
        {m.toolbar.exportXlsx}
      </button>
      <button type="button" onClick={exportCsv} data-testid="export-csv">
        {m.toolbar.exportCsv}
      </button>
      {canImport && (
        <>
          <button type="button" onClick={() => fileInput.current?.click()} disabled={busy}>
            {m.toolbar.importXlsx}
          </button>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className="visually-hidden"
            tabIndex={-1}
            aria-hidden="true"
            onChange={onFile}
            data-testid="import-file"
          />
        </>
      )}
      <Dialog title={m.importXlsx.title} open={preview !== null} onClose={() => setPreview(null)} wide>
        {preview && (
          <ImportPreviewBody
            preview={preview.result}
            file={preview.file}
            layout={layout}
            unit={unit}
            messages={m}
            onApply={apply}
            onCancel={() => setPreview(null)}
          />
        )}
      </Dialog>
    </>
  );
}

interface ImportPreviewBodyProps {
  preview: ImportPreview;
  file: string;
  layout: SheetLayout;
  unit: AmountUnit;
  messages: AllocationMessages;
  onApply: () => void;
  onCancel: () => void;
}

function ImportPreviewBody({ preview, file, layout, unit, messages: m, onApply, onCancel }: ImportPreviewBodyProps) {
  if (!preview.ok) {
    return (
      <>
        <p className="form-error" role="alert">
          {m.importXlsx.noHeader}
        </p>
        <div className="form-actions">
          <button type="button" onClick={onCancel}>
            {m.importXlsx.cancel}
          </button>
        </div>
      </>
    );
  }
  const rowLabel = (rowKey: string) => {
    const row = [...layout.envelopeRows.values()].find((candidate) => candidate.key === rowKey);
    return row
      ? `${row.component.code} · ${m.capitalTypeShort[row.capitalType]} · ${m.sourceShort[row.source]}`
      : rowKey;
  };
  const unitName = (unitId: string) => layout.units.find((candidate) => candidate.id === unitId)?.name ?? unitId;
  return (
    <div className="import-preview" data-testid="import-preview">
      <p>{preview.changes.length > 0 ? m.importXlsx.intro(file, preview.changes.length) : m.importXlsx.noChanges}</p>
      {preview.changes.length > 0 && (
        <div className="import-table">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{m.importXlsx.row}</th>
                <th scope="col">{m.importXlsx.unit}</th>
                <th scope="col" className="money">
                  {m.importXlsx.current}
                </th>
                <th scope="col" className="money">
                  {m.importXlsx.next}
                </th>
              </tr>
            </thead>
            <tbody>
              {preview.changes.map((change) => (
                <tr key={change.key}>
                  <td>{rowLabel(change.envelopeRowKey)}</td>
                  <td>{unitName(change.unitId)}</td>
                  <td className="money">{change.current === null ? '—' : formatAmount(change.current, unit)}</td>
                  <td className="money">{formatAmount(change.next, unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      {preview.problems.length > 0 && (
        <>
          <h3>{m.importXlsx.problems}</h3>
          <ul className="issue-list">
            {preview.problems.map((problem) => (
              <li key={problemKey(problem)}>{problemText(problem, m)}</li>
            ))}
          </ul>
        </>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button-primary"
          onClick={onApply}
          disabled={preview.changes.length === 0}
          data-testid="import-apply"
        >
          {m.importXlsx.apply}
        </button>
        <button type="button" onClick={onCancel}>
          {m.importXlsx.cancel}
        </button>
      </div>
    </div>
  );
}

function problemKey(problem: ImportProblem): string {
  return problem.kind === 'UNKNOWN_UNIT'
    ? `unit-${problem.column}`
    : `${problem.kind}-${problem.fileRow}-${'column' in problem ? problem.column : ''}`;
}

function problemText(problem: ImportProblem, m: AllocationMessages): string {
  switch (problem.kind) {
    case 'UNKNOWN_ROW':
      return m.importXlsx.unknownRow(problem.fileRow, problem.label);
    case 'UNKNOWN_UNIT':
      return m.importXlsx.unknownUnit(problem.column);
    case 'INVALID_AMOUNT':
      return m.importXlsx.invalidAmount(problem.fileRow, problem.column, problem.text);
  }
}

/** Every label the export may have written, in either language, plus the API's own names. */
function vocabulary(): ImportVocabulary {
  const normalise = (text: string) => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();
  const capitalTypes = new Map<string, CapitalType>();
  const sources = new Map<string, FundingSource>();
  const fixedHeaders = new Set<string>();
  for (const messages of [vi.allocations, en.allocations]) {
    for (const [value, label] of Object.entries(messages.capitalType) as [CapitalType, string][]) {
      capitalTypes.set(normalise(label), value);
      capitalTypes.set(normalise(messages.capitalTypeShort[value]), value);
      capitalTypes.set(value.toLowerCase(), value);
    }
    for (const [value, label] of Object.entries(messages.source) as [FundingSource, string][]) {
      sources.set(normalise(label), value);
      sources.set(normalise(messages.sourceShort[value]), value);
      sources.set(value.toLowerCase(), value);
    }
    for (const header of Object.values(messages.columns)) fixedHeaders.add(normalise(header));
  }
  return { capitalTypes, sources, fixedHeaders };
}
