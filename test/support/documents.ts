import type ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';

// An official document as a grid of the texts a reader sees, read from the .xlsx (as Excel shows it
// in a Vietnamese locale) or from the printed page (as Chromium draws it), so that the two can be
// held against each other cell for cell.

/** "14:05 ngày 3/3/2026": when the file or the page was made, which differs by a minute or so. */
const MADE_AT = /\d{2}:\d{2} ngày \d{1,2}\/\d{1,2}\/\d{4}/g;
const normalized = (text: string) => text.replace(MADE_AT, '<giờ lập>');

const vi = (value: number, digits: number, useGrouping: boolean) =>
  value.toLocaleString('vi-VN', { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping });

/**
 * What Excel shows for a cell in a vi-VN locale, for the number formats the documents use:
 * #,##0 (1.234.567), 0.00 (32,73), "≤ "0.00 (≤ 32,73), 0.00% (45,67%) and dd/mm/yyyy.
 */
const shown = (cell: ExcelJS.Cell): string => {
  const { value, numFmt } = cell;
  if (value === null || value === undefined) return '';
  if (value instanceof Date) {
    const pad = (part: number) => String(part).padStart(2, '0');
    return `${pad(value.getUTCDate())}/${pad(value.getUTCMonth() + 1)}/${value.getUTCFullYear()}`;
  }
  if (typeof value !== 'number') return String(value);
  if (numFmt === '#,##0') return vi(value, 0, true);
  if (numFmt === '0.00%') return `${vi(value * 100, 2, false)}%`;
  const fixed = /^(?:"([^"]*)")?0\.00$/.exec(numFmt ?? '');
  if (fixed) return `${fixed[1] ?? ''}${vi(value, 2, false)}`;
  throw new Error(`${cell.address}: number format ${numFmt} is not read here`);
};

/** A sheet's texts, row by row; a cell that a merge covers is empty, as it shows. */
export const spreadsheetGrid = (sheet: ExcelJS.Worksheet): string[][] =>
  Array.from({ length: sheet.rowCount }, (_, row) =>
    Array.from({ length: sheet.columnCount }, (_, column) => {
      const cell = sheet.getCell(row + 1, column + 1);
      return cell.isMerged && cell.master.address !== cell.address ? '' : normalized(shown(cell));
    }),
  );

export interface PrintedSheet {
  /** The lines above the table: the issuing body, the title block, the unit. */
  lines: string[];
  /** Header and body rows, each cell with its spans. */
  rows: { text: string; rowSpan: number; colSpan: number }[][];
  notes: string[];
}

/** The sections of the printed document on the page. */
export const readPrintedSheets = (page: Page): Promise<PrintedSheet[]> =>
  page.locator('article .doc-sheet').evaluateAll((sections) =>
    sections.map((section) => ({
      lines: [...section.querySelectorAll('.doc-issuer, .doc-title > *, .doc-unit')].map(
        (node) => node.textContent ?? '',
      ),
      rows: [...section.querySelectorAll('table tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map((cell) => ({
          text: cell.textContent ?? '',
          rowSpan: Number(cell.getAttribute('rowspan') ?? 1),
          colSpan: Number(cell.getAttribute('colspan') ?? 1),
        })),
      ),
      notes: [...section.querySelectorAll('.doc-note')].map((node) => node.textContent ?? ''),
    })),
  );

/**
 * A printed section laid out as its sheet is: each line above the table on a row of its own (text
 * in the first column), a blank row, the table with its spans spread over the cells they cover, and
 * after a blank row the notes.
 */
export const printedGrid = (sheet: PrintedSheet, width: number): string[][] => {
  const line = (text: string) => [text, ...Array.from({ length: width - 1 }, () => '')];
  const table: string[][] = sheet.rows.map(() => []);
  sheet.rows.forEach((cells, row) => {
    let column = 0;
    for (const cell of cells) {
      while (table[row][column] !== undefined) column++;
      for (let down = 0; down < cell.rowSpan; down++) {
        for (let across = 0; across < cell.colSpan; across++) {
          table[row + down][column + across] = down === 0 && across === 0 ? cell.text : '';
        }
      }
      column += cell.colSpan;
    }
  });
  const notes = sheet.notes.length > 0 ? [line(''), ...sheet.notes.map(line)] : [];
  return [...sheet.lines.map(line), line(''), ...table, ...notes].map((row) => row.map(normalized));
};
