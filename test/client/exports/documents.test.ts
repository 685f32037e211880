import { describe, expect, it } from 'vitest';
import { adjustmentLines, allocationAppendix } from '../../../client/src/features/exports/model/allocation-appendix';
import {
  componentLabel,
  projectTree,
  roman,
  vietnamInstant,
} from '../../../client/src/features/exports/model/document';
import {
  allocationDecisionPath,
  parsePeriod,
  printResultsPath,
  resultsReportPath,
} from '../../../client/src/features/exports/model/paths';
import {
  fundsRows,
  periodSpan,
  reachRows,
  targetRows,
  verdictOf,
} from '../../../client/src/features/exports/model/results-report';
import { formatDate } from '../../../client/src/ui/format';

const component = (id: string, code: string, parent: string | null = null) => ({
  id,
  code,
  name: `Tên ${code}`,
  kind: parent ? ('SUBPROJECT' as const) : ('PROJECT' as const),
  parent: parent ? { id: parent } : null,
});
const components = [
  component('p1', '1'),
  component('p3', '3'),
  component('s31', '3.1', 'p3'),
  component('s32', '3.2', 'p3'),
];
const money = (assigned: number, allocated: number, disbursed = 0) => ({
  assigned: String(assigned),
  allocated: String(allocated),
  disbursed: String(disbursed),
});

