import { useSearchParams } from 'react-router';

/** A list's filter values as the address holds them: a string, or a list for repeated keys. */
type Values<K extends string> = Record<K, string | string[] | undefined>;
type Changes<K extends string> = Partial<
  Record<K | 'page' | 'pageSize', string | string[] | number | undefined | null>
>;

function valuesOf<K extends string>(params: URLSearchParams, keys: readonly K[]): Values<K> {
  return Object.fromEntries(
    keys.map((key) => {
      const all = params.getAll(key);
      return [key, all.length > 1 ? all : (all[0] ?? undefined)];
    }),
  ) as Values<K>;
}

/**
 * A list's filters and page kept in the address (so links from a report figure open the right
 * list, and reload or back keeps it). Values are strings or string lists. `update` takes the
 * changes, or a function of the current values — computed from the address at the moment of
 * the change, not from a render that may not have caught up with a previous change.
 */
export function useListParams<K extends string>(keys: readonly K[]) {
  const [params, setParams] = useSearchParams();
  const values = valuesOf(params, keys);
  const page = Number(params.get('page') ?? '1') || 1;
  const pageSize = Number(params.get('pageSize') ?? '20') || 20;
  function update(changes: Changes<K> | ((current: Values<K>) => Changes<K>)) {
    // The address as it is now: react-router's functional form hands over the parameters of the
    // last render, which lags behind while a transition (the next period's figures) is pending.
    const previous = new URLSearchParams(window.location.search);
    const resolved = typeof changes === 'function' ? changes(valuesOf(previous, keys)) : changes;
    const next = new URLSearchParams(previous);
    for (const [key, value] of Object.entries(resolved)) {
      next.delete(key);
      const list = Array.isArray(value)
        ? value
        : value === undefined || value === null || value === ''
          ? []
          : [value];
      for (const v of list) next.append(key, String(v));
    }
    if (!('page' in resolved)) next.delete('page');
    setParams(next, { replace: true });
  }
  const list = (key: K): string[] => {
    const value = values[key];
    return value === undefined ? [] : Array.isArray(value) ? value : [value];
  };
  return { values, list, page, pageSize, update };
}
