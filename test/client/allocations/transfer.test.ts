import { describe, expect, it } from 'vitest';
import type { GridAllocationFragment } from '../../../client/src/apollo/generated';
import { CellDescriber } from '../../../client/src/features/allocations/model/columns';
import {
  type ImportCell,
  type ImportVocabulary,
  previewImport,
} from '../../../client/src/features/allocations/model/import';
import { readSaveResult } from '../../../client/src/features/allocations/model/server';
import { cellKey } from '../../../client/src/features/allocations/model/sheet';
import { buildExportTable, spreadsheetNumber, toCsv } from '../../../client/src/features/allocations/model/table';
import { parseDisplayDate } from '../../../client/src/ui/date-input';
import { vi } from '../../../client/src/ui/i18n/vi';
import { layout, loadedSheet } from './fixture';

const m = vi.allocations;

const allocation = (envelopeId: string, unitId: string, amount: string, version: number): GridAllocationFragment => ({
  __typename: 'Allocation',
  id: `A-${envelopeId}-${unitId}`,
  amount,
  version,
  disbursed: '0',
  status: 'DRAFT',
  envelope: { __typename: 'Envelope', id: envelopeId },
  unit: { __typename: 'ImplementingUnit', id: unitId },
  updatedBy: { __typename: 'User', id: 'U1', displayName: 'Cán bộ B' },
});

describe('readSaveResult: a refusal finds its cell through the index in its field path', () => {
  it('maps ["input","changes","<index>","amount"] to the change sent at that index', () => {
    const sheet = loadedSheet();
    sheet.edit([{ key: cellKey('e31a', 'u1'), value: 1n }]);
    sheet.edit([{ key: cellKey('e31a', 'u3'), value: 2_000_000_000n }]);
    const sent = sheet.pendingChanges();
    const outcome = readSaveResult(sent, {
      __typename: 'SaveAllocationsPayload',
      allocations: [],
      conflicts: [{ __typename: 'AllocationConflict', index: 0, current: allocation('e31a', 'u1', '5', 2) }],
      userErrors: [
        {
          __typename: 'UserError',
          field: ['input', 'changes', '1', 'amount'],
          code: 'EXCEEDS_ENVELOPE',
          message: 'over',
        },
        { __typename: 'UserError', field: ['input', 'planId'], code: 'PLAN_LOCKED', message: 'locked' },
      ],
    });
    expect([...outcome.cellIssues]).toEqual([[cellKey('e31a', 'u3'), { code: 'EXCEEDS_ENVELOPE', message: 'over' }]]);
    expect(outcome.generalIssues).toEqual([{ code: 'PLAN_LOCKED', message: 'locked', field: ['input', 'planId'] }]);
    expect(outcome.conflicts).toEqual([
      {
        envelopeId: 'e31a',
        unitId: 'u1',
        cell: { allocationId: 'A-e31a-u1', amount: 5n, version: 2, disbursed: 0n, updatedBy: 'Cán bộ B' },
      },
    ]);
  });
});

describe('buildExportTable and toCsv: the grid as shown', () => {
  const sheet = loadedSheet();
  sheet.edit([{ key: cellKey('e31a', 'u3'), value: 250_000_000n }]);
  const describer = new CellDescriber(layout, sheet, 'DONG', m);
  const table = buildExportTable(layout, describer, 'DONG', {
    title: m.exportTitle(2022),
    unitLine: 'Đơn vị tính: đồng',
    header: (id) => id,
  });

  it('has every row, subtotals and the total included, with exact amounts', () => {
    expect(table.rows.map((row) => row.kind)).toEqual([
      'project',
      'envelope',
      'envelope',
      'envelope',
      'project',
      'envelope',
      'total',
    ]);
    expect(table.header).toEqual([
      'component',
      'capitalType',
      'source',
      'assigned',
      'u:P-TCKH',
      'u:UBND-IATOI',
      'u:UBND-IADAL',
      'allocated',
      'remaining',
      'disbursed',
    ]);
    expect(table.rows[1]?.cells).toEqual([
      '3.1 Nông nghiệp',
      'Sự nghiệp',
      'NS trung ương',
      1_500_000_000n,
      null,
      500_000_000n,
      250_000_000n,
      750_000_000n,
      750_000_000n,
      0n,
    ]);
    expect(table.rows[0]?.cells.slice(0, 4)).toEqual(['Dự án 3: Hỗ trợ sản xuất', '', '', 2_900_000_000n]);
    expect(table.rows.at(-1)?.cells.slice(0, 1)).toEqual(['Tổng cộng']);
    expect(table.rows.at(-1)?.cells.at(3)).toBe(4_900_000_000n);
  });

  it('writes CSV with a byte-order mark and Vietnamese figures', () => {
    const csv = toCsv(table);
    expect(csv.startsWith('\uFEFFcomponent,capitalType')).toBe(true);
    expect(csv).toContain('3.1 Nông nghiệp,Sự nghiệp,NS trung ương,1.500.000.000,,500.000.000,250.000.000,750.000.000');
  });

  it('turns amounts into spreadsheet numbers without float arithmetic', () => {
    expect(spreadsheetNumber(1_500_000_000n, 'DONG')).toBe(1_500_000_000);
    expect(spreadsheetNumber(1_234_567n, 'MILLION')).toBe(1.234567);
    expect(spreadsheetNumber(-700_000_005n, 'MILLION')).toBe(-700.000005);
  });
});

