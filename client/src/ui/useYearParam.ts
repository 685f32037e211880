import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

// The plan year the console was first built for; the address's ?year= overrides it.
const DEFAULT_YEAR = 2022;

/** The plan year a page shows, kept in the address (`?year=`) so that a link opens the same year. */
export function useYearParam(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('year');
  const year = raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : DEFAULT_YEAR;
  const setYear = useCallback(
    (next: number) =>
      setParams(
        (current) => {
          current.set('year', String(next));
          return current;
        },
        { replace: true },
      ),
    [setParams],
  );
  return [year, setYear];
}
