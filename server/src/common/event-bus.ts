import pg from 'pg';
import type { PubSub } from 'type-graphql';
import { EVENTS_CHANNEL, type ServerEvent } from './events';

export type Topic = ServerEvent['topic'];
export type EventOf<T extends Topic> = Extract<ServerEvent, { topic: T }>;

/**
 * This process's view of the change events every server process NOTIFYs: one LISTEN connection,
 * fanned out to the subscriptions of this process.
 */
export interface EventBus {
  /** Events of one topic (those passing `filter`), from now until `return()` or `close()`. */
  subscribe<T extends Topic>(topic: T, filter?: (event: EventOf<T>) => boolean): AsyncIterableIterator<EventOf<T>>;
  /** Open subscriptions in this process. */
  readonly listenerCount: number;
  /** Whether the LISTEN connection is up (events sent while it is down are not seen). */
  readonly listening: boolean;
  /** Attempts to (re)connect that failed since it last listened; 0 while listening. For observing only. */
  readonly failedAttempts: number;
  /** Resolves once LISTEN is in place: at once when it is, else on the next (re)connection or on close. */
  ready(): Promise<void>;
  /** Stops reconnecting, ends the connection and completes every subscription. */
  close(): Promise<void>;
}

export interface EventBusOptions {
  /** First wait before reconnecting; doubles on each failure up to `maxRetryDelayMs`. */
  retryDelayMs?: number;
  maxRetryDelayMs?: number;
  /** Events a subscriber may have waiting; past that it is ended with an error rather than grow without bound. */
  maxQueued?: number;
}

/**
 * type-graphql requires a PubSub as soon as the schema has a subscription, and keeps it in a static,
 * process-wide build context. Subscriptions here take the bus from their context instead.
 */
export const noPubSub: PubSub = {
  publish() {
    throw new Error('publish through notifyAllocationsChanged (PostgreSQL NOTIFY), not the schema PubSub');
  },
  subscribe() {
    throw new Error('subscribe through context.eventBus with @Subscription({ subscribe })');
  },
};

const isId = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value > 0;

const TOPICS: readonly string[] = ['ALLOCATIONS_CHANGED'] satisfies Topic[];

/**
 * The event in a NOTIFY payload; 'unknown' for a topic this version does not know (a newer process
 * may send it during a rolling update); 'malformed' for anything else.
 */
export const parseServerEvent = (payload: string | undefined): ServerEvent | 'unknown' | 'malformed' => {
  let value: unknown;
  try {
    value = JSON.parse(payload ?? '');
  } catch {
    return 'malformed';
  }
  if (typeof value !== 'object' || value === null) return 'malformed';
  const { topic, planId, allocationIds, userId } = value as Record<string, unknown>;
  if (typeof topic === 'string' && !TOPICS.includes(topic)) return 'unknown';
  if (topic !== 'ALLOCATIONS_CHANGED' || !isId(planId) || !Array.isArray(allocationIds)) return 'malformed';
  if (!allocationIds.every(isId) || !(userId === null || isId(userId))) return 'malformed';
  return { topic, planId, allocationIds, userId };
};

interface Listener {
  topic: Topic;
  accepts(event: ServerEvent): boolean;
  push(event: ServerEvent): void;
  end(): void;
}

