import DataLoader from 'dataloader';

/**
 * A per-request batch loader (dataloader, one per scope and name): the keys asked for within one
 * turn of the event loop are fetched together (one query for a whole page of households), and each
 * key once per scope. A failed fetch is not kept: asking again in the same request fetches again.
 */
const loaders = new WeakMap<object, Map<string, DataLoader<number, unknown>>>();

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
  let loader = named.get(name) as DataLoader<number, V | undefined> | undefined;
  if (!loader) {
    loader = new DataLoader<number, V | undefined>(
      async (keys) => {
        const values = await fetch([...keys]);
        return keys.map((wanted) => values.get(wanted));
      },
      // A whole turn of the event loop, as before dataloader, rather than its default of one tick:
      // the resolvers of a list that first await a reference or another loader still share a batch.
      { batchScheduleFn: (dispatch) => setImmediate(dispatch), name },
    );
    named.set(name, loader as DataLoader<number, unknown>);
  }
  return loader.load(key);
};

/** Rows grouped by a key, for batch loaders of lists: every key asked for gets a list, maybe empty. */
export const groupedBy = <V>(keys: number[], rows: V[], keyOf: (row: V) => number): Map<number, V[]> => {
  const groups = new Map<number, V[]>(keys.map((key) => [key, []]));
  for (const row of rows) groups.get(keyOf(row))?.push(row);
  return groups;
};
