import { useSubscription } from '@apollo/client/react';
import { useEffect, useRef, useState } from 'react';
import { onLiveConnectionChange } from '../../../apollo/client';
import { AllocationsChangedDocument } from '../../../apollo/generated';
import { type ServerCellEntry, toServerCell } from '../model/server';

export interface LiveEvent {
  cells: ServerCellEntry[];
  changedBy: { id: string; displayName: string } | null;
}

/**
 * Other officers' saves, as they happen (allocationsChanged over graphql-ws). Events sent while
 * the socket was down are not replayed, so after a reconnect the grid is fetched again.
 */
export function useAllocationsLive(planId: string, onEvent: (event: LiveEvent) => void, refetch: () => void) {
  const handlers = useRef({ onEvent, refetch });
  handlers.current = { onEvent, refetch };
  const [connected, setConnected] = useState(true);

  useSubscription(AllocationsChangedDocument, {
    variables: { planId },
    fetchPolicy: 'no-cache',
    ignoreResults: true,
    onData: ({ data }) => {
      const event = data.data?.allocationsChanged;
      if (!event) return;
      handlers.current.onEvent({ cells: event.allocations.map(toServerCell), changedBy: event.changedBy });
    },
  });

  useEffect(
    () =>
      onLiveConnectionChange((change) => {
        setConnected(change === 'reconnected');
        if (change === 'reconnected') handlers.current.refetch();
      }),
    [],
  );

  return { connected };
}
