import type { CapitalType, FundingSource } from '../../../apollo/generated';
import { type AmountUnit, parseAmount } from '../../../ui/amount';
import type { SheetLayout } from './layout';
import type { AllocationSheet, CellKey } from './sheet';
import { cellKey } from './sheet';

// Reading back a spreadsheet in the grid's export layout: find the header, match rows by
// component code, capital type and source, columns by unit name (or code), and list every cell
// whose amount differs from what the grid holds now.

/** A worksheet cell as read: a number, text, or nothing. */
export type ImportCell = string | number | null;

export interface ImportChange {
  key: CellKey;
  /** 1-based row number in the file, as the officer sees it in Excel. */
  fileRow: number;
  envelopeRowKey: string;
  unitId: string;
  current: bigint | null;
  next: bigint;
}

export type ImportProblem =
  | { kind: 'UNKNOWN_ROW'; fileRow: number; label: string }
  | { kind: 'UNKNOWN_UNIT'; column: string }
  | { kind: 'INVALID_AMOUNT'; fileRow: number; column: string; text: string };

export type ImportPreview =
  | { ok: true; unit: AmountUnit; changes: ImportChange[]; problems: ImportProblem[] }
  | { ok: false; error: 'NO_HEADER' };

/** Every word the export may have written for a label, in either language, and the enum names. */
export interface ImportVocabulary {
  capitalTypes: ReadonlyMap<string, CapitalType>;
  sources: ReadonlyMap<string, FundingSource>;
  /** Headers of the non-unit columns (component, assigned, totals...), ignored as columns. */
  fixedHeaders: ReadonlySet<string>;
}

const normalise = (text: string): string => text.normalize('NFC').trim().replace(/\s+/g, ' ').toLowerCase();

const textOf = (cell: ImportCell | undefined): string =>
  cell === null || cell === undefined ? '' : typeof cell === 'number' ? String(cell) : cell;

const LEADING_CODE = /^(\d+(?:\.\d+)*)\s/;

export function previewImport(
  rows: readonly (readonly ImportCell[])[],
  layout: SheetLayout,
  sheet: AllocationSheet,
  vocabulary: ImportVocabulary,
): ImportPreview {
  const unitByHeader = new Map<string, string>();
  for (const unit of layout.units) {
    unitByHeader.set(normalise(unit.name), unit.id);
    unitByHeader.set(normalise(unit.code), unit.id);
  }
  const headerIndex = rows.findIndex((row) => row.some((cell) => unitByHeader.has(normalise(textOf(cell)))));
  if (headerIndex < 0) return { ok: false, error: 'NO_HEADER' };

  // "Đơn vị tính: triệu đồng" (or "Unit: million đồng") above the header says how to read numbers.
  const unit: AmountUnit = rows
    .slice(0, headerIndex)
    .some((row) => row.some((cell) => /triệu|million/i.test(textOf(cell))))
    ? 'MILLION'
    : 'DONG';

  const problems: ImportProblem[] = [];
  const unitColumns: { index: number; unitId: string; header: string }[] = [];
  (rows[headerIndex] ?? []).forEach((cell, index) => {
    const header = textOf(cell).trim();
    if (index < 3 || header === '') return;
    const unitId = unitByHeader.get(normalise(header));
    if (unitId) unitColumns.push({ index, unitId, header });
    else if (!vocabulary.fixedHeaders.has(normalise(header))) problems.push({ kind: 'UNKNOWN_UNIT', column: header });
  });

  const envelopeRows = new Map<string, { key: string; envelopeId: string }>();
  for (const row of layout.envelopeRows.values()) {
    envelopeRows.set(`${row.component.code}|${row.capitalType}|${row.source}`, {
      key: row.key,
      envelopeId: row.envelopeId,
    });
  }

  const changes: ImportChange[] = [];
  rows.slice(headerIndex + 1).forEach((row, offset) => {
    const fileRow = headerIndex + offset + 2;
    const label = textOf(row[0]).trim();
    const capitalType = vocabulary.capitalTypes.get(normalise(textOf(row[1])));
    const source = vocabulary.sources.get(normalise(textOf(row[2])));
    const code = LEADING_CODE.exec(`${label} `)?.[1];
    // Subtotal and total lines carry neither a capital type nor a source: computed, not imported.
    if (!capitalType && !source) return;
    const target = code && capitalType && source ? envelopeRows.get(`${code}|${capitalType}|${source}`) : undefined;
    if (!target) {
      problems.push({ kind: 'UNKNOWN_ROW', fileRow, label: label || textOf(row[1]) });
      return;
    }
    for (const column of unitColumns) {
      const cell = row[column.index] ?? null;
      const key = cellKey(target.envelopeId, column.unitId);
      const current = sheet.view(key).value;
      const read = readAmount(cell, unit);
      if (read === 'INVALID') {
        problems.push({ kind: 'INVALID_AMOUNT', fileRow, column: column.header, text: textOf(cell) });
        continue;
      }
      // An empty cell clears an amount that is there; zero or nothing on an empty cell changes nothing.
      const next = read ?? 0n;
      if (next === (current ?? 0n)) continue;
      changes.push({ key, fileRow, envelopeRowKey: target.key, unitId: column.unitId, current, next });
    }
  });
  return { ok: true, unit, changes, problems };
}

function readAmount(cell: ImportCell, unit: AmountUnit): bigint | null | 'INVALID' {
  if (cell === null || (typeof cell === 'string' && cell.trim() === '')) return null;
  if (typeof cell === 'number') {
    if (!Number.isFinite(cell) || cell < 0) return 'INVALID';
    // A spreadsheet number's shortest decimal form, read in Vietnamese notation: exact, no float maths.
    const text = String(cell);
    if (/e/i.test(text)) return 'INVALID';
    const parsed = parseAmount(text.replace('.', ','), unit);
    return parsed.ok ? parsed.value : 'INVALID';
  }
  const parsed = parseAmount(cell, unit);
  return parsed.ok ? parsed.value : 'INVALID';
}
