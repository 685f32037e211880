// The checker reaches common/text.ts, whose UserError is a type-graphql class.
import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { checkAgainstRegistry, checkSheet } from '../../../server/src/modules/households/household-import.checker';

// The checker on its own: rows in, households and row problems out, no database.
const sheet = (header: string[], rows: string[][]) => ({
  header,
  rows: rows.map((cells, index) => ({ number: index + 2, cells })),
});
const HEADER = ['Mã hộ', 'Mã thôn', 'Khu vực', 'Hộ DTTS', 'Họ và tên', 'Quan hệ với chủ hộ', 'Năm sinh'];

describe('household import checker', () => {
  it('groups rows by household and reports each wrong cell once, on its row', () => {
    const checked = checkSheet(
      sheet(HEADER, [
        ['H-1', 'V-1', 'Nông thôn', '1', 'Chủ Hộ Một', 'Chủ hộ', '1980'],
        ['H-1', '', '', '', 'Con Một', 'Con', '2015'],
        ['H-2', 'V-2', 'Thành thị', '0', 'Chủ Hộ Hai', 'Chủ hộ', '1975'],
        ['H-2', 'V-9', '', '', 'Vợ Hai', 'Bà', 'năm'],
      ]),
    );
    expect(checked.rows).toBe(4);
    expect(checked.households.map((h) => [h.code, h.row, h.members.map((m) => m.name)])).toEqual([
      ['H-1', 2, ['Chủ Hộ Một', 'Con Một']],
      ['H-2', 4, ['Chủ Hộ Hai']],
    ]);
    expect(checked.problems.map(({ row, column, code }) => [row, column, code])).toEqual([
      [5, 'Quan hệ với chủ hộ', 'INVALID_VALUE'],
      [5, 'Năm sinh', 'INVALID_VALUE'],
      [5, 'Mã thôn', 'INCONSISTENT_HOUSEHOLD'],
    ]);
  });

  it('names the missing columns on the header row', () => {
    const checked = checkSheet(sheet(['Mã hộ', 'Họ và tên'], [['H-1', 'Một']]));
    expect(checked.problems.map(({ row, column, code }) => [row, column, code])).toEqual([
      [1, 'Mã thôn', 'MISSING_COLUMN'],
      [1, 'Khu vực', 'MISSING_COLUMN'],
      [1, 'Hộ DTTS', 'MISSING_COLUMN'],
      [1, 'Quan hệ với chủ hộ', 'MISSING_COLUMN'],
    ]);
  });

  it('checks against registry facts given as plain data', () => {
    const { households } = checkSheet(
      sheet(HEADER, [
        ['H-1', 'V-1', 'Nông thôn', '1', 'Một', 'Chủ hộ', ''],
        ['H-2', 'V-2', 'Nông thôn', '1', 'Hai', 'Chủ hộ', ''],
        ['H-3', 'V-404', 'Nông thôn', '1', 'Ba', 'Chủ hộ', ''],
      ]),
    );
    const problems = checkAgainstRegistry(
      households,
      {
        villages: new Map([
          ['V-1', { id: 11, communeId: 1 }],
          ['V-2', { id: 21, communeId: 2 }],
        ]),
        communeOfExisting: new Map(),
        standards: [],
      },
      { communeIds: [1] },
    );
    expect(problems.map(({ row, column, code }) => [row, column, code])).toEqual([
      [3, 'Mã thôn', 'OUTSIDE_YOUR_COMMUNE'],
      [4, 'Mã thôn', 'UNKNOWN_VILLAGE'],
    ]);
    expect(households[0]).toMatchObject({ villageId: 11, communeId: 1 });
  });
});
