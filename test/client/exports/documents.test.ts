import { describe, expect, it } from 'vitest';
import type { PrintDocumentFragment } from '../../../client/src/apollo/generated';
import {
  allocationDecisionPath,
  parsePeriod,
  printResultsPath,
  resultsReportPath,
} from '../../../client/src/features/exports/model/paths';
import {
  cellClass,
  cellText,
  headerRows,
  type PrintCell,
  pageZoom,
  placedCells,
} from '../../../client/src/features/exports/model/print-document';

// The print pages draw the server's model of each document; what its rows hold is the server's
// (test/server/reports). Here: how a model cell reads on paper, which must be what Excel shows for
// the same cell of the .xlsx in a Vietnamese locale (the e2e test compares them cell for cell).

const cell = (fields: Partial<PrintCell> & Pick<PrintCell, 'kind'>): PrintCell => ({
  __typename: 'DocumentCell',
  span: 1,
  text: null,
  amount: null,
  whole: null,
  count: null,
  hundredths: null,
  comparator: null,
  date: null,
  ...fields,
});

describe('a document cell on paper', () => {
  it('reads money, counts, rates, shares and dates in Vietnamese notation, as the spreadsheet’s formats show them', () => {
    expect(cellText(cell({ kind: 'MONEY', amount: '36410000000' }))).toBe('36.410.000.000');
    expect(cellText(cell({ kind: 'MONEY', amount: '-120000000' }))).toBe('-120.000.000');
    expect(cellText(cell({ kind: 'MONEY', amount: null }))).toBe('');
    expect(cellText(cell({ kind: 'COUNT', count: 3162 }))).toBe('3.162');
    expect(cellText(cell({ kind: 'PERCENT_POINTS', hundredths: 4073 }))).toBe('40,73');
    expect(cellText(cell({ kind: 'PERCENT_POINTS', hundredths: -1055 }))).toBe('-10,55');
    expect(cellText(cell({ kind: 'PERCENT_POINTS', hundredths: 3273, comparator: 'AT_MOST' }))).toBe('≤ 32,73');
    expect(cellText(cell({ kind: 'PERCENT_POINTS', hundredths: 800, comparator: 'AT_LEAST' }))).toBe('≥ 8,00');
    expect(cellText(cell({ kind: 'PERCENT_POINTS', hundredths: null }))).toBe('');
    // A share of exact đồng, rounded half up to hundredths of a percent.
    expect(cellText(cell({ kind: 'RATIO', amount: '10934970000', whole: '36410000000' }))).toBe('30,03%');
    expect(cellText(cell({ kind: 'RATIO', amount: '1', whole: '8' }))).toBe('12,50%');
    expect(cellText(cell({ kind: 'RATIO', amount: '0', whole: '0' }))).toBe('');
    expect(cellText(cell({ kind: 'DATE', date: '2022-05-06' }))).toBe('06/05/2022');
    expect(cellText(cell({ kind: 'TEXT', text: 'Giảm dự toán' }))).toBe('Giảm dự toán');
    expect(cellText(cell({ kind: 'BLANK', span: 4 }))).toBe('');
  });

  it('stands figures right and other cells as their column is set', () => {
    expect(cellClass(cell({ kind: 'MONEY', amount: null }), 'TEXT')).toBe('amount');
    expect(cellClass(cell({ kind: 'RATIO' }), 'TEXT')).toBe('amount');
    expect(cellClass(cell({ kind: 'TEXT', text: 'Dự án 1' }), 'LABEL')).toBe('doc-label');
    expect(cellClass(cell({ kind: 'DATE', date: '2022-05-06' }), 'CENTER')).toBe('center');
    expect(cellClass(cell({ kind: 'TEXT', text: 'Vốn sự nghiệp' }), 'TEXT')).toBeUndefined();
  });

  it('places each cell in the column it starts in, a blank across the columns it spans', () => {
    const row: PrintDocumentFragment['sheets'][number]['rows'][number] = {
      __typename: 'DocumentRow',
      key: '1.1',
      kind: 'CHILD',
      cells: [
        cell({ kind: 'BLANK', span: 2 }),
        cell({ kind: 'TEXT', text: 'Giao dự toán' }),
        cell({ kind: 'BLANK', span: 2 }),
      ],
    };
    expect(placedCells(row).map(({ column }) => column)).toEqual([0, 2, 3]);
  });

  it('draws header cells row by row, left to right, and scales a table too wide for the page', () => {
    const header = (text: string, row: number, column: number) => ({
      __typename: 'DocumentHeaderCell' as const,
      text,
      row,
      column,
      rowSpan: 1,
      colSpan: 1,
    });
    const rows = headerRows([header('Cộng', 1, 1), header('STT', 0, 0), header('Ia Tơi', 1, 2), header('Vốn', 0, 1)]);
    expect(rows.map((cells) => cells.map((item) => item.text))).toEqual([
      ['STT', 'Vốn'],
      ['Cộng', 'Ia Tơi'],
    ]);
    expect(pageZoom(12)).toBe(1);
    expect(pageZoom(32)).toBe(0.5);
  });
});

describe('the documents’ addresses', () => {
  it('address the server’s spreadsheets and the printable pages', () => {
    expect(allocationDecisionPath('UGxhbjox')).toBe('/exports/allocation-decision.xlsx?planId=UGxhbjox');
    expect(resultsReportPath('UGxhbjox', 'SEMIANNUAL')).toBe(
      '/exports/results-report.xlsx?planId=UGxhbjox&period=SEMIANNUAL',
    );
    expect(printResultsPath(2022, 'ANNUAL')).toBe('/in/bao-cao?year=2022&period=ANNUAL');
    expect(parsePeriod('SEMIANNUAL')).toBe('SEMIANNUAL');
    expect(parsePeriod('nonsense')).toBe('ANNUAL');
  });
});
