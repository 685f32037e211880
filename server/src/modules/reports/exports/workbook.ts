import ExcelJS from 'exceljs';
import { Comparator } from '../../plan';
import {
  type DocumentCell,
  DocumentCellKind,
  DocumentColumnAlign,
  type DocumentHeaderCell,
  type DocumentLine,
  DocumentLineRole,
  type DocumentRow,
  DocumentRowKind,
  type DocumentSheet,
  type OfficialDocument,
  type Tone,
} from './document';

// An official document (document.ts) written as .xlsx: a sheet per table, with the layout the
// district prints. It knows no document: every sheet is drawn from the model the same way.

export const XLSX_CONTENT_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Whole đồng with thousands separators: Excel shows 1.234.567 in a vi-VN locale, 1,234,567 in en-US. */
export const AMOUNT_FORMAT = '#,##0';
export const COUNT_FORMAT = '#,##0';
/** Percent or percentage points kept as the API gives them (32.73, not 0.3273). */
export const PERCENT_POINTS_FORMAT = '0.00';
/** A ratio (0.4567) shown as a percentage. */
export const RATIO_FORMAT = '0.00%';
export const DATE_FORMAT = 'dd/mm/yyyy';

/** A bigint amount the spreadsheet cannot hold exactly (beyond 2^53 - 1 đồng). */
export class AmountNotExactError extends Error {
  constructor(
    readonly amount: bigint,
    readonly where: string,
  ) {
    super(`${where}: ${amount} đồng is beyond what a spreadsheet number holds exactly (${Number.MAX_SAFE_INTEGER})`);
  }
}

const SAFE_LIMIT = BigInt(Number.MAX_SAFE_INTEGER);

/**
 * An amount as a spreadsheet number, exactly. xlsx stores IEEE doubles: every integer up to 2^53 - 1
 * (about 9 × 10^15 đồng) is exact, one allocation is at most 10^15; a larger sum is refused rather
 * than silently rounded.
 */
export const spreadsheetAmount = (amount: bigint, where: string): number => {
  if (amount > SAFE_LIMIT || amount < -SAFE_LIMIT) throw new AmountNotExactError(amount, where);
  return Number(amount);
};

/** '2022-06-30' as a spreadsheet date (midnight UTC, which is how exceljs turns Dates into serials). */
const spreadsheetDate = (isoDate: string): Date => new Date(`${isoDate}T00:00:00Z`);

/** The comparator shown with the number, which stays a plain number for formulas: "≤ 32,73". */
const targetFormat = (comparator: Comparator): string =>
  `"${comparator === Comparator.AT_MOST ? '≤' : '≥'} "${PERCENT_POINTS_FORMAT}`;

const fill = (argb: string): ExcelJS.Fill => ({ type: 'pattern', pattern: 'solid', fgColor: { argb } });
const HEADER_FILL = fill('FFEEF1F4');
const ROW_FILLS: Partial<Record<DocumentRowKind, ExcelJS.Fill>> = {
  [DocumentRowKind.TOTAL]: fill('FFE3E9EF'),
  [DocumentRowKind.PROJECT]: fill('FFEEF3F8'),
};
const TONE_FILLS: Record<Tone, ExcelJS.Fill> = {
  GOOD: fill('FFE2F0D9'),
  AT_RISK: fill('FFFFF2CC'),
  BAD: fill('FFF8D7DA'),
};
const THIN: ExcelJS.Border = { style: 'thin', color: { argb: 'FF8A96A3' } };
const BOX: Partial<ExcelJS.Borders> = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const FONT = 'Times New Roman';

const LINE_STYLES: Record<
  DocumentLineRole,
  { bold?: boolean; italic?: boolean; size?: number; align?: 'left' | 'center' | 'right' }
> = {
  [DocumentLineRole.ISSUER]: { bold: true, align: 'left' },
  [DocumentLineRole.LABEL]: { bold: true, size: 13 },
  [DocumentLineRole.TITLE]: { bold: true, size: 13 },
  [DocumentLineRole.SUBTITLE]: { bold: true },
  [DocumentLineRole.BASIS]: { italic: true },
  [DocumentLineRole.UNIT]: { italic: true, align: 'right' },
};

