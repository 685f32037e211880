/**
 * Maps AG Grid's row offsets onto the API's keyset cursors. The infinite row model asks for blocks
 * by start row; the `households` connection only pages forward from a cursor. Each fetched block
 * records the cursor that continues after it, so a block can be fetched once its predecessor is
 * known, and a jump further down walks forward from the nearest known block.
 */
export class CursorPages {
  // Start row -> the `after` cursor that begins there (null: the first page).
  private readonly cursors = new Map<number, string | null>([[0, null]]);

  constructor(readonly blockSize: number) {
    if (!Number.isInteger(blockSize) || blockSize <= 0) throw new RangeError(`Bad block size: ${blockSize}`);
  }

  /** The cursor that starts at `startRow`, or undefined when the block before it is not fetched yet. */
  cursorAt(startRow: number): string | null | undefined {
    return this.cursors.get(startRow);
  }

  /** The nearest start row at or before `startRow` whose cursor is known (0 at worst). */
  nearestKnown(startRow: number): number {
    let best = 0;
    for (const row of this.cursors.keys()) {
      if (row <= startRow && row > best) best = row;
    }
    return best;
  }

  /** Records what a fetched block says about the next one. */
  record(startRow: number, endCursor: string | null, hasNextPage: boolean): void {
    if (hasNextPage && endCursor !== null) this.cursors.set(startRow + this.blockSize, endCursor);
  }
}

/**
 * Fetches the block at `startRow`, walking forward page by page from the nearest known cursor
 * when the grid jumped ahead (e.g. the scrollbar dragged to the end).
 */
export async function fetchBlock<TRow>(
  pages: CursorPages,
  startRow: number,
  fetchPage: (after: string | null) => Promise<{ rows: TRow[]; endCursor: string | null; hasNextPage: boolean }>,
): Promise<{ rows: TRow[]; hasNextPage: boolean }> {
  let row = pages.nearestKnown(startRow);
  for (;;) {
    const after = pages.cursorAt(row);
    if (after === undefined) return { rows: [], hasNextPage: false };
    const page = await fetchPage(after);
    pages.record(row, page.endCursor, page.hasNextPage);
    if (row >= startRow || !page.hasNextPage) {
      return row === startRow ? { rows: page.rows, hasNextPage: page.hasNextPage } : { rows: [], hasNextPage: false };
    }
    row += pages.blockSize;
  }
}
