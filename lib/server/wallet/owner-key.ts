import "server-only";
import { createHmac } from "node:crypto";
import { getEnv } from "@/lib/server/env";

/**
 * An opaque per-shopper key for what the browser stores offline: the same shopper always gets the same
 * key, a different shopper on the same phone gets another, and the key says nothing about the customer id.
 */
export function walletOwnerKey(customerId: string): string {
  return createHmac("sha256", getEnv().session.secret)
    .update(`wallet-owner:${customerId}`)
    .digest("base64url")
    .slice(0, 22);
}
