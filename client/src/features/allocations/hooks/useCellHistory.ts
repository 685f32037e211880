import { useQuery } from '@apollo/client/react';
import { useEffect, useRef } from 'react';
import { AllocationHistoryDocument, EnvelopeAssignmentsDocument } from '../../../apollo/generated';

/** One cell's audit trail; fetched again whenever the cell's version moves. */
export function useCellHistory(allocationId: string | null, version: number | null) {
  const { data, loading, error, refetch } = useQuery(AllocationHistoryDocument, {
    variables: { id: allocationId ?? '' },
    skip: !allocationId,
    fetchPolicy: 'cache-and-network',
  });
  // A save or someone else's edit moves the version: the list gains an entry.
  const seen = useRef<{ id: string | null; version: number | null }>({ id: allocationId, version });
  useEffect(() => {
    const previous = seen.current;
    seen.current = { id: allocationId, version };
    if (allocationId && previous.id === allocationId && previous.version !== version) void refetch();
  }, [allocationId, version, refetch]);
  const node = data?.node;
  return {
    entries: node?.__typename === 'Allocation' && node.id === allocationId ? node.history : null,
    loading,
    error,
  };
}

/** The province's assignment decisions that make up one envelope. */
export function useEnvelopeAssignments(envelopeId: string | null) {
  const { data, loading } = useQuery(EnvelopeAssignmentsDocument, {
    variables: { id: envelopeId ?? '' },
    skip: !envelopeId,
    fetchPolicy: 'cache-and-network',
  });
  const node = data?.node;
  return {
    assignments: node?.__typename === 'Envelope' && node.id === envelopeId ? node.assignments : null,
    loading,
  };
}
