import { PRINT_PATHS } from '../../../ui/layout/sections';

/** The periods of the programme's results report: to 30 June (6 tháng) or the whole year. */
export type ReportPeriod = 'SEMIANNUAL' | 'ANNUAL';

export const REPORT_PERIODS: readonly ReportPeriod[] = ['SEMIANNUAL', 'ANNUAL'];

/** The server's spreadsheets, for one plan (see docs/access.md, HTTP endpoints). */
export function allocationDecisionPath(planId: string): string {
  return `/exports/allocation-decision.xlsx?${new URLSearchParams({ planId })}`;
}

export function resultsReportPath(planId: string, period: ReportPeriod): string {
  return `/exports/results-report.xlsx?${new URLSearchParams({ planId, period })}`;
}

/** The console's printable pages of the same two documents, by plan year. */
export function printAllocationPath(year: number): string {
  return `${PRINT_PATHS.allocation}?${new URLSearchParams({ year: String(year) })}`;
}

export function printResultsPath(year: number, period: ReportPeriod): string {
  return `${PRINT_PATHS.results}?${new URLSearchParams({ year: String(year), period })}`;
}

export function parsePeriod(value: string | null): ReportPeriod {
  return value === 'SEMIANNUAL' ? 'SEMIANNUAL' : 'ANNUAL';
}
