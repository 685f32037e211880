import type { FormattedExecutionResult } from 'graphql';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

type Delivery<T> = { result: FormattedExecutionResult<T, unknown> } | { error: unknown } | { complete: true };

export interface Subscription<T> {
  /** The next result the server sent; fails after `timeoutMs`, or when the subscription ended instead. */
  next(timeoutMs?: number): Promise<FormattedExecutionResult<T, unknown>>;
  /** The next result that `accept`s, skipping the others. */
  nextMatching(
    accept: (result: FormattedExecutionResult<T, unknown>) => boolean,
    timeoutMs?: number,
  ): Promise<FormattedExecutionResult<T, unknown>>;
  /** How the subscription ended: the error (a CloseEvent such as `{ code: 4403 }`, or GraphQL errors), or 'complete'. */
  ended(timeoutMs?: number): Promise<unknown>;
  /** Fails if anything arrives within `ms`. */
  expectNothing(ms: number): Promise<void>;
  /** Closes the websocket. */
  close(): Promise<void>;
}

/** `http://host:port` of a test server → its graphql-ws endpoint. */
export const websocketUrl = (httpUrl: string): string => `${httpUrl.replace(/^http/, 'ws')}/graphql`;

/**
 * One subscription on its own graphql-ws connection, as the console opens it
 * (`connectionParams.authorization`), its deliveries queued for the test to take in order.
 */
export const subscribe = <T = Record<string, unknown>>(
  httpUrl: string,
  { token, query, variables }: { token?: string; query: string; variables?: Record<string, unknown> },
): Subscription<T> => {
  const client = createClient({
    url: websocketUrl(httpUrl),
    webSocketImpl: WebSocket,
    connectionParams: token ? { authorization: `Bearer ${token}` } : {},
    retryAttempts: 0,
  });
  const deliveries: Delivery<T>[] = [];
  let wake: (() => void) | null = null;
  const deliver = (delivery: Delivery<T>) => {
    deliveries.push(delivery);
    wake?.();
  };
  client.subscribe<T>(
    { query, variables },
    {
      next: (result) => deliver({ result }),
      error: (error) => deliver({ error }),
      complete: () => deliver({ complete: true }),
    },
  );

  const take = async (timeoutMs: number): Promise<Delivery<T> | null> => {
    const deadline = Date.now() + timeoutMs;
    while (deliveries.length === 0) {
      const left = deadline - Date.now();
      if (left <= 0) return null;
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      wake = null;
    }
    return deliveries.shift() ?? null;
  };

  const describe = (delivery: Delivery<T>) => JSON.stringify('result' in delivery ? delivery.result : delivery);

  const subscription: Subscription<T> = {
    async next(timeoutMs = 2_000) {
      const delivery = await take(timeoutMs);
      if (!delivery) throw new Error(`no result within ${timeoutMs} ms`);
      if (!('result' in delivery)) throw new Error(`the subscription ended instead: ${describe(delivery)}`);
      return delivery.result;
    },
    async nextMatching(accept, timeoutMs = 2_000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const result = await subscription.next(Math.max(0, deadline - Date.now()));
        if (accept(result)) return result;
      }
    },
    async ended(timeoutMs = 2_000) {
      const delivery = await take(timeoutMs);
      if (!delivery) throw new Error(`still open after ${timeoutMs} ms`);
      if ('result' in delivery) throw new Error(`got a result instead: ${describe(delivery)}`);
      return 'error' in delivery ? delivery.error : 'complete';
    },
    async expectNothing(ms) {
      const delivery = await take(ms);
      if (delivery) throw new Error(`expected nothing, got ${describe(delivery)}`);
    },
    async close() {
      await client.dispose();
    },
  };
  return subscription;
};