describe('the documents’ words', () => {
  it('number projects in roman numerals and label components as the programme does', () => {
    expect([1, 4, 7, 9, 14].map(roman)).toEqual(['I', 'IV', 'VII', 'IX', 'XIV']);
    expect(projectTree(components).map((node) => [node.numeral, node.children.map((child) => child.code)])).toEqual([
      ['I', []],
      ['II', ['3.1', '3.2']],
    ]);
    expect(componentLabel(component('s31', '3.1', 'p3'))).toBe('Tiểu dự án 1: Tên 3.1');
    expect(componentLabel(component('p1', '1'))).toBe('Dự án 1: Tên 1');
  });

  it('date instants in Vietnam time', () => {
    expect(vietnamInstant('2022-05-10T18:30:00Z', formatDate)).toBe('01:30 ngày 11/05/2022');
  });

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

describe('the allocation appendix', () => {
  const units = [
    { id: 'ldtbxh', name: 'Phòng LĐ-TB&XH' },
    { id: 'iatoi', name: 'Ia Tơi' },
    { id: 'iadal', name: 'Ia Đal' },
  ];
  const cell = (keys: object, assigned: number, allocated: number) => ({ ...keys, ...money(assigned, allocated) });
  const rec = { capitalType: 'RECURRENT' as const, source: 'CENTRAL_BUDGET' as const };
  const inv = { capitalType: 'INVESTMENT' as const, source: 'CENTRAL_BUDGET' as const };

  const appendix = allocationAppendix(components, units, {
    cells: [
      cell({ component: { id: 'p1' }, ...inv, unit: { id: 'iatoi' } }, 500, 500),
      cell({ component: { id: 's31' }, ...rec, unit: { id: 'iadal' } }, 200, 200),
      cell({ component: { id: 's31' }, ...rec, unit: { id: 'ldtbxh' } }, 100, 100),
    ],
    projectCells: [
      cell({ project: { id: 'p1' }, ...inv, unit: { id: 'iatoi' } }, 500, 500),
      cell({ project: { id: 'p3' }, ...rec, unit: { id: 'iadal' } }, 200, 200),
      cell({ project: { id: 'p3' }, ...rec, unit: { id: 'ldtbxh' } }, 100, 100),
    ],
    totalCells: [
      // Listed by the server in its own order, and with the unallocated remainder (no unit).
      cell({ ...rec, unit: { id: 'iadal' } }, 200, 200),
      cell({ ...rec, unit: { id: 'ldtbxh' } }, 100, 100),
      cell({ ...rec, unit: null }, 50, 0),
      cell({ ...inv, unit: { id: 'iatoi' } }, 500, 500),
    ],
    groups: [
      cell({ component: { id: 'p1' }, ...inv }, 500, 500),
      cell({ component: { id: 's31' }, ...rec }, 300, 300),
      cell({ component: { id: 'p3' }, ...rec }, 50, 0),
    ],
    projectGroups: [
      cell({ project: { id: 'p1' }, ...inv }, 500, 500),
      cell({ project: { id: 'p3' }, ...rec }, 350, 300),
    ],
    totalGroups: [cell(rec, 350, 300), cell(inv, 500, 500)],
    components: [
      cell({ component: { id: 'p1' } }, 500, 500),
      cell({ component: { id: 's31' } }, 300, 300),
      cell({ component: { id: 'p3' } }, 50, 0),
    ],
    projects: [cell({ project: { id: 'p1' } }, 500, 500), cell({ project: { id: 'p3' } }, 350, 300)],
    total: [cell({}, 850, 800)],
  });

  it('orders the groups investment first, and the units of each in the plan’s order', () => {
    expect(appendix.groups.map((group) => [group.capitalType, group.units.map((unit) => unit.id)])).toEqual([
      ['INVESTMENT', ['iatoi']],
      ['RECURRENT', ['ldtbxh', 'iadal']],
    ]);
  });

  it('takes every amount from the grouping that answers it, blanking zeros below the total', () => {
    expect(appendix.rows.map((row) => [row.stt, row.code, row.label])).toEqual([
      ['', '', 'TỔNG CỘNG'],
      ['I', '1', 'Dự án 1: Tên 1'],
      ['II', '3', 'Dự án 3: Tên 3'],
      ['-', '3', 'Kinh phí chung của dự án (chưa phân theo tiểu dự án)'],
      ['1', '3.1', 'Tiểu dự án 1: Tên 3.1'],
      ['2', '3.2', 'Tiểu dự án 2: Tên 3.2'],
    ]);
    const [total, , project3, own, , empty] = appendix.rows;
    expect(total).toMatchObject({
      assigned: 850n,
      allocated: 800n,
      unallocated: 50n,
      groups: [
        { total: 500n, units: [500n] },
        { total: 300n, units: [100n, 200n] },
      ],
    });
    expect(project3).toMatchObject({ assigned: 350n, allocated: 300n, unallocated: 50n });
    expect(project3?.groups).toEqual([
      { total: null, units: [null] },
      { total: 300n, units: [100n, 200n] },
    ]);
    expect(own).toMatchObject({ assigned: 50n, allocated: null, unallocated: 50n });
    expect(empty).toMatchObject({ assigned: null, allocated: null, unallocated: null });
  });

  it('sums up adjustments by decision, oldest first', () => {
    const lines = adjustmentLines(
      [
        { decisionNumber: '20/QĐ-UBND', decisionDate: '2022-09-01', reason: 'Bổ sung' },
        { decisionNumber: '10/QĐ-UBND', decisionDate: '2022-08-01', reason: 'Điều chuyển' },
        { decisionNumber: '10/QĐ-UBND', decisionDate: '2022-08-01', reason: 'Điều chuyển' },
      ],
      formatDate,
    );
    expect(lines).toEqual([
      'Điều chỉnh theo Quyết định số 10/QĐ-UBND ngày 01/08/2022: 2 lần thay đổi ô phân bổ; lý do: Điều chuyển.',
      'Điều chỉnh theo Quyết định số 20/QĐ-UBND ngày 01/09/2022: 1 lần thay đổi ô phân bổ; lý do: Bổ sung.',
    ]);
  });
});

describe('the results report', () => {
  it('covers the first half or the whole plan year', () => {
    expect(periodSpan(2022, 'SEMIANNUAL')).toEqual({
      from: '2022-01-01',
      to: '2022-06-30',
      label: '6 tháng đầu năm 2022',
    });
    expect(periodSpan(2022, 'ANNUAL').to).toBe('2022-12-31');
  });

  it('words its verdicts: mid-year a missed target is at risk, at year end it is missed', () => {
    expect(verdictOf(false, null, 'ANNUAL')).toBe('Chưa giao chỉ tiêu');
    expect(verdictOf(true, null, 'ANNUAL')).toBe('Chưa có số liệu');
    expect(verdictOf(true, true, 'SEMIANNUAL')).toBe('Đạt');
    expect(verdictOf(true, false, 'SEMIANNUAL')).toBe('Có nguy cơ không đạt');
    expect(verdictOf(true, false, 'ANNUAL')).toBe('Không đạt');
  });

  it('puts the district first, then communes, with the actuals Target.actual would give', () => {
    const rate = (id: string, households: number, poor: number, value: number) => ({
      households,
      poor,
      nearPoor: 10,
      rate: value,
      unit: { id, name: id },
    });
    const rows = targetRows(
      { id: 'd', name: "Ia H'Drai" },
      [rate('d', 3000, 900, 30), rate('Ia Tơi', 1000, 350, 35), rate('Ia Dom', 0, 0, 0)],
      [rate('d', 3162, 1288, 40.73), rate('Ia Tơi', 1000, 400, 40), rate('Ia Dom', 900, 400, 44.44)],
      [
        { indicator: 'POOR_HOUSEHOLD_RATE', comparator: 'AT_MOST', value: 32.73, met: true, unit: { id: 'd' } },
        { indicator: 'POOR_HOUSEHOLD_RATE_REDUCTION', comparator: 'AT_LEAST', value: 8, met: true, unit: { id: 'd' } },
        { indicator: 'POOR_HOUSEHOLD_RATE', comparator: 'AT_MOST', value: 33, met: false, unit: { id: 'Ia Tơi' } },
      ],
      'SEMIANNUAL',
    );
    expect(
      rows.map((row) => [row.label, row.rate.actual, row.rate.verdict, row.reduction.actual, row.reduction.verdict]),
    ).toEqual([
      ["Toàn huyện Ia H'Drai", 30, 'Đạt', 10.73, 'Đạt'],
      ['Xã Ia Tơi', 35, 'Có nguy cơ không đạt', 5, 'Chưa giao chỉ tiêu'],
      ['Xã Ia Dom', null, 'Chưa giao chỉ tiêu', null, 'Chưa giao chỉ tiêu'],
    ]);
    expect(rows[2]).toMatchObject({ households: 0, previousRate: 44.44 });
  });

  it('lists the funds by project and sub-project, with the project’s own money when it has some', () => {
    const rows = fundsRows(components, {
      byComponent: [
        { ...money(10, 10, 5), component: { id: 'p3' } },
        { ...money(20, 20, 10), component: { id: 's31' } },
      ],
      byProject: [{ ...money(30, 30, 15), project: { id: 'p3' } }],
      total: [money(30, 30, 15)],
    });
    expect(rows.map((row) => [row.stt, row.code, row.assigned, row.disbursed])).toEqual([
      ['', '', 30n, 15n],
      ['I', '1', 0n, 0n],
      ['II', '3', 30n, 15n],
      ['-', '3', 10n, 5n],
      ['1', '3.1', 20n, 10n],
      ['2', '3.2', 0n, 0n],
    ]);
  });

  it('counts each household once per project and in the total', () => {
    const benefit = (
      id: string,
      household: string,
      componentId: string,
      parent: string | null,
      amount: string | null,
    ) => ({
      id,
      amount,
      household: { id: household },
      component: { id: componentId, parent: parent ? { id: parent } : null },
    });
    const rows = reachRows(components, [
      benefit('b1', 'h1', 's31', 'p3', '1000'),
      benefit('b2', 'h1', 's32', 'p3', '500'),
      benefit('b3', 'h2', 'p1', null, null),
    ]);
    expect(rows.map((row) => [row.code, row.households, row.benefits, row.amount])).toEqual([
      ['', 2, 3, 1500n],
      ['1', 1, 1, 0n],
      ['3', 1, 2, 1500n],
      ['3.1', 1, 1, 1000n],
      ['3.2', 1, 1, 500n],
    ]);
  });
});
