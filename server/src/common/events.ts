import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Change events cross server processes through PostgreSQL: writers NOTIFY inside their
 * transaction (delivered only if it commits), every process LISTENs and feeds its subscriptions.
 */
export const EVENTS_CHANNEL = 'ansinh_events';

export interface AllocationsChangedEvent {
  topic: 'ALLOCATIONS_CHANGED';
  planId: number;
  allocationIds: number[];
  userId: number | null;
}

export type ServerEvent = AllocationsChangedEvent;

// NOTIFY payloads must stay under 8000 bytes: large batches go out as several events.
const IDS_PER_EVENT = 900;

/** Queues the event in the current transaction; it is delivered on commit and dropped on rollback. */
export const notifyAllocationsChanged = async (
  em: EntityManager,
  event: Omit<AllocationsChangedEvent, 'topic'>,
): Promise<void> => {
  for (let start = 0; start < event.allocationIds.length; start += IDS_PER_EVENT) {
    const chunk: AllocationsChangedEvent = {
      topic: 'ALLOCATIONS_CHANGED',
      ...event,
      allocationIds: event.allocationIds.slice(start, start + IDS_PER_EVENT),
    };
    await em.execute('select pg_notify(?, ?)', [EVENTS_CHANNEL, JSON.stringify(chunk)]);
  }
};
