import "server-only";

import { z } from "zod";

import { ConfigError } from "./errors";

/**
 * Capillary settings come only from the environment (cluster host and credentials differ per brand and
 * per deploy). Validated once, with every problem reported by variable name.
 */

export type CapillaryAuthConfig =
  { kind: "oauth"; key: string; secret: string } | { kind: "basic"; username: string; password: string };

export interface CapillaryConfig {
  /** Scheme + host (+ optional path prefix), never a trailing slash. */
  baseUrl: string;
  auth: CapillaryAuthConfig;
  timeoutMs: number;
  maxRetries: number;
  /** IANA zone in which v1.1's zone-less dates are read. */
  orgTimeZone: string;
}

// `.env` files often hold `NAME=` for "not set": treat blank as absent so defaults and "required" work.
const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;
const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());
const intInRange = (min: number, max: number, fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number()
      .int(`must be a whole number`)
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .default(fallback),
  );

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function baseUrlProblem(value: string): string | undefined {
  if (!URL.canParse(value)) return "must be an absolute URL (e.g. https://eu.api.capillarytech.com)";
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must use http or https";
  if (url.search || url.hash) return "must not carry a query or fragment";
  if (url.username || url.password) return "must not embed credentials";
  return undefined;
}

const envSchema = z.object({
  CAPILLARY_BASE_URL: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "is required (e.g. https://eu.api.capillarytech.com)" })
      .trim()
      .superRefine((value, ctx) => {
        const problem = baseUrlProblem(value);
        if (problem) ctx.addIssue({ code: "custom", message: problem });
      }),
  ),
  CAPILLARY_AUTH: z.preprocess(
    (value) => (typeof blankToUndefined(value) === "string" ? String(value).trim().toLowerCase() : undefined),
    z.enum(["oauth", "basic"], { error: 'must be "oauth" or "basic"' }).default("oauth"),
  ),
  CAPILLARY_OAUTH_KEY: optionalString,
  CAPILLARY_OAUTH_SECRET: optionalString,
  CAPILLARY_TILL_USERNAME: optionalString,
  CAPILLARY_TILL_PASSWORD: z.preprocess(blankToUndefined, z.string().optional()),
  CAPILLARY_TIMEOUT_MS: intInRange(100, 120_000, 8000),
  CAPILLARY_MAX_RETRIES: intInRange(0, 5, 2),
  CAPILLARY_ORG_TIME_ZONE: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .refine(isTimeZone, "must be an IANA time zone such as Asia/Kolkata")
      .default("Asia/Kolkata"),
  ),
});

export function loadCapillaryConfig(env: Record<string, string | undefined> = process.env): CapillaryConfig {
  const parsed = envSchema.safeParse(env);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((issue) => `${String(issue.path[0] ?? "?")} ${issue.message}`);

  // Which credentials are required depends on CAPILLARY_AUTH; checked on the raw values so these problems
  // are listed together with any schema problem above.
  const mode = parsed.success
    ? parsed.data.CAPILLARY_AUTH
    : (blankToUndefined(env.CAPILLARY_AUTH) ?? "oauth");
  const present = (name: string) => typeof blankToUndefined(env[name]) === "string";
  const required: Record<string, readonly string[]> = {
    oauth: ["CAPILLARY_OAUTH_KEY", "CAPILLARY_OAUTH_SECRET"],
    basic: ["CAPILLARY_TILL_USERNAME", "CAPILLARY_TILL_PASSWORD"],
  };
  for (const name of required[String(mode).trim().toLowerCase()] ?? []) {
    if (!present(name))
      problems.push(`${name} is required when CAPILLARY_AUTH=${String(mode).trim().toLowerCase()}`);
  }
  if (!parsed.success || problems.length > 0) throw new ConfigError(problems);

  const values = parsed.data;
  const auth: CapillaryAuthConfig =
    values.CAPILLARY_AUTH === "oauth"
      ? { kind: "oauth", key: values.CAPILLARY_OAUTH_KEY ?? "", secret: values.CAPILLARY_OAUTH_SECRET ?? "" }
      : {
          kind: "basic",
          username: values.CAPILLARY_TILL_USERNAME ?? "",
          password: values.CAPILLARY_TILL_PASSWORD ?? "",
        };
  return {
    baseUrl: values.CAPILLARY_BASE_URL.replace(/\/+$/, ""),
    auth,
    timeoutMs: values.CAPILLARY_TIMEOUT_MS,
    maxRetries: values.CAPILLARY_MAX_RETRIES,
    orgTimeZone: values.CAPILLARY_ORG_TIME_ZONE,
  };
}

let memo: CapillaryConfig | undefined;

/** Read on first use (not at import) so `next build` works without Capillary variables. */
export function getCapillaryConfig(): CapillaryConfig {
  memo ??= loadCapillaryConfig();
  return memo;
}
