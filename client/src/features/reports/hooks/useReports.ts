import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback, useMemo } from 'react';
import {
  ReportSubmissionsDocument,
  ReportsCalendarDocument,
  ReportsPlanDocument,
  SubmitReportDocument,
  type SubmitReportInput,
} from '../../../apollo/generated';
import type { ReportViewer } from '../model/report-form';

const PAGE_SIZE = 50;

/** The plan of the year (its deadlines) and who is looking. */
export function useReportsPlan(year: number) {
  const { data, loading, error, refetch } = useQuery(ReportsPlanDocument, { variables: { year } });
  const viewer = data?.viewer;
  const reportViewer = useMemo<ReportViewer | null>(
    () => (viewer ? { roles: viewer.roles, communeIds: viewer.communeScope.map((unit) => unit.id) } : null),
    [viewer],
  );
  return {
    plan: data?.plans[0] ?? null,
    viewer: reportViewer,
    loaded: data !== undefined,
    loading: loading && !data,
    error,
    retry: () => void refetch(),
  };
}

/** Every obligation of the plan as of today; fresh whenever the page opens (reports arrive all the time). */
export function useReportsCalendar(planId: string) {
  const { data, loading, error, refetch } = useQuery(ReportsCalendarDocument, {
    variables: { planId },
    fetchPolicy: 'cache-and-network',
  });
  return {
    obligations: data?.reportingCalendar ?? null,
    loading: loading && !data,
    error,
    retry: () => void refetch(),
  };
}

/** The submissions of a plan, a page at a time (pages join in the cache: relayStylePagination). */
export function useReportSubmissions(planId: string) {
  const { data, loading, error, refetch, fetchMore } = useQuery(ReportSubmissionsDocument, {
    variables: { planId, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.reportSubmissions;
  const loadMore = useCallback(() => {
    const after = connection?.pageInfo.endCursor;
    if (after) void fetchMore({ variables: { after } });
  }, [connection, fetchMore]);
  return {
    submissions: connection?.edges.map((edge) => edge.node) ?? null,
    totalCount: connection?.totalCount ?? 0,
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loadMore,
    loading: loading && !data,
    error,
    retry: () => void refetch(),
  };
}

/**
 * submitReport. A replaced submission updates itself in the cache (same id); a new one changes the
 * calendar's state (which the server works out: on time, late) and the list, so both are asked again.
 */
export function useSubmitReport() {
  const [mutate, { loading }] = useMutation(SubmitReportDocument);
  const submit = useCallback(
    async (input: SubmitReportInput) => {
      const { data } = await mutate({
        variables: { input },
        refetchQueries: ({ data: result }) =>
          result?.submitReport.userErrors.length === 0 ? [ReportsCalendarDocument, ReportSubmissionsDocument] : [],
        awaitRefetchQueries: true,
      });
      return data?.submitReport ?? null;
    },
    [mutate],
  );
  return { submit, submitting: loading };
}
