import "server-only";

// On globalThis, not in a module variable: Next's dev server re-evaluates modules on every edit, and a
// module-level value would leave a connection pool, a Redis client or a second empty cache behind each time.
const registry = ((
  globalThis as typeof globalThis & { __couponWallet?: Map<string, unknown> }
).__couponWallet ??= new Map<string, unknown>());

/** The one value of `name` in this process, made by `create` on first use. */
export function processSingleton<T>(name: string, create: () => T): T {
  if (!registry.has(name)) registry.set(name, create());
  return registry.get(name) as T;
}
