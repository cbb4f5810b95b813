import "server-only";

import { isIP } from "node:net";
import { getEnv } from "@/lib/server/env";

type HeaderBag = Headers | Readonly<Record<string, unknown>> | undefined;

function header(headers: HeaderBag, name: string): string | undefined {
  if (!headers) return undefined;
  if (headers instanceof Headers) return headers.get(name) ?? undefined;
  const value = headers[name];
  return typeof value === "string" ? value : Array.isArray(value) ? value.join(",") : undefined;
}

/** "::ffff:10.0.0.1" → "10.0.0.1"; anything that is not an IP address → null. */
function normalise(entry: string): string | null {
  const text = entry.trim().replace(/^\[|\]$/g, "");
  const v4 = text.replace(/^::ffff:/i, "");
  if (isIP(v4) === 4) return v4;
  return isIP(text) === 6 ? text.toLowerCase() : null;
}

/**
 * The address of whoever sent this request. The app's own server (server.mjs) puts the connection's peer in
 * `x-wallet-peer`, overwriting any client value; with TRUSTED_PROXY_HOPS = n, the n proxies in front each
 * appended the address they saw to X-Forwarded-For, and the entry n - 1 from the end is the client's.
 * Entries further left are whatever the client chose to send and are never read. Without server.mjs (the
 * development server) there is no peer to trust: "unknown".
 */
export function clientAddress(
  headers: HeaderBag,
  hops = getEnv().limits.trustedProxyHops,
  behindWalletServer = getEnv().runtime.walletServer,
): string {
  const peer = behindWalletServer ? header(headers, "x-wallet-peer") : undefined;
  if (!peer) return "unknown";
  const chain = [...(header(headers, "x-forwarded-for") ?? "").split(","), peer].filter(
    (e) => e.trim() !== "",
  );
  const entry = chain[chain.length - 1 - hops];
  return (entry && normalise(entry)) ?? "unknown";
}

/**
 * The key a budget counts an address under: an IPv4 address as it is, an IPv6 address by its /64 (one
 * customer's network, which hands out as many addresses as an attacker wants).
 */
export function addressKey(address: string): string {
  if (isIP(address) !== 6) return address;
  const groups = address.split("::");
  const head = (groups[0] ?? "").split(":").filter(Boolean);
  const tail = groups.length > 1 ? (groups[1] ?? "").split(":").filter(Boolean) : [];
  const full = [...head, ...Array(Math.max(0, 8 - head.length - tail.length)).fill("0"), ...tail];
  return `${full
    .slice(0, 4)
    .map((g) => g.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}
