// The clipboard format of spreadsheets: rows on lines, cells separated by tabs. Excel, LibreOffice
// and Google Sheets quote a cell that holds a tab, a line break or a quote ("a""b" is a"b).

/**
 * A block copied from a spreadsheet as rows of cell texts. Rows keep their own length (a ragged
 * block is not padded); the line break after the last row is not a row.
 */
export function parseTsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let index = 0;
  let cellStart = true;
  while (index < text.length) {
    const char = text[index];
    if (cellStart && char === '"') {
      // A quoted cell runs to the quote that is not doubled.
      index++;
      while (index < text.length) {
        if (text[index] === '"') {
          if (text[index + 1] === '"') {
            cell += '"';
            index += 2;
            continue;
          }
          index++;
          break;
        }
        cell += text[index];
        index++;
      }
      cellStart = false;
      continue;
    }
    cellStart = false;
    if (char === '\t') {
      row.push(cell);
      cell = '';
      cellStart = true;
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[index + 1] === '\n') index++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
      cellStart = true;
    } else {
      cell += char;
    }
    index++;
  }
  if (!cellStart || row.length > 0 || cell !== '') {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

/** Rows of cell texts as a spreadsheet pastes them; cells that need it are quoted. */
export function toTsv(rows: readonly (readonly string[])[]): string {
  return rows.map((row) => row.map(quoteCell).join('\t')).join('\r\n');
}

function quoteCell(cell: string): string {
  return /[\t\r\n"]/.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}
