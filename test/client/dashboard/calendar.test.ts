import { describe, expect, it } from 'vitest';
import { reportingMatrix } from '../../../client/src/features/dashboard/model/calendar';

type State = 'SUBMITTED_ON_TIME' | 'SUBMITTED_LATE' | 'OVERDUE' | 'NOT_YET_DUE';
type Kind = 'COMMUNE_PLAN' | 'SEMIANNUAL_REPORT' | 'ANNUAL_REPORT';

const DUE: Record<Kind, string> = {
  COMMUNE_PLAN: '2022-04-30',
  SEMIANNUAL_REPORT: '2022-06-10',
  ANNUAL_REPORT: '2022-11-10',
};
const obligation = (kind: Kind, unit: string, state: State, daysLate = 0) => ({
  kind,
  dueOn: DUE[kind],
  state,
  daysLate,
  unit: { id: unit, name: unit },
});

describe('the reporting calendar matrix', () => {
  const calendar = [
    obligation('COMMUNE_PLAN', 'Ia Tơi', 'SUBMITTED_ON_TIME'),
    obligation('COMMUNE_PLAN', 'Ia Đal', 'SUBMITTED_LATE', 5),
    obligation('COMMUNE_PLAN', 'Ia Dom', 'OVERDUE', 40),
    obligation('SEMIANNUAL_REPORT', 'Phòng Tài chính', 'SUBMITTED_ON_TIME'),
    obligation('SEMIANNUAL_REPORT', 'Ia Tơi', 'SUBMITTED_LATE', 3),
    obligation('SEMIANNUAL_REPORT', 'Ia Đal', 'NOT_YET_DUE'),
    obligation('SEMIANNUAL_REPORT', 'Ia Dom', 'NOT_YET_DUE'),
    obligation('ANNUAL_REPORT', 'Phòng Tài chính', 'NOT_YET_DUE'),
    obligation('ANNUAL_REPORT', 'Ia Tơi', 'NOT_YET_DUE'),
    obligation('ANNUAL_REPORT', 'Ia Đal', 'NOT_YET_DUE'),
    obligation('ANNUAL_REPORT', 'Ia Dom', 'NOT_YET_DUE'),
  ];

  it('has a column per deadline by due date, with the states counted', () => {
    const matrix = reportingMatrix([...calendar].reverse());
    expect(matrix.columns).toEqual([
      { kind: 'COMMUNE_PLAN', dueOn: '2022-04-30', counts: { onTime: 1, late: 1, overdue: 1, notYetDue: 0 } },
      { kind: 'SEMIANNUAL_REPORT', dueOn: '2022-06-10', counts: { onTime: 1, late: 1, overdue: 0, notYetDue: 2 } },
      { kind: 'ANNUAL_REPORT', dueOn: '2022-11-10', counts: { onTime: 0, late: 0, overdue: 0, notYetDue: 4 } },
    ]);
    expect(matrix.late).toBe(2);
    expect(matrix.overdue).toBe(1);
  });

  it("has a row per unit in the plan's order, and no cell where a unit owes nothing", () => {
    const matrix = reportingMatrix(calendar);
    expect(matrix.rows.map((row) => row.unit.name)).toEqual(['Phòng Tài chính', 'Ia Tơi', 'Ia Đal', 'Ia Dom']);
    const finance = matrix.rows[0];
    expect(finance?.cells.COMMUNE_PLAN).toBeUndefined();
    expect(matrix.rows[3]?.cells.COMMUNE_PLAN).toMatchObject({ state: 'OVERDUE', daysLate: 40 });
  });

  it('is empty for a plan without deadlines', () => {
    expect(reportingMatrix([])).toEqual({ columns: [], rows: [], late: 0, overdue: 0 });
  });
});
