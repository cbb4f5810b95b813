// What a shopper types to sign in, normalised to what Capillary stores: mobiles as digits with the country
// code and no "+", e-mails lower-cased.
// zod's mini build: this file runs in the staff console too, and the full zod is about 30 kB gzip there.
import * as z from "zod/mini";

export type ShopperIdentifier = { type: "mobile"; value: string } | { type: "email"; value: string };

const email = z.email().check(z.maxLength(128));

export function parseShopperIdentifier(input: unknown, defaultCountryCode = "91"): ShopperIdentifier | null {
  if (typeof input !== "string") return null;
  // Printable ASCII only: look-alike digits and letters (full-width, Arabic-Indic, Cyrillic) are refused
  // rather than quietly mapped to something the shopper may not have meant.
  if (!/^[\x20-\x7e]*$/.test(input)) return null;
  const trimmed = input.trim();
  if (trimmed.length === 0 || trimmed.length > 128) return null;
  if (trimmed.includes("@")) {
    const parsed = email.safeParse(trimmed.toLowerCase());
    return parsed.success ? { type: "email", value: parsed.data } : null;
  }
  if (!/^\+?[\d\s().-]+$/.test(trimmed)) return null;
  const digits = trimmed.replace(/\D/g, "");
  if (digits.length === 10) return { type: "mobile", value: `${defaultCountryCode}${digits}` };
  if (digits.length >= 11 && digits.length <= 15) return { type: "mobile", value: digits };
  return null;
}

/** For logs: enough to correlate, never the whole number or address. */
export function maskIdentifier(identifier: ShopperIdentifier): string {
  if (identifier.type === "email") {
    const [local = "", domain = ""] = identifier.value.split("@");
    return `${local.slice(0, 1)}***@${domain}`;
  }
  return `***${identifier.value.slice(-4)}`;
}
