import { useSearchParams } from 'react-router';
import { useYearParam } from '../../../ui/useYearParam';
import { parsePeriod, type ReportPeriod } from '../model/paths';

/** The plan year (and, for the results report, the period) a printable page is for, from its address. */
export function usePrintParams(): { year: number; period: ReportPeriod } {
  const [year] = useYearParam();
  const [params] = useSearchParams();
  return { year, period: parsePeriod(params.get('period')) };
}
