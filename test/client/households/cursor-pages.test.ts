import { describe, expect, it } from 'vitest';
import { CursorPages, fetchBlock } from '../../../client/src/features/households/model/cursor-pages';

// A registry of `size` rows served 10 at a time with cursors "c<last index>", as the API pages.
const registry = (size: number) => {
  const calls: (string | null)[] = [];
  const fetchPage = async (after: string | null) => {
    calls.push(after);
    const start = after === null ? 0 : Number(after.slice(1)) + 1;
    const rows = Array.from({ length: Math.max(0, Math.min(10, size - start)) }, (_, index) => start + index);
    const last = rows.at(-1);
    return { rows, endCursor: last === undefined ? null : `c${last}`, hasNextPage: start + rows.length < size };
  };
  return { calls, fetchPage };
};

describe('cursor pages for the infinite row model', () => {
  it('fetches blocks in order, each from the cursor the previous one ended on', async () => {
    const pages = new CursorPages(10);
    const { calls, fetchPage } = registry(25);
    expect(await fetchBlock(pages, 0, fetchPage)).toEqual({ rows: [0, 1, 2, 3, 4, 5, 6, 7, 8, 9], hasNextPage: true });
    expect((await fetchBlock(pages, 10, fetchPage)).rows[0]).toBe(10);
    expect(await fetchBlock(pages, 20, fetchPage)).toEqual({ rows: [20, 21, 22, 23, 24], hasNextPage: false });
    expect(calls).toEqual([null, 'c9', 'c19']);
  });

  it('walks forward from the nearest known block when the grid jumps ahead', async () => {
    const pages = new CursorPages(10);
    const { calls, fetchPage } = registry(45);
    const block = await fetchBlock(pages, 30, fetchPage);
    expect(block.rows).toEqual([30, 31, 32, 33, 34, 35, 36, 37, 38, 39]);
    expect(calls).toEqual([null, 'c9', 'c19', 'c29']);
    // Now known: no walk again.
    await fetchBlock(pages, 20, fetchPage);
    expect(calls.at(-1)).toBe('c19');
    expect(pages.nearestKnown(35)).toBe(30);
  });

  it('answers an empty block past the end of the registry', async () => {
    const pages = new CursorPages(10);
    const { fetchPage } = registry(12);
    expect(await fetchBlock(pages, 40, fetchPage)).toEqual({ rows: [], hasNextPage: false });
  });

  it('refuses a block size that is not a positive whole number', () => {
    expect(() => new CursorPages(0)).toThrow(RangeError);
  });
});
