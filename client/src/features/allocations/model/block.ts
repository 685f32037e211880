// Blocks of cells, as spreadsheets handle them: a selection, a paste, a fill down, a copy.
// Positions are indexes into the rows and columns as displayed (pinned columns included), so a
// block pasted from Excel lands exactly as it looks.

export interface CellPos {
  row: number;
  col: number;
}

export interface Rect {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The grid as a block operation sees it: what is where, and what may be written. */
export interface GridShape {
  rows: readonly { key: string; editable: boolean }[];
  columns: readonly { key: string; editable: boolean }[];
}

export interface BlockTarget {
  row: number;
  col: number;
}

export interface PastePlan {
  targets: (BlockTarget & { text: string })[];
  /** Cells of the block that fell on read-only cells (subtotals, totals, labels): skipped. */
  readOnly: number;
  /** Cells of the block past the grid's last row or column: skipped. */
  outside: number;
}

export interface FillPlan {
  targets: (BlockTarget & { sourceRow: number })[];
  readOnly: number;
}

export function rectOf(anchor: CellPos, focus: CellPos): Rect {
  return {
    top: Math.min(anchor.row, focus.row),
    bottom: Math.max(anchor.row, focus.row),
    left: Math.min(anchor.col, focus.col),
    right: Math.max(anchor.col, focus.col),
  };
}

export function inRect(rect: Rect, row: number, col: number): boolean {
  return row >= rect.top && row <= rect.bottom && col >= rect.left && col <= rect.right;
}

export function isSingleCell(rect: Rect): boolean {
  return rect.top === rect.bottom && rect.left === rect.right;
}

const isEditable = (shape: GridShape, row: number, col: number): boolean =>
  Boolean(shape.rows[row]?.editable && shape.columns[col]?.editable);

/**
 * Where a copied block goes: from the selection's top-left cell, row for row and column for
 * column. One copied value onto a larger selection fills the selection, as in Excel.
 */
export function planPaste(block: readonly (readonly string[])[], selection: Rect, shape: GridShape): PastePlan {
  const plan: PastePlan = { targets: [], readOnly: 0, outside: 0 };
  const single = block.length === 1 && block[0]?.length === 1;
  if (single && !isSingleCell(selection)) {
    const text = block[0]?.[0] ?? '';
    for (let row = selection.top; row <= selection.bottom; row++) {
      for (let col = selection.left; col <= selection.right; col++) {
        if (isEditable(shape, row, col)) plan.targets.push({ row, col, text });
        else plan.readOnly++;
      }
    }
    return plan;
  }
  block.forEach((cells, rowOffset) => {
    cells.forEach((text, colOffset) => {
      const row = selection.top + rowOffset;
      const col = selection.left + colOffset;
      if (row >= shape.rows.length || col >= shape.columns.length) plan.outside++;
      else if (isEditable(shape, row, col)) plan.targets.push({ row, col, text });
      else plan.readOnly++;
    });
  });
  return plan;
}

/**
 * Ctrl+D. Over a selection of several rows, its top row is copied into the rows below it; on a
 * single row, each cell takes the value of the nearest editable row above (a subtotal line in
 * between is not a value to copy).
 */
export function planFillDown(selection: Rect, shape: GridShape): FillPlan {
  const plan: FillPlan = { targets: [], readOnly: 0 };
  if (selection.bottom > selection.top) {
    for (let row = selection.top + 1; row <= selection.bottom; row++) {
      for (let col = selection.left; col <= selection.right; col++) {
        if (isEditable(shape, row, col)) plan.targets.push({ row, col, sourceRow: selection.top });
        else plan.readOnly++;
      }
    }
    return plan;
  }
  let sourceRow = selection.top - 1;
  while (sourceRow >= 0 && !shape.rows[sourceRow]?.editable) sourceRow--;
  for (let col = selection.left; col <= selection.right; col++) {
    if (sourceRow >= 0 && isEditable(shape, selection.top, col)) {
      plan.targets.push({ row: selection.top, col, sourceRow });
    } else {
      plan.readOnly++;
    }
  }
  return plan;
}

/** The texts of a selection, row by row, for the clipboard. */
export function blockTexts(selection: Rect, textAt: (row: number, col: number) => string): string[][] {
  const rows: string[][] = [];
  for (let row = selection.top; row <= selection.bottom; row++) {
    const cells: string[] = [];
    for (let col = selection.left; col <= selection.right; col++) cells.push(textAt(row, col));
    rows.push(cells);
  }
  return rows;
}
