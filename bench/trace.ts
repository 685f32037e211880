/**
 * BENCH_TRACE=1: where a save's time goes, from inside the process. Wraps pg's Client#query (the
 * ORM's queries and the baselines' alike), EntityManager#find, the flush's change-set computation
 * and entity creation, and listens for GC pauses. Diagnostic only: the wrappers add a little time.
 * SQL times are as the client sees them (round trip plus any wait for a busy event loop).
 */
import { PerformanceObserver, performance } from 'node:perf_hooks';
import { EntityFactory, EntityManager, UnitOfWork } from '@mikro-orm/core';
import pg from 'pg';

type AnyFunction = (this: unknown, ...args: unknown[]) => unknown;

export interface Tracer {
  /** Attributes what follows to `label` (null: to nothing). */
  phase(label: string | null): void;
  add(name: string, ms: number): void;
  /** Mean milliseconds per run, by label then by item, largest first. */
  report(runs: number): string;
}

const statementOf = (args: unknown[]): string => {
  const [first] = args;
  const text = typeof first === 'string' ? first : ((first as { text?: string } | undefined)?.text ?? '');
  return text.replace(/\s+/g, ' ').trim().slice(0, 70);
};

export const installTracer = (): Tracer => {
  let current: string | null = null;
  const totals = new Map<string, Map<string, number>>();
  const add = (name: string, ms: number) => {
    if (current === null) return;
    const bucket = totals.get(current) ?? new Map<string, number>();
    totals.set(current, bucket);
    bucket.set(name, (bucket.get(name) ?? 0) + ms);
  };

  const client = pg.Client.prototype as unknown as { query: AnyFunction };
  const query = client.query;
  client.query = function (this: unknown, ...args: unknown[]) {
    const started = performance.now();
    const name = `sql: ${statementOf(args)}`;
    const done = () => {
      add(name, performance.now() - started);
      add('SQL, all statements', performance.now() - started);
    };
    const callback = args.findIndex((arg) => typeof arg === 'function');
    if (callback >= 0) {
      const original = args[callback] as AnyFunction;
      args[callback] = function (this: unknown, ...results: unknown[]) {
        done();
        return original.apply(this, results);
      };
      return query.apply(this, args);
    }
    const result = query.apply(this, args);
    if (result instanceof Promise) result.then(done, () => {});
    return result;
  };

  const wrap = (prototype: object, method: string, label: string, async: boolean) => {
    const target = prototype as Record<string, AnyFunction>;
    const original = target[method];
    target[method] = async
      ? async function (this: unknown, ...args: unknown[]) {
          const started = performance.now();
          try {
            return await original.apply(this, args);
          } finally {
            add(label, performance.now() - started);
          }
        }
      : function (this: unknown, ...args: unknown[]) {
          const started = performance.now();
          try {
            return original.apply(this, args);
          } finally {
            add(label, performance.now() - started);
          }
        };
  };
  wrap(EntityManager.prototype, 'find', 'orm: em.find, with its SQL (nested finds counted twice)', true);
  wrap(UnitOfWork.prototype, 'computeChangeSets', 'orm: change sets computed by the flush', false);
  wrap(EntityFactory.prototype, 'create', 'orm: EntityFactory.create (entities and references)', false);

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) add('GC pauses', entry.duration);
  }).observe({ entryTypes: ['gc'] });

  return {
    phase(label) {
      current = label;
    },
    add,
    report(runs) {
      return [...totals]
        .map(([label, bucket]) =>
          [
            `${label} (mean ms per run):`,
            ...[...bucket]
              .sort((a, b) => b[1] - a[1])
              .filter(([, ms]) => ms / runs >= 0.5)
              .map(([name, ms]) => `${(ms / runs).toFixed(1).padStart(8)}  ${name}`),
          ].join('\n'),
        )
        .join('\n\n');
    },
  };
};
