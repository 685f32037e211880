import ExcelJS from 'exceljs';

/** A sheet as text: the header row and each data row with its spreadsheet row number. */
export interface Sheet {
  header: string[];
  rows: { number: number; cells: string[] }[];
}

/**
 * RFC 4180 CSV: fields separated by commas (or semicolons, as Excel writes them in a Vietnamese
 * locale, when the header has more of them), quoted with double quotes, "" for a quote inside,
 * CRLF or LF line ends, line breaks allowed inside quotes. A UTF-8 byte-order mark is dropped.
 * Row numbers count records, the header being row 1, as a spreadsheet shows them.
 */
export const parseCsv = (text: string): Sheet => {
  const source = text.replace(/^\uFEFF/, '');
  const firstLine = source.split(/\r?\n/, 1)[0] ?? '';
  const delimiter = (firstLine.match(/;/g)?.length ?? 0) > (firstLine.match(/,/g)?.length ?? 0) ? ';' : ',';
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  while (i < source.length) {
    const char = source[i];
    if (quoted) {
      if (char === '"') {
        if (source[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += char;
      i += 1;
      continue;
    }
    if (char === '"' && field === '') quoted = true;
    else if (char === delimiter) {
      record.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      record.push(field);
      records.push(record);
      record = [];
      field = '';
      if (char === '\r' && source[i + 1] === '\n') i += 1;
    } else field += char;
    i += 1;
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    records.push(record);
  }
  if (quoted) throw new Error('a quoted field is not closed');
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
