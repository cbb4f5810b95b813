import "server-only";

/**
 * Whether a subscription's endpoint is a push service the app may post to: https, no credentials, and a host
 * on the configured list (`*.` for any subdomain). Anything else is refused, so a shopper cannot point the
 * server's reminders at an address of their choosing (an internal service, say).
 */
export function isPushServiceEndpoint(endpoint: string, hosts: readonly string[]): boolean {
  if (!URL.canParse(endpoint)) return false;
  const url = new URL(endpoint);
  if (url.protocol !== "https:" || url.username || url.password) return false;
  const host = url.hostname.toLowerCase();
  return hosts.some((allowed) =>
    allowed.startsWith("*.") ? host.endsWith(allowed.slice(1)) : host === allowed,
  );
}
