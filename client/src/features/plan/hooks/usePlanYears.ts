import { useQuery } from '@apollo/client/react';
import { useMemo } from 'react';
import { PlanYearsDocument } from '../../../apollo/generated';

/** The years that have a plan, newest first, always including the one being shown. */
export function usePlanYears(shown: number): number[] {
  const { data } = useQuery(PlanYearsDocument);
  return useMemo(() => {
    const years = new Set(data?.plans.map((plan) => plan.year));
    years.add(shown);
    return [...years].sort((a, b) => b - a);
  }, [data, shown]);
}
