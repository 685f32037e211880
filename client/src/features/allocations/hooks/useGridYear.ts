import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

// The district's first plan year in the console; the address's ?year= overrides it.
const DEFAULT_YEAR = 2022;

/** The plan year shown, kept in the address so a link opens the same year. */
export function useGridYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const raw = params.get('year');
  const year = raw !== null && /^\d{4}$/.test(raw) ? Number(raw) : DEFAULT_YEAR;
  const setYear = useCallback(
    (next: number) => {
      setParams(
        (current) => {
          current.set('year', String(next));
          return current;
        },
        { replace: true },
      );
    },
    [setParams],
  );
  return [year, setYear];
}
