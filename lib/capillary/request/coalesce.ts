import "server-only";

/**
 * Identical calls already under way are joined rather than repeated: a shopper's page render and its
 * browser's refresh, or two tabs, cost Capillary one request. Joiners get the same result object, which
 * callers treat as read-only (resource functions decode it into fresh objects anyway).
 */
export function createCoalescer<T>() {
  const inFlight = new Map<string, Promise<T>>();
  return {
    /** `joined` is true when this caller waits on another caller's call. */
    run(key: string, call: () => Promise<T>): { promise: Promise<T>; joined: boolean } {
      const existing = inFlight.get(key);
      if (existing) return { promise: existing, joined: true };
      const promise = call().finally(() => inFlight.delete(key));
      inFlight.set(key, promise);
      return { promise, joined: false };
    },
    get size() {
      return inFlight.size;
    },
  };
}
