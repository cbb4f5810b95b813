import "server-only";
import { createHmac } from "node:crypto";

/**
 * An opaque per-shopper key for what the browser stores offline: the same shopper always gets the same
 * key, a different shopper on the same phone gets another, and the key says nothing about the customer id.
 */
export function walletOwnerKey(customerId: string): string {
  const secret = process.env.NEXTAUTH_SECRET ?? "";
  return createHmac("sha256", secret).update(`wallet-owner:${customerId}`).digest("base64url").slice(0, 22);
}
