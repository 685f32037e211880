import { CsvError, parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';

/** A sheet as text: the header row and each data row with its spreadsheet row number. */
export interface Sheet {
  header: string[];
  rows: { number: number; cells: string[] }[];
}

// Excel writes CSV with the list separator of the machine's locale: commas, or semicolons where the
// comma is the decimal mark (Vietnamese among them); "Unicode text" is tab-separated.
const DELIMITERS = [',', ';', '\t'];

/** The separator the header row uses most (ties go to the comma): the data rows may hold "1,5". */
const delimiterOf = (text: string): string => {
  const header = text.split(/\r\n|\n|\r/, 1)[0] ?? '';
  const count = (delimiter: string) => header.split(delimiter).length;
  return DELIMITERS.reduce((best, delimiter) => (count(delimiter) > count(best) ? delimiter : best));
};

/**
 * RFC 4180 CSV (csv-parse): fields separated as the header row is, quoted with double quotes, ""
 * for a quote inside, CRLF, LF or CR line ends, line breaks allowed inside quotes. A UTF-8
 * byte-order mark is dropped. Row numbers count records, the header being row 1, as a
 * spreadsheet shows them.
 */
export const parseCsv = (text: string): Sheet => {
  let records: string[][];
  try {
    records = parse(text, {
      bom: true,
      delimiter: delimiterOf(text),
      record_delimiter: ['\r\n', '\n', '\r'],
      relax_column_count: true,
      // A quote inside an unquoted field is text (5" pipe), as spreadsheets read it.
      relax_quotes: true,
    });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // Our own words, not csv-parse's: its messages may quote the file's content.
    if (error.code === 'CSV_QUOTE_NOT_CLOSED') throw new Error('a quoted field is not closed');
    throw new Error(`${error.code} at line ${error.lines}`);
  }
  const [header = [], ...rest] = records;
  return {
    header,
    rows: rest
      .map((cells, index) => ({ number: index + 2, cells }))
      .filter((row) => row.cells.some((cell) => cell.trim() !== '')),
  };
};

const cellText = (value: ExcelJS.CellValue): string => {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value) return value.richText.map((part) => part.text).join('');
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    if ('text' in value) return String(value.text);
    if ('error' in value) return '';
  }
  return String(value);
};

/** The first worksheet of an .xlsx file. */
export const parseXlsx = async (content: Buffer): Promise<Sheet> => {
  const workbook = new ExcelJS.Workbook();
  // exceljs types a Buffer from before Node's generic Buffer<ArrayBufferLike>.
  await workbook.xlsx.load(content as unknown as ArrayBuffer);
  const sheet = workbook.worksheets[0];
  if (!sheet) return { header: [], rows: [] };
  const rows: Sheet['rows'] = [];
  let header: string[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, number) => {
    const values = row.values as ExcelJS.CellValue[];
    // row.values is 1-based: index 0 is always empty.
    const cells = Array.from(values.slice(1), cellText);
    if (number === 1) header = cells;
    else if (cells.some((cell) => cell.trim() !== '')) rows.push({ number, cells });
  });
  return { header, rows };
};
