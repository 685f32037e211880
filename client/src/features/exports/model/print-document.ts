import type { DocumentColumnAlign, PrintDocumentFragment } from '../../../apollo/generated';
import { groupThousands } from '../../../ui/amount';
import { formatDate, formatNumber, parseMoney } from '../../../ui/format';
import { percentOf } from '../../../ui/percent';

// The printable pages draw the server's model of each document (the one its .xlsx is written
// from, server/src/modules/reports/exports/document.ts). Nothing here knows a document: only how a
// model cell reads on paper, as Excel shows the same cell's number format in Vietnamese notation.
// The documents are in Vietnamese whatever the console's language.

export type PrintSheet = PrintDocumentFragment['sheets'][number];
export type PrintRow = PrintSheet['rows'][number];
export type PrintCell = PrintRow['cells'][number];
export type PrintHeaderCell = PrintSheet['header'][number];

// Columns an A4 landscape page holds at the document's type size; a wider table is scaled down.
const COLUMNS_PER_PAGE = 16;

/** Two decimals, as the spreadsheet's `0.00` shows them: 32,73. */
const twoDecimals = (value: number) =>
  value.toLocaleString('vi-VN', { minimumFractionDigits: 2, maximumFractionDigits: 2, useGrouping: false });

/** A cell's text on the page: what Excel shows for the same cell of the .xlsx in a vi-VN locale. */
export function cellText(cell: PrintCell): string {
  switch (cell.kind) {
    case 'TEXT':
      return cell.text ?? '';
    case 'MONEY':
      return cell.amount === null ? '' : groupThousands(parseMoney(cell.amount));
    case 'COUNT':
      return cell.count === null ? '' : formatNumber(cell.count);
    case 'PERCENT_POINTS': {
      if (cell.hundredths === null) return '';
      const comparator = cell.comparator === null ? '' : cell.comparator === 'AT_MOST' ? '≤ ' : '≥ ';
      return `${comparator}${twoDecimals(cell.hundredths / 100)}`;
    }
    case 'RATIO': {
      const share =
        cell.amount === null || cell.whole === null ? null : percentOf(parseMoney(cell.amount), parseMoney(cell.whole));
      return share === null ? '' : `${twoDecimals(share)}%`;
    }
    case 'DATE':
      return cell.date === null ? '' : formatDate(cell.date);
    case 'BLANK':
      return '';
  }
}

const FIGURES: readonly PrintCell['kind'][] = ['MONEY', 'COUNT', 'PERCENT_POINTS', 'RATIO'];
const ALIGN_CLASSES: Record<DocumentColumnAlign, string | undefined> = {
  LABEL: 'doc-label',
  CENTER: 'center',
  TEXT: undefined,
};

/** Figures stand right; other cells as their column is set. */
export function cellClass(cell: PrintCell, align: DocumentColumnAlign | undefined): string | undefined {
  if (FIGURES.includes(cell.kind)) return 'amount';
  return align ? ALIGN_CLASSES[align] : undefined;
}

/** A row's cells with the column each starts in (a blank cell may span several). */
export function placedCells(row: PrintRow): { cell: PrintCell; column: number }[] {
  let column = 0;
  return row.cells.map((cell) => {
    const placed = { cell, column };
    column += cell.span;
    return placed;
  });
}

/** The header cells by header row, left to right. */
export function headerRows(header: readonly PrintHeaderCell[]): PrintHeaderCell[][] {
  const count = Math.max(0, ...header.map((cell) => cell.row + 1));
  return Array.from({ length: count }, (_, row) =>
    header.filter((cell) => cell.row === row).sort((a, b) => a.column - b.column),
  );
}

/** How much a table is scaled to fit the page's width, as the spreadsheet prints it (one page wide). */
export function pageZoom(columnCount: number): number {
  return Math.min(1, COLUMNS_PER_PAGE / columnCount);
}
