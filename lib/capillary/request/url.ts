import "server-only";

import { CapillaryError } from "./errors";

/**
 * The only way to name a Capillary path. A fixed template with every interpolated value encoded as ONE
 * segment, so no identifier can add segments (`1/../../v2/otp`) or a query. The template (with `{}` for
 * values) is what logs show.
 */
export interface CapillaryPath {
  /** Encoded path, e.g. `/v2/customers/565032176/coupons`. */
  readonly path: string;
  /** Template for logs, e.g. `/v2/customers/{}/coupons`. */
  readonly template: string;
}

export function path(strings: TemplateStringsArray, ...values: Array<string | number>): CapillaryPath {
  let encoded = strings[0] ?? "";
  for (const [index, value] of values.entries()) {
    const text = String(value);
    // "." and ".." survive encodeURIComponent and would be resolved away by any URL parser on the way.
    if (text === "" || text === "." || text === "..") {
      throw new CapillaryError("invalid_input", "Empty or relative path segment", { retryable: false });
    }
    encoded += encodeURIComponent(text) + (strings[index + 1] ?? "");
  }
  return { path: encoded, template: strings.join("{}") };
}

/**
 * Query string from a record (undefined values left out). Commas stay literal: Capillary's list parameters
 * (`ids=1,2`, `code=A,B`) are comma-separated, and a literal comma is legal in a query and decodes the same.
 */
export function queryString(query: Readonly<Record<string, string | undefined>> | undefined): string {
  if (!query) return "";
  const parts: string[] = [];
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined) continue;
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(value).replace(/%2C/gi, ",")}`);
  }
  return parts.length === 0 ? "" : `?${parts.join("&")}`;
}
