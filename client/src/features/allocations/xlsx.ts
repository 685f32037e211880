import type { CellValue, Workbook } from 'exceljs';
import type { ImportCell } from './model/import';
import { type ExportTable, spreadsheetNumber } from './model/table';

// .xlsx through exceljs (MIT, maintained), loaded only when an officer exports or imports: about
// 1 MB that the rest of the console never downloads.

async function newWorkbook(): Promise<Workbook> {
  const module = await import('exceljs');
  // The browser build is a UMD bundle: its exports arrive as the default export.
  const exceljs = (module as unknown as { default?: typeof module }).default ?? module;
  return new exceljs.Workbook();
}

const HEADER_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF1F4' } } as const;
const PROJECT_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFEEF3F8' } } as const;
const TOTAL_FILL = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE3E9EF' } } as const;

/** The grid as shown, subtotals and totals included, numbers as numbers in the unit shown. */
export async function writeXlsx(table: ExportTable, sheetName: string): Promise<Blob> {
  const workbook = await newWorkbook();
  workbook.creator = 'Ansinh';
  const sheet = workbook.addWorksheet(sheetName.slice(0, 31));
  const numberFormat = table.unit === 'DONG' ? '#,##0' : '#,##0.###';

  sheet.addRow([table.title]).font = { bold: true, size: 14 };
  sheet.addRow([table.unitLine]).font = { italic: true };
  sheet.addRow([]);
  const header = sheet.addRow(table.header);
  header.font = { bold: true };
  header.alignment = { wrapText: true, vertical: 'middle' };
  header.eachCell((cell) => {
    cell.fill = HEADER_FILL;
  });
  const headerRow = header.number;

  for (const row of table.rows) {
    const added = sheet.addRow(
      row.cells.map((cell) => (typeof cell === 'bigint' ? spreadsheetNumber(cell, table.unit) : cell)),
    );
    if (row.kind !== 'envelope') {
      added.font = { bold: true };
      added.eachCell({ includeEmpty: true }, (cell) => {
        cell.fill = row.kind === 'total' ? TOTAL_FILL : PROJECT_FILL;
      });
    }
  }
  sheet.columns.forEach((column, index) => {
    column.width = index === 0 ? 48 : index < 3 ? 16 : 18;
    if (index >= 3) column.numFmt = numberFormat;
  });
  sheet.views = [{ state: 'frozen', xSplit: 3, ySplit: headerRow }];

  const buffer = await workbook.xlsx.writeBuffer();
  return new Blob([buffer], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

/** The first worksheet's cells as numbers, texts or nothing (formulas give their results). */
export async function readXlsx(file: Blob): Promise<ImportCell[][]> {
  const workbook = await newWorkbook();
  await workbook.xlsx.load(await file.arrayBuffer());
  const sheet = workbook.worksheets[0];
  if (!sheet) return [];
  const rows: ImportCell[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, rowNumber) => {
    const cells: ImportCell[] = [];
    row.eachCell({ includeEmpty: true }, (cell, columnNumber) => {
      cells[columnNumber - 1] = plainValue(cell.value);
    });
    rows[rowNumber - 1] = Array.from(cells, (cell) => cell ?? null);
  });
  return Array.from(rows, (row) => row ?? []);
}

function plainValue(value: CellValue): ImportCell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (typeof value === 'boolean' || value instanceof Date) return String(value);
  if ('richText' in value) return value.richText.map((part) => part.text).join('');
  if ('result' in value) return plainValue((value.result ?? null) as CellValue);
  if ('text' in value) return value.text;
  return null;
}
