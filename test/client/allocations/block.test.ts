import { describe, expect, it } from 'vitest';
import {
  blockTexts,
  type GridShape,
  planFillDown,
  planPaste,
  rectOf,
} from '../../../client/src/features/allocations/model/block';
import { parseTsv } from '../../../client/src/ui/grid/tsv';

// Rows: 0 subtotal, 1-3 envelopes, 4 subtotal, 5 envelope. Columns: 0-3 labels, 4-6 units, 7-9 totals.
const shape: GridShape = {
  rows: [false, true, true, true, false, true].map((editable, index) => ({ key: `r${index}`, editable })),
  columns: Array.from({ length: 10 }, (_, index) => ({ key: `c${index}`, editable: index >= 4 && index <= 6 })),
};
const at = (row: number, col: number) => rectOf({ row, col }, { row, col });

describe('planPaste: a block from a spreadsheet at the focused cell', () => {
  it('fills a 3x3 block row for row and column for column', () => {
    const block = parseTsv('1\t2\t3\n4\t5\t6\n7\t8\t9\n');
    const plan = planPaste(block, at(1, 4), shape);
    expect(plan.targets.map(({ row, col, text }) => `${row}:${col}=${text}`)).toEqual([
      '1:4=1',
      '1:5=2',
      '1:6=3',
      '2:4=4',
      '2:5=5',
      '2:6=6',
      '3:4=7',
      '3:5=8',
      '3:6=9',
    ]);
    expect(plan).toMatchObject({ readOnly: 0, outside: 0 });
  });

  it('skips and counts cells that land on subtotals or total columns, and past the edge', () => {
    const block = parseTsv('1\t2\t3\t4\t5\n6\t7\t8\t9\t10\n11\t12\t13\t14\t15\n');
    const plan = planPaste(block, at(3, 5), shape);
    // Row 3 and row 5 are editable, row 4 is a subtotal; columns 7-9 are totals.
    expect(plan.targets.map(({ row, col }) => `${row}:${col}`)).toEqual(['3:5', '3:6', '5:5', '5:6']);
    expect(plan.readOnly).toBe(11);
    expect(plan.outside).toBe(0);
    const edge = planPaste(parseTsv('1\n2\n3\n'), at(5, 4), shape);
    expect(edge).toMatchObject({ readOnly: 0, outside: 2 });
  });

  it('pastes one value into every cell of a larger selection', () => {
    const plan = planPaste([['7']], rectOf({ row: 1, col: 4 }, { row: 2, col: 5 }), shape);
    expect(plan.targets).toHaveLength(4);
    expect(plan.targets.every((target) => target.text === '7')).toBe(true);
  });

  it('keeps ragged rows ragged', () => {
    const plan = planPaste(parseTsv('1\t2\t3\n4\n'), at(1, 4), shape);
    expect(plan.targets.map(({ row, col }) => `${row}:${col}`)).toEqual(['1:4', '1:5', '1:6', '2:4']);
  });
});

describe('planFillDown (Ctrl+D)', () => {
  it('copies the top row of a selection into the rows below it, skipping subtotals', () => {
    const plan = planFillDown(rectOf({ row: 1, col: 4 }, { row: 5, col: 5 }), shape);
    expect(plan.targets.map(({ row, col, sourceRow }) => `${sourceRow}→${row}:${col}`)).toEqual([
      '1→2:4',
      '1→2:5',
      '1→3:4',
      '1→3:5',
      '1→5:4',
      '1→5:5',
    ]);
    expect(plan.readOnly).toBe(2);
  });

  it('fills a single cell from the nearest editable row above it', () => {
    expect(planFillDown(at(5, 4), shape).targets).toEqual([{ row: 5, col: 4, sourceRow: 3 }]);
    expect(planFillDown(at(1, 4), shape)).toEqual({ targets: [], readOnly: 1 });
  });
});

describe('blockTexts (Ctrl+C)', () => {
  it('reads the selection row by row', () => {
    expect(blockTexts(rectOf({ row: 2, col: 1 }, { row: 1, col: 0 }), (row, col) => `${row}.${col}`)).toEqual([
      ['1.0', '1.1'],
      ['2.0', '2.1'],
    ]);
  });
});
