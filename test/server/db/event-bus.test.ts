import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEventBus, type EventBus, parseServerEvent } from '../../../server/src/common/event-bus';
import { type AllocationsChangedEvent, EVENTS_CHANNEL } from '../../../server/src/common/events';
import { type EmbeddedDatabase, startEmbeddedPostgres } from '../../../server/src/db/embedded-postgres';
import { createTestDatabase } from '../../support/test-app';
import { waitFor } from '../../support/wait-for';

const event = (planId: number, allocationIds: number[] = [1]): AllocationsChangedEvent => ({
  topic: 'ALLOCATIONS_CHANGED',
  planId,
  allocationIds,
  userId: null,
});

const notify = async (url: string, payload: unknown) => {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('select pg_notify($1, $2)', [EVENTS_CHANNEL, JSON.stringify(payload)]);
  } finally {
    await client.end();
  }
};

const within = <T>(promise: Promise<T>, ms: number, what: string): Promise<T> =>
  Promise.race([
    promise,
    new Promise<never>((_resolve, reject) => setTimeout(() => reject(new Error(`${what}: not within ${ms} ms`)), ms)),
  ]);

describe('event bus', () => {
  let database: { url: string; drop(): Promise<void> };
  let bus: EventBus;
  const logs: string[] = [];

  beforeAll(async () => {
    database = await createTestDatabase({ empty: true });
    bus = createEventBus(database.url, (line) => logs.push(line));
    await bus.ready();
  });
  afterAll(async () => {
    await bus?.close();
    await database?.drop();
  });

  it('reads only well-formed events of known topics', () => {
    expect(parseServerEvent(JSON.stringify({ ...event(3, [5, 6]), extra: 'dropped' }))).toEqual(event(3, [5, 6]));
    expect(parseServerEvent(JSON.stringify({ topic: 'FROM_A_NEWER_VERSION' }))).toBe('unknown');
    for (const junk of [
      'not json',
      'null',
      '42',
      JSON.stringify({ ...event(3), planId: '3' }),
      JSON.stringify({ ...event(3), allocationIds: [1.5] }),
      JSON.stringify({ ...event(3), userId: -1 }),
      JSON.stringify({ planId: 3 }),
    ]) {
      expect(parseServerEvent(junk), junk).toBe('malformed');
    }
  });

  it('hands each subscriber the events that pass its filter, in order', async () => {
    const plan1 = bus.subscribe('ALLOCATIONS_CHANGED', (e) => e.planId === 1);
    const all = bus.subscribe('ALLOCATIONS_CHANGED');
    for (const payload of [event(1, [1]), event(2, [2]), event(1, [3])]) await notify(database.url, payload);

    expect((await plan1.next()).value).toEqual(event(1, [1]));
    expect((await plan1.next()).value).toEqual(event(1, [3]));
    expect([(await all.next()).value, (await all.next()).value, (await all.next()).value]).toEqual([
      event(1, [1]),
      event(2, [2]),
      event(1, [3]),
    ]);
    await plan1.return?.();
    await all.return?.();
    expect(bus.listenerCount).toBe(0);
  });

  it('ends a waiting next() at once when the subscriber returns', async () => {
    const subscription = bus.subscribe('ALLOCATIONS_CHANGED');
    const waiting = subscription.next();
    expect(bus.listenerCount).toBe(1);
    await subscription.return?.();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(bus.listenerCount).toBe(0);
  });

  it('ends a subscriber that falls too far behind, with an error', async () => {
    const small = createEventBus(database.url, () => {}, { maxQueued: 2 });
    try {
      await small.ready();
      const subscription = small.subscribe('ALLOCATIONS_CHANGED');
      for (const planId of [1, 2, 3]) await notify(database.url, event(planId));
      // NOTIFYs arrive asynchronously: wait until the third has overflowed the queue of two.
      await expect.poll(() => small.listenerCount, { timeout: 2_000 }).toBe(0);
      await expect(within(subscription.next(), 2_000, 'the overflow')).rejects.toThrow(
        /fell more than 2 events behind/,
      );
    } finally {
      await small.close();
    }
  });

  it('completes its subscribers and stops on close', async () => {
    const other = createEventBus(database.url, () => {});
    await other.ready();
    const subscription = other.subscribe('ALLOCATIONS_CHANGED');
    const waiting = subscription.next();
    await other.close();
    expect(await waiting).toEqual({ value: undefined, done: true });
    expect(other.listening).toBe(false);
    expect(other.listenerCount).toBe(0);
  });
});

// Its own cluster: the shared one must not restart under the other test files.
describe('event bus when PostgreSQL restarts', () => {
  let dataDir: string;
  let port: number;
  let postgres: EmbeddedDatabase;
  let bus: EventBus;
  const logs: string[] = [];

  beforeAll(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'ansinh-bus-restart-'));
    port = 50000 + Math.floor(Math.random() * 4000);
    postgres = await startEmbeddedPostgres({ dataDir, port });
  }, 120_000);

  afterAll(async () => {
    await bus?.close();
    await postgres?.stop();
    await rm(dataDir, { recursive: true, force: true });
  });

  it('listens again once PostgreSQL is back, keeping its subscribers, with one log line per outage', async () => {
    bus = createEventBus(postgres.url, (line) => logs.push(line), { retryDelayMs: 50, maxRetryDelayMs: 400 });
    await bus.ready();
    const subscription = bus.subscribe('ALLOCATIONS_CHANGED');

    await postgres.stop();
    // Down for a while: several reconnection attempts fail, quietly.
    await waitFor(() => bus.failedAttempts >= 3, { what: 'three reconnection attempts have failed' });
    expect(bus.listening).toBe(false);
    expect(logs).toHaveLength(1);
    postgres = await startEmbeddedPostgres({ dataDir, port });
    await within(bus.ready(), 10_000, 'listening again');

    await notify(postgres.url, event(7));
    expect((await within(subscription.next(), 2_000, 'the event')).value).toEqual(event(7));
    expect(logs).toEqual([
      expect.stringMatching(/^event bus: no PostgreSQL connection \(.+\); retrying$/),
      'event bus: listening again',
    ]);
    expect(bus.failedAttempts).toBe(0);
  }, 120_000);
});
