import { useSearchParams } from 'react-router';
import { parsePeriod, type ReportPeriod } from '../model/paths';

// The district's first plan year in the console; the address's ?year= says which.
const DEFAULT_YEAR = 2022;

/** The plan year (and, for the results report, the period) a printable page is for, from its address. */
export function usePrintParams(): { year: number; period: ReportPeriod } {
  const [params] = useSearchParams();
  const raw = params.get('year');
  return {
    year: raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : DEFAULT_YEAR,
    period: parsePeriod(params.get('period')),
  };
}
