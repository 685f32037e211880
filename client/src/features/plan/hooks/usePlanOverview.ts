import { useQuery } from '@apollo/client/react';
import { PlanOverviewDocument, type PlanOverviewQuery } from '../../../apollo/generated';

export type PlanOverview = PlanOverviewQuery['plans'][number];

export function usePlanOverview(year: number) {
  const { data, loading, error, refetch } = useQuery(PlanOverviewDocument, {
    variables: { year },
  });
  return {
    plans: data?.plans,
    loading,
    error,
    retry: () => void refetch(),
  };
}
