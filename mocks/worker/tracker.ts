import type { DbState } from '../db';

/**
 * Records which rows of the clinic a request changed, so only those are saved. The services
 * mutate the store in place; they get a proxy of it instead, which notes every write. Proxies are
 * made lazily, only for what a request touches, so the cost follows the request, not the clinic.
 *
 * A row is addressed by its collection and its position (collections only ever grow: the audit
 * log, codes, emails…), or by its key in a keyed collection (sessions).
 */
export type RowKey = [collection: string, at: number | string];

export interface Changes {
  rows: Map<string, RowKey>;
  /** A collection that shrank is saved whole (no service does this today). */
  rewrite: Set<string>;
  /** `now` or `nextId` changed. */
  meta: boolean;
}

type Target = Record<string | symbol, unknown>;
const toTarget = new WeakMap<object, object>();

/**
 * The plain value behind a proxy, so no proxy is ever stored inside the clinic. A plain object or
 * array is kept (its nested proxies are swapped for their targets in place), not copied: a service
 * that pushes a row and then fills it in (`push(grant); grant.invitation = …`) must find its
 * change in the clinic, as it does in tests, where there is no proxy.
 */
function raw<T>(value: T, seen = new Set<object>()): T {
  if (typeof value !== 'object' || value === null) return value;
  const target = toTarget.get(value);
  if (target) return target as T;
  if (seen.has(value)) return value;
  seen.add(value);
  const proto = Object.getPrototypeOf(value) as unknown;
  if (!Array.isArray(value) && proto !== Object.prototype && proto !== null) return value;
  const fields = value as Record<string, unknown>;
  for (const k of Object.keys(fields)) {
    const inner = raw(fields[k], seen);
    if (inner !== fields[k]) fields[k] = inner;
  }
  return value;
}

export function emptyChanges(): Changes {
  return { rows: new Map(), rewrite: new Set(), meta: false };
}

export function rowId([collection, at]: RowKey): string {
  return `${collection}\n${at}`;
}

export function trackChanges(state: DbState): { store: DbState; take: () => Changes } {
  let changes = emptyChanges();
  const cache = new WeakMap<object, object>();
  const mark = (key: RowKey) => changes.rows.set(rowId(key), key);

  function wrap<T extends object>(target: T, handler: ProxyHandler<T>): T {
    let proxy = cache.get(target) as T | undefined;
    if (!proxy) {
      proxy = new Proxy(target, handler);
      cache.set(target, proxy);
      toTarget.set(proxy, target);
    }
    return proxy;
  }

  /** A row, or any object or array inside it: every write marks the row. */
  function row(target: object, key: RowKey): object {
    return wrap(target, {
      get(t, p, r) {
        const v = Reflect.get(t, p, r) as unknown;
        return typeof v === 'object' && v !== null ? row(v, key) : v;
      },
      set(t, p, v) {
        mark(key);
        return Reflect.set(t, p, raw(v));
      },
      deleteProperty(t, p) {
        mark(key);
        return Reflect.deleteProperty(t, p);
      },
    });
  }

  /** A collection (array of rows): appends mark the new row, a shorter length a rewrite. */
  function list(target: unknown[], name: string): unknown[] {
    return wrap(target, {
      get(t, p, r) {
        const v = Reflect.get(t, p, r) as unknown;
        if (typeof p === 'string' && typeof v === 'object' && v !== null && /^\d+$/.test(p))
          return row(v, [name, Number(p)]);
        return v;
      },
      set(t, p, v) {
        if (p === 'length') {
          if (Number(v) < t.length) changes.rewrite.add(name);
        } else if (typeof p === 'string' && /^\d+$/.test(p)) {
          mark([name, Number(p)]);
        }
        return Reflect.set(t, p, raw(v));
      },
    });
  }

  /** A keyed collection (an object of values): each key is a row. */
  function keyed(target: Target, name: string): Target {
    return wrap(target, {
      get(t, p, r) {
        const v = Reflect.get(t, p, r);
        return typeof p === 'string' && typeof v === 'object' && v !== null ? row(v, [name, p]) : v;
      },
      set(t, p, v) {
        if (typeof p === 'string') mark([name, p]);
        return Reflect.set(t, p, raw(v));
      },
      deleteProperty(t, p) {
        if (typeof p === 'string') mark([name, p]);
        return Reflect.deleteProperty(t, p);
      },
    });
  }

  const store = wrap(state as unknown as Target, {
    get(t, p, r) {
      const v = Reflect.get(t, p, r);
      if (typeof p !== 'string' || typeof v !== 'object' || v === null) return v;
      return Array.isArray(v) ? list(v, p) : keyed(v as Target, p);
    },
    set(t, p, v) {
      if (typeof p === 'string' && typeof v === 'object' && v !== null) changes.rewrite.add(p);
      else changes.meta = true;
      return Reflect.set(t, p, raw(v));
    },
  }) as unknown as DbState;

  return {
    store,
    take() {
      const taken = changes;
      changes = emptyChanges();
      return taken;
    },
  };
}
