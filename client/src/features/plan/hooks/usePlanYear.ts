import { useCallback } from 'react';
import { useSearchParams } from 'react-router';

// The year of the district plan the console was first built for; the URL's ?year= overrides it.
export const DEFAULT_PLAN_YEAR = 2022;

/** The plan year shown, kept in the address so a link opens the same year. */
export function usePlanYear(): [number, (year: number) => void] {
  const [params, setParams] = useSearchParams();
  const year = parseYear(params.get('year')) ?? DEFAULT_PLAN_YEAR;
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

function parseYear(value: string | null): number | null {
  if (value === null || !/^\d{4}$/.test(value)) {
    return null;
  }
  return Number(value);
}