describe('previewImport: an .xlsx in the export layout, against the current values', () => {
  const vocabulary: ImportVocabulary = {
    capitalTypes: new Map([
      ['sự nghiệp', 'RECURRENT'],
      ['đầu tư', 'INVESTMENT'],
    ]),
    sources: new Map([
      ['ns trung ương', 'CENTRAL_BUDGET'],
      ['ns tỉnh', 'PROVINCIAL_BUDGET'],
    ]),
    fixedHeaders: new Set([
      'dự án, tiểu dự án',
      'loại vốn',
      'nguồn vốn',
      'dự toán giao',
      'đã phân bổ',
      'còn lại',
      'đã giải ngân',
    ]),
  };
  const header: ImportCell[] = [
    'Dự án, tiểu dự án',
    'Loại vốn',
    'Nguồn vốn',
    'Dự toán giao',
    'Phòng Tài chính - Kế hoạch',
    'Ủy ban nhân dân xã Ia Tơi',
    'UBND-IADAL',
    'Đã phân bổ',
    'Còn lại',
    'Đã giải ngân',
  ];

  it('lists every cell that differs, reading numbers in the unit the file names', () => {
    const rows: ImportCell[][] = [
      ['Phân bổ dự toán năm 2022'],
      ['Đơn vị tính: triệu đồng'],
      [],
      header,
      ['Dự án 3: Hỗ trợ sản xuất', null, null, 2900, 1, 2, 3],
      ['3.1 Nông nghiệp', 'Sự nghiệp', 'NS trung ương', 1500, 100.5, null, '250'],
      ['3.1 Nông nghiệp', 'Sự nghiệp', 'NS tỉnh', 800, 0, null, null],
      ['Tổng cộng', null, null, 4900],
    ];
    const preview = previewImport(rows, layout, loadedSheet(), vocabulary);
    expect(preview.ok).toBe(true);
    if (!preview.ok) return;
    expect(preview.unit).toBe('MILLION');
    expect(preview.problems).toEqual([]);
    expect(preview.changes.map(({ key, fileRow, current, next }) => ({ key, fileRow, current, next }))).toEqual([
      { key: cellKey('e31a', 'u1'), fileRow: 6, current: null, next: 100_500_000n },
      { key: cellKey('e31a', 'u2'), fileRow: 6, current: 500_000_000n, next: 0n },
      { key: cellKey('e31a', 'u3'), fileRow: 6, current: null, next: 250_000_000n },
    ]);
  });

  it('reports rows and columns it cannot place, and amounts it cannot read', () => {
    const rows: ImportCell[][] = [
      [...header.slice(0, 7), 'Phòng Không Tồn Tại', 'Đã phân bổ'],
      ['9.9 Không có', 'Sự nghiệp', 'NS trung ương', 1, 2],
      ['3.2 Dinh dưỡng', 'Sự nghiệp', 'NS trung ương', 600, '1,5,0', -5, 12.5],
    ];
    const preview = previewImport(rows, layout, loadedSheet(), vocabulary);
    expect(preview.ok && preview.unit).toBe('DONG');
    expect(preview.ok && preview.problems).toEqual([
      { kind: 'UNKNOWN_UNIT', column: 'Phòng Không Tồn Tại' },
      { kind: 'UNKNOWN_ROW', fileRow: 2, label: '9.9 Không có' },
      { kind: 'INVALID_AMOUNT', fileRow: 3, column: 'Phòng Tài chính - Kế hoạch', text: '1,5,0' },
      { kind: 'INVALID_AMOUNT', fileRow: 3, column: 'Ủy ban nhân dân xã Ia Tơi', text: '-5' },
      { kind: 'INVALID_AMOUNT', fileRow: 3, column: 'UBND-IADAL', text: '12.5' },
    ]);
  });

  it('says so when the file has no grid header', () => {
    expect(previewImport([['hello']], layout, loadedSheet(), vocabulary)).toEqual({ ok: false, error: 'NO_HEADER' });
  });
});

describe('parseDisplayDate', () => {
  it('reads dd/mm/yyyy as an ISO date, string work only', () => {
    expect(parseDisplayDate('20/04/2022')).toBe('2022-04-20');
    expect(parseDisplayDate('1/2/2022')).toBe('2022-02-01');
    expect(parseDisplayDate('29.02.2024')).toBe('2024-02-29');
    expect(parseDisplayDate('2022-04-20')).toBe('2022-04-20');
  });

  it('refuses what is not a calendar date', () => {
    for (const bad of ['', '31/04/2022', '29/02/2023', '04/20/2022', '20/04/22', 'hôm nay']) {
      expect(parseDisplayDate(bad), bad).toBeNull();
    }
  });
});