/**
 * The lines above a table, each merged across the table's width: the issuing body, the title, the
 * decision or period, the unit. Returns the next free row.
 */
const writeHeading = (sheet: ExcelJS.Worksheet, width: number, lines: DocumentLine[]): number => {
  lines.forEach((line, index) => {
    const row = index + 1;
    const style = LINE_STYLES[line.role];
    const cell = sheet.getCell(row, 1);
    cell.value = line.text;
    cell.font = { name: FONT, bold: style.bold ?? false, italic: style.italic ?? false, size: style.size ?? 12 };
    cell.alignment = { horizontal: style.align ?? 'center', vertical: 'middle', wrapText: true };
    if (width > 1) sheet.mergeCells(row, 1, row, width);
    // A long title wraps within its merged cell; give it room for two lines.
    if (line.text.length > 110) sheet.getRow(row).height = 33;
  });
  return lines.length + 2;
};

/** Table header cells (merged where they span), boxed, bold, wrapped and shaded. */
const writeHeader = (sheet: ExcelJS.Worksheet, firstRow: number, cells: DocumentHeaderCell[]): void => {
  for (const header of cells) {
    const fromRow = firstRow + header.row;
    const fromColumn = header.column + 1;
    const toRow = fromRow + header.rowSpan - 1;
    const toColumn = fromColumn + header.colSpan - 1;
    if (toColumn > fromColumn || toRow > fromRow) sheet.mergeCells(fromRow, fromColumn, toRow, toColumn);
    for (let row = fromRow; row <= toRow; row++) {
      for (let column = fromColumn; column <= toColumn; column++) {
        const cell = sheet.getCell(row, column);
        cell.font = { name: FONT, bold: true, size: 11 };
        cell.alignment = { horizontal: 'center', vertical: 'middle', wrapText: true };
        cell.fill = HEADER_FILL;
        cell.border = BOX;
      }
    }
    sheet.getCell(fromRow, fromColumn).value = header.text;
  }
};

/** A model cell as the spreadsheet cells it covers: a value and its number format each. */
const spreadsheetCells = (cell: DocumentCell): { value: ExcelJS.CellValue; numFmt?: string }[] => {
  const where = cell.where ?? 'amount';
  switch (cell.kind) {
    case DocumentCellKind.TEXT:
      return [{ value: cell.text ?? '' }];
    case DocumentCellKind.MONEY:
      return [{ value: cell.amount == null ? null : spreadsheetAmount(cell.amount, where), numFmt: AMOUNT_FORMAT }];
    case DocumentCellKind.COUNT:
      return [{ value: cell.count ?? null, numFmt: COUNT_FORMAT }];
    case DocumentCellKind.PERCENT_POINTS:
      return [
        {
          value: cell.hundredths == null ? null : cell.hundredths / 100,
          numFmt: cell.comparator ? targetFormat(cell.comparator) : PERCENT_POINTS_FORMAT,
        },
      ];
    case DocumentCellKind.RATIO: {
      const whole = cell.whole ?? 0n;
      // Both exact below 2^53, so the ratio is the nearest double to the true one.
      const value = whole > 0n ? spreadsheetAmount(cell.amount ?? 0n, where) / spreadsheetAmount(whole, where) : null;
      return [{ value, numFmt: RATIO_FORMAT }];
    }
    case DocumentCellKind.DATE:
      return [{ value: cell.date ? spreadsheetDate(cell.date) : null, numFmt: DATE_FORMAT }];
    case DocumentCellKind.BLANK:
      return Array.from({ length: cell.span }, () => ({ value: null }));
  }
};

