/**
 * A per-request batch loader: the keys asked for within one turn of the event loop are fetched
 * together (one query for a whole page of households), and each key once per request.
 */
const loaders = new WeakMap<object, Map<string, (key: number) => Promise<unknown>>>();

export const batchLoad = <V>(
  scope: object,
  name: string,
  fetch: (keys: number[]) => Promise<Map<number, V>>,
  key: number,
): Promise<V | undefined> => {
  let named = loaders.get(scope);
  if (!named) {
    named = new Map();
    loaders.set(scope, named);
  }
  let load = named.get(name) as ((key: number) => Promise<V | undefined>) | undefined;
  if (!load) {
    const cache = new Map<number, Promise<V | undefined>>();
    let pending: { key: number; resolve(value: V | undefined): void; reject(error: unknown): void }[] = [];
    load = (wanted: number) => {
      const cached = cache.get(wanted);
      if (cached) return cached;
      const promise = new Promise<V | undefined>((resolve, reject) => {
        if (pending.length === 0) {
          setImmediate(() => {
            const batch = pending;
            pending = [];
            fetch(batch.map((item) => item.key)).then(
              (values) => {
                for (const item of batch) item.resolve(values.get(item.key));
              },
              (error: unknown) => {
                for (const item of batch) item.reject(error);
              },
            );
          });
        }
        pending.push({ key: wanted, resolve, reject });
      });
      cache.set(wanted, promise);
      return promise;
    };
    named.set(name, load as (key: number) => Promise<unknown>);
  }
  return load(key);
};

/** Rows grouped by a key, for batch loaders of lists: every key asked for gets a list, maybe empty. */
export const groupedBy = <V>(keys: number[], rows: V[], keyOf: (row: V) => number): Map<number, V[]> => {
  const groups = new Map<number, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return groups;
};
