import { useQuery } from '@apollo/client/react';
import { AllocationGridDocument, AllocationViewerDocument, type Role } from '../../../apollo/generated';

// Article 7 of the plan: Phòng Tài chính - Kế hoạch advises the allocation; only it (and the
// administrator) writes money. The server refuses everyone else too.
const WRITERS: readonly Role[] = ['FINANCE_OFFICER', 'ADMIN'];

/**
 * The whole grid in one request. Not cached: the sheet model holds the cells, and 1,500
 * allocations normalised into the cache would only cost time before the grid can be used.
 */
export function useAllocationGrid(year: number) {
  const { data, loading, error, refetch } = useQuery(AllocationGridDocument, {
    variables: { year },
    fetchPolicy: 'no-cache',
    notifyOnNetworkStatusChange: false,
  });
  return { plans: data?.plans, loading: loading && !data, error, refetch };
}

export function useCanWriteMoney(): boolean {
  const { data } = useQuery(AllocationViewerDocument);
  return Boolean(data?.viewer?.roles.some((role) => WRITERS.includes(role)));
}