/** One table row: boxed cells, totals and projects bold and shaded, sub-projects indented. */
const writeBodyRow = (sheet: ExcelJS.Worksheet, rowNumber: number, row: DocumentRow, labelColumn: number): void => {
  const bold = row.kind === DocumentRowKind.TOTAL || row.kind === DocumentRowKind.PROJECT;
  let column = 1;
  for (const content of row.cells) {
    for (const { value, numFmt } of spreadsheetCells(content)) {
      const cell = sheet.getCell(rowNumber, column);
      cell.value = value;
      cell.font = { name: FONT, size: 11, bold };
      cell.border = BOX;
      if (numFmt) cell.numFmt = numFmt;
      cell.alignment =
        column === labelColumn
          ? {
              horizontal: 'left',
              vertical: 'middle',
              wrapText: true,
              indent: row.kind === DocumentRowKind.CHILD ? 2 : 0,
            }
          : { horizontal: typeof value === 'number' ? 'right' : 'center', vertical: 'middle', wrapText: true };
      const shade = (content.tone && TONE_FILLS[content.tone]) ?? ROW_FILLS[row.kind];
      if (shade) cell.fill = shade;
      column++;
    }
  }
};

/** A line of notes below the table, merged across its width. */
const writeNote = (sheet: ExcelJS.Worksheet, rowNumber: number, width: number, text: string): void => {
  const cell = sheet.getCell(rowNumber, 1);
  cell.value = text;
  cell.font = { name: FONT, italic: true, size: 10 };
  cell.alignment = { horizontal: 'left', vertical: 'top', wrapText: true };
  if (width > 1) sheet.mergeCells(rowNumber, 1, rowNumber, width);
  sheet.getRow(rowNumber).height = Math.max(15, Math.ceil(text.length / 160) * 15);
};

/**
 * One table on its sheet. What the district prints: A4 landscape, every column on one page wide (as
 * many pages tall as it takes), the header rows repeated on each page, the header and the columns up
 * to the labels frozen on screen.
 */
const writeSheet = (workbook: ExcelJS.Workbook, table: DocumentSheet): void => {
  const sheet = workbook.addWorksheet(table.name);
  const width = table.columns.length;
  const labelColumn = table.columns.findIndex((column) => column.align === DocumentColumnAlign.LABEL) + 1;
  const headerFrom = writeHeading(sheet, width, table.heading);
  const headerTo = headerFrom + Math.max(...table.header.map((cell) => cell.row + cell.rowSpan)) - 1;
  writeHeader(sheet, headerFrom, table.header);
  let rowNumber = headerTo + 1;
  for (const row of table.rows) writeBodyRow(sheet, rowNumber++, row, labelColumn);
  table.notes.forEach((note, index) => {
    writeNote(sheet, rowNumber + 1 + index, width, note);
  });
  table.columns.forEach((column, index) => {
    sheet.getColumn(index + 1).width = column.width;
  });
  if (table.headerHeight) sheet.getRow(headerTo).height = table.headerHeight;

  sheet.views = [{ state: 'frozen', xSplit: labelColumn, ySplit: headerTo, activeCell: 'A1' }];
  sheet.pageSetup = {
    ...sheet.pageSetup,
    paperSize: 9,
    orientation: 'landscape',
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    horizontalCentered: true,
    printTitlesRow: `${headerFrom}:${headerTo}`,
    margins: { left: 0.4, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 },
  };
  // &P / &N: page number and page count; & in the text itself is doubled.
  sheet.headerFooter = { oddFooter: `&L&8${table.footer.replaceAll('&', '&&')}&R&8Trang &P/&N` };
};

/** The document as an .xlsx file. */
export const renderXlsx = async (document: OfficialDocument): Promise<Buffer> => {
  const { properties } = document;
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Ansinh';
  workbook.lastModifiedBy = 'Ansinh';
  workbook.created = properties.created;
  workbook.modified = properties.created;
  workbook.title = document.title;
  workbook.subject = properties.subject;
  workbook.keywords = properties.keywords;
  workbook.description = properties.description;
  workbook.company = properties.company;
  workbook.category = 'Chương trình mục tiêu quốc gia giảm nghèo bền vững';
  for (const table of document.sheets) writeSheet(workbook, table);
  return Buffer.from(await workbook.xlsx.writeBuffer());
};
