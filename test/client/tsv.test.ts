import { describe, expect, it } from 'vitest';
import { parseTsv, toTsv } from '../../client/src/ui/grid/tsv';

describe('parseTsv: blocks as spreadsheets copy them', () => {
  it('reads an Excel block (CRLF, trailing line break) with Vietnamese numbers', () => {
    expect(parseTsv('1.500.000\t250 triệu\r\n1,5 tỷ\t\r\n')).toEqual([
      ['1.500.000', '250 triệu'],
      ['1,5 tỷ', ''],
    ]);
  });

  it('reads LibreOffice and Google Sheets blocks (LF)', () => {
    expect(parseTsv('a\tb\tc\nd\te\tf\n')).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
  });

  it('keeps a single value, with or without a line break', () => {
    expect(parseTsv('42')).toEqual([['42']]);
    expect(parseTsv('42\n')).toEqual([['42']]);
    expect(parseTsv('')).toEqual([]);
  });

  it('keeps empty cells at the ends of a row', () => {
    expect(parseTsv('\t1\t\n')).toEqual([['', '1', '']]);
  });

  it('reads quoted cells with tabs, line breaks and doubled quotes inside', () => {
    expect(parseTsv('"a\tb"\t"line 1\nline 2"\t"say ""hi"""\nx\ty\tz')).toEqual([
      ['a\tb', 'line 1\nline 2', 'say "hi"'],
      ['x', 'y', 'z'],
    ]);
  });

  it('does not pad ragged rows', () => {
    expect(parseTsv('1\t2\t3\n4\n')).toEqual([['1', '2', '3'], ['4']]);
  });

  it('reads a lone carriage return as a line break (old Mac spreadsheets)', () => {
    expect(parseTsv('1\r2')).toEqual([['1'], ['2']]);
  });
});

describe('toTsv', () => {
  it('writes what parseTsv reads back', () => {
    const rows = [
      ['3.1 Hỗ trợ', 'Sự nghiệp', '1.500.000.000'],
      ['tab\there', 'quote "q"', 'line\nbreak'],
    ];
    expect(parseTsv(toTsv(rows))).toEqual(rows);
  });

  it('leaves plain cells unquoted', () => {
    expect(
      toTsv([
        ['1', '2'],
        ['3', '4'],
      ]),
    ).toBe('1\t2\r\n3\t4');
  });
});
