import { NetworkStatus } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import { type SecurityEventFilter, SecurityEventsDocument } from '../../../apollo/generated';
import { SECURITY_LOG_PAGE } from '../model/security-log';

/**
 * The security log, newest first, one page at a time: `loadMore` appends the next page after the
 * last cursor (the cache's `securityEvents` policy joins the pages). Always asked again on opening,
 * since every sign-in adds to it.
 */
export function useSecurityEvents(filter: SecurityEventFilter) {
  const { data, previousData, loading, error, refetch, fetchMore, networkStatus } = useQuery(SecurityEventsDocument, {
    variables: { first: SECURITY_LOG_PAGE, filter },
    fetchPolicy: 'cache-and-network',
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.securityEvents;
  const endCursor = connection?.pageInfo.endCursor ?? null;
  const loadMore = useCallback(async () => {
    if (endCursor) await fetchMore({ variables: { after: endCursor } });
  }, [fetchMore, endCursor]);
  return {
    events: connection?.edges.map((edge) => edge.node) ?? [],
    hasMore: connection?.pageInfo.hasNextPage ?? false,
    loading: loading && !connection,
    loadingMore: networkStatus === NetworkStatus.fetchMore,
    error,
    refetch,
    loadMore,
  };
}
