import { type AmountUnit, formatAmount } from '../../../ui/amount';
import { type CellDescriber, COLUMN, columnIds, type GridRow, TOTAL_ROW } from './columns';
import type { SheetLayout } from './layout';

// The grid as a table of values, the way it is shown (subtotals and totals included): what the
// .xlsx and .csv exports write, and the layout an .xlsx import reads back.

export interface ExportRow {
  kind: GridRow['kind'];
  /** Labels as text; amounts as exact đồng (null: an empty cell). */
  cells: (string | bigint | null)[];
}

export interface ExportTable {
  title: string;
  /** "Đơn vị tính: đồng": tells the import which unit the amounts are in. */
  unitLine: string;
  unit: AmountUnit;
  header: string[];
  rows: ExportRow[];
}

export interface ExportLabels {
  title: string;
  unitLine: string;
  header: (columnId: string) => string;
}

const LABEL_COLUMNS = new Set<string>([COLUMN.component, COLUMN.capitalType, COLUMN.source]);

export function buildExportTable(
  layout: SheetLayout,
  describer: CellDescriber,
  unit: AmountUnit,
  labels: ExportLabels,
): ExportTable {
  const ids = columnIds(layout);
  const rows: ExportRow[] = [...layout.rows, TOTAL_ROW].map((row) => ({
    kind: row.kind,
    cells: ids.map((columnId) =>
      LABEL_COLUMNS.has(columnId) ? describer.describe(row, columnId).text : describer.amountOf(row, columnId),
    ),
  }));
  return { title: labels.title, unitLine: labels.unitLine, unit, header: ids.map(labels.header), rows };
}

/** The table as CSV: UTF-8 with a byte-order mark (so Excel reads the diacritics), amounts as shown. */
export function toCsv(table: ExportTable): string {
  const lines = [table.header, ...table.rows.map((row) => row.cells.map((cell) => csvText(cell, table.unit)))];
  return `\uFEFF${lines.map((line) => line.map(csvQuote).join(',')).join('\r\n')}\r\n`;
}

function csvText(cell: string | bigint | null, unit: AmountUnit): string {
  if (cell === null) return '';
  return typeof cell === 'bigint' ? formatAmount(cell, unit) : cell;
}

function csvQuote(text: string): string {
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/**
 * An amount as a spreadsheet number in the unit shown: đồng as an integer, millions as a decimal.
 * Exact as long as it fits a double's 15 significant digits, far above any district budget.
 */
export function spreadsheetNumber(value: bigint, unit: AmountUnit): number {
  if (unit === 'DONG') return Number(value);
  const negative = value < 0n;
  const magnitude = negative ? -value : value;
  const fraction = (magnitude % 1_000_000n).toString().padStart(6, '0').replace(/0+$/, '');
  const text = `${negative ? '-' : ''}${magnitude / 1_000_000n}${fraction ? `.${fraction}` : ''}`;
  return Number(text);
}
