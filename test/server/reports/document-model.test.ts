import 'reflect-metadata';
import { describe, expect, it } from 'vitest';
import { ComponentKind, type ProgramComponent } from '../../../server/src/modules/plan/program-component.entity';
import { adjustmentNotes } from '../../../server/src/modules/reports/exports/allocation-decision.document';
import { type DocumentRow, money, projectRows } from '../../../server/src/modules/reports/exports/document';
import {
  periodSpan,
  ReportPeriod,
  verdictOf,
} from '../../../server/src/modules/reports/exports/results-report.document';
import { componentLabel, roman, viDate, viInstant } from '../../../server/src/modules/reports/exports/wording';

// The pieces every official document is built of, without a database: the words, the numbering and
// the rows of a table by project. What the documents hold is tested against the API in
// exports.test.ts; that the .xlsx and the print page show the same cells, in the e2e tests.

const component = (id: number, code: string, parent: number | null = null) =>
  ({
    id,
    code,
    name: `Tên ${code}`,
    kind: parent ? ComponentKind.SUBPROJECT : ComponentKind.PROJECT,
    parent: parent ? { id: parent } : undefined,
  }) as unknown as ProgramComponent;
const components = [component(1, '1'), component(3, '3'), component(31, '3.1', 3), component(32, '3.2', 3)];

/** STT, Mã and label of each row, with its kind. */
const labels = (rows: DocumentRow[]) =>
  rows.map((row) => [row.kind, ...row.cells.slice(0, 3).map((cell) => cell.text)]);

describe('the documents’ words', () => {
  it('number projects in roman numerals and label components as the programme does', () => {
    expect([1, 4, 7, 9, 14].map(roman)).toEqual(['I', 'IV', 'VII', 'IX', 'XIV']);
    expect(componentLabel(components[2])).toBe('Tiểu dự án 1: Tên 3.1');
    expect(componentLabel(components[0])).toBe('Dự án 1: Tên 1');
  });

  it('write dates and instants in Vietnam time, as decisions do', () => {
    expect(viDate('2022-05-20')).toBe('20/5/2022');
    expect(viInstant(new Date('2022-05-10T18:30:00Z'))).toBe('01:30 ngày 11/5/2022');
  });

  it('cover the first half or the whole plan year, and word the verdicts', () => {
    expect(periodSpan(2022, ReportPeriod.SEMIANNUAL)).toEqual({
      from: '2022-01-01',
      to: '2022-06-30',
      label: '6 tháng đầu năm 2022',
    });
    expect(periodSpan(2022, ReportPeriod.ANNUAL).to).toBe('2022-12-31');
    expect(verdictOf(false, null, ReportPeriod.ANNUAL)).toBe('Chưa giao chỉ tiêu');
    expect(verdictOf(true, null, ReportPeriod.ANNUAL)).toBe('Chưa có số liệu');
    expect(verdictOf(true, true, ReportPeriod.SEMIANNUAL)).toBe('Đạt');
    // Mid-year a missed target is at risk; at year end it is missed.
    expect(verdictOf(true, false, ReportPeriod.SEMIANNUAL)).toBe('Có nguy cơ không đạt');
    expect(verdictOf(true, false, ReportPeriod.ANNUAL)).toBe('Không đạt');
  });

  it('sum up adjustments by decision, in the order they were made', () => {
    expect(
      adjustmentNotes([
        { decisionNumber: '10/QĐ-UBND', decisionDate: '2022-08-01', reason: 'Điều chuyển' },
        { decisionNumber: '20/QĐ-UBND', decisionDate: '2022-09-01', reason: 'Bổ sung' },
        { decisionNumber: '10/QĐ-UBND', decisionDate: '2022-08-01', reason: 'Điều chuyển' },
      ]),
    ).toEqual([
      'Điều chỉnh theo Quyết định số 10/QĐ-UBND ngày 1/8/2022: 2 lần thay đổi ô phân bổ; lý do: Điều chuyển.',
      'Điều chỉnh theo Quyết định số 20/QĐ-UBND ngày 1/9/2022: 1 lần thay đổi ô phân bổ; lý do: Bổ sung.',
    ]);
  });
});

describe('a table by project', () => {
  it('lists Tổng cộng, each project and its sub-projects, and a project’s own money only when it has some', async () => {
    const asked: string[] = [];
    const rows = await projectRows(components, ({ level, component: at, own }) => {
      asked.push(`${level}${own ? ' own' : ''} ${at?.code ?? ''}`.trim());
      return [money(1n, 'x')];
    });
    expect(labels(rows)).toEqual([
      ['TOTAL', '', '', 'TỔNG CỘNG'],
      ['PROJECT', 'I', '1', 'Dự án 1: Tên 1'],
      ['PROJECT', 'II', '3', 'Dự án 3: Tên 3'],
      ['CHILD', '-', '3', 'Kinh phí chung của dự án (chưa phân theo tiểu dự án)'],
      ['CHILD', '1', '3.1', 'Tiểu dự án 1: Tên 3.1'],
      ['CHILD', '2', '3.2', 'Tiểu dự án 2: Tên 3.2'],
    ]);
    // A project without sub-projects has no row of its own money: its row is all of it.
    expect(asked).toEqual(['TOTAL', 'PROJECT 1', 'PROJECT 3', 'COMPONENT own 3', 'COMPONENT 3.1', 'COMPONENT 3.2']);
    expect(rows.map((row) => row.key)).toEqual(['total', '1', '3', '3-own', '3.1', '3.2']);

    const withoutOwn = await projectRows(components, ({ own }) => (own ? null : []));
    expect(withoutOwn.map((row) => row.key)).toEqual(['total', '1', '3', '3.1', '3.2']);
  });
});