export const createEventBus = (
  databaseUrl: string,
  log: (message: string) => void,
  { retryDelayMs = 100, maxRetryDelayMs = 5_000, maxQueued = 1_000 }: EventBusOptions = {},
): EventBus => {
  const listeners = new Set<Listener>();
  let client: pg.Client | null = null;
  let listening = false;
  let closed = false;
  let failures = 0;
  let failedAttempts = 0;
  let retryTimer: NodeJS.Timeout | undefined;
  let connecting: Promise<void> | null = null;
  let waiters: (() => void)[] = [];

  const wakeWaiters = () => {
    for (const wake of waiters) wake();
    waiters = [];
  };

  const dispatch = (payload: string | undefined) => {
    const event = parseServerEvent(payload);
    if (event === 'unknown') return;
    if (event === 'malformed') {
      log(`event bus: ignored a malformed event: ${String(payload).slice(0, 200)}`);
      return;
    }
    for (const listener of listeners) {
      if (listener.topic === event.topic && listener.accepts(event)) listener.push(event);
    }
  };

  const scheduleReconnect = () => {
    if (closed || retryTimer) return;
    const delay = Math.min(maxRetryDelayMs, retryDelayMs * 2 ** Math.min(failures, 16));
    failures += 1;
    retryTimer = setTimeout(() => {
      retryTimer = undefined;
      void connect();
    }, delay);
    retryTimer.unref();
  };

  // Called by both 'error' and 'end' of a connection, and by a failed connect: acts once per connection.
  const lost = (lostClient: pg.Client, error?: Error) => {
    if (client !== lostClient) return;
    client = null;
    // One line per outage, not one per attempt.
    if (failures === 0) log(`event bus: no PostgreSQL connection (${error?.message ?? 'connection ended'}); retrying`);
    listening = false;
    lostClient.removeAllListeners('notification');
    lostClient.end().catch(() => {});
    scheduleReconnect();
  };

  const connect = (): Promise<void> => {
    if (closed || client) return Promise.resolve();
    const candidate = new pg.Client({
      connectionString: databaseUrl,
      application_name: 'ansinh-events',
      keepAlive: true,
      connectionTimeoutMillis: 10_000,
    });
    client = candidate;
    candidate.on('notification', (message) => {
      if (message.channel === EVENTS_CHANNEL) dispatch(message.payload);
    });
    candidate.on('error', (error) => lost(candidate, error));
    candidate.on('end', () => lost(candidate));
    connecting = (async () => {
      try {
        await candidate.connect();
        await candidate.query(`listen ${EVENTS_CHANNEL}`);
      } catch (error) {
        failedAttempts += 1;
        lost(candidate, error instanceof Error ? error : new Error(String(error)));
        return;
      }
      if (client !== candidate) return;
      if (failures > 0) log('event bus: listening again');
      failures = 0;
      failedAttempts = 0;
      listening = true;
      wakeWaiters();
    })();
    return connecting;
  };

  const subscribe = <T extends Topic>(
    topic: T,
    filter: (event: EventOf<T>) => boolean = () => true,
  ): AsyncIterableIterator<EventOf<T>> => {
    const queue: EventOf<T>[] = [];
    const pending: { resolve(result: IteratorResult<EventOf<T>>): void; reject(error: Error): void }[] = [];
    let done = false;
    let failure: Error | null = null;

    const finish = (error: Error | null) => {
      if (done) return;
      done = true;
      failure = error;
      listeners.delete(listener);
      queue.length = 0;
      for (const waiter of pending.splice(0)) {
        if (error) waiter.reject(error);
        else waiter.resolve({ value: undefined, done: true });
      }
    };

    const listener: Listener = {
      topic,
      accepts: (event) => {
        try {
          return filter(event as EventOf<T>);
        } catch (error) {
          log(`event bus: a subscription filter failed: ${error instanceof Error ? error.message : String(error)}`);
          return false;
        }
      },
      push: (event) => {
        const waiter = pending.shift();
        if (waiter) waiter.resolve({ value: event as EventOf<T>, done: false });
        else if (queue.length < maxQueued) queue.push(event as EventOf<T>);
        else finish(new Error(`a subscriber fell more than ${maxQueued} events behind and was ended`));
      },
      end: () => finish(null),
    };
    listeners.add(listener);

    const iterator: AsyncIterableIterator<EventOf<T>> = {
      next() {
        const event = queue.shift();
        if (event) return Promise.resolve({ value: event, done: false });
        if (failure) {
          const error = failure;
          failure = null;
          return Promise.reject(error);
        }
        if (done) return Promise.resolve({ value: undefined, done: true });
        return new Promise((resolve, reject) => pending.push({ resolve, reject }));
      },
      // Called when the websocket closes or the client completes: must resolve even while next() waits.
      return() {
        finish(null);
        return Promise.resolve({ value: undefined, done: true });
      },
      throw(error?: unknown) {
        finish(null);
        return Promise.reject(error);
      },
      [Symbol.asyncIterator]() {
        return iterator;
      },
    };
    return iterator;
  };

  void connect();

  return {
    subscribe,
    get listenerCount() {
      return listeners.size;
    },
    get listening() {
      return listening;
    },
    get failedAttempts() {
      return failedAttempts;
    },
    ready() {
      if (listening || closed) return Promise.resolve();
      return new Promise((resolve) => waiters.push(resolve));
    },
    async close() {
      if (closed) return;
      closed = true;
      clearTimeout(retryTimer);
      retryTimer = undefined;
      await connecting;
      const last = client;
      client = null;
      listening = false;
      if (last) {
        last.removeAllListeners('notification');
        await last.end().catch(() => {});
      }
      for (const listener of [...listeners]) listener.end();
      wakeWaiters();
    },
  };
};
