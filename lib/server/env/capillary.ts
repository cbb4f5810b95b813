import "server-only";

import { z } from "zod";

import type { CapillaryAuthConfig, CapillaryConfig } from "@/lib/capillary";
import { blankToUndefined, intInRange, optionalString, readSection, timeZone, type RawEnv } from "./fields";

function baseUrlProblem(value: string): string | undefined {
  if (!URL.canParse(value)) return "must be an absolute URL (e.g. https://eu.api.capillarytech.com)";
  const url = new URL(value);
  if (url.protocol !== "https:" && url.protocol !== "http:") return "must use http or https";
  if (url.search || url.hash) return "must not carry a query or fragment";
  if (url.username || url.password) return "must not embed credentials";
  return undefined;
}

const schema = z.object({
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
  CAPILLARY_ORG_TIME_ZONE: timeZone("Asia/Kolkata"),
});

const REQUIRED: Record<string, readonly string[]> = {
  oauth: ["CAPILLARY_OAUTH_KEY", "CAPILLARY_OAUTH_SECRET"],
  basic: ["CAPILLARY_TILL_USERNAME", "CAPILLARY_TILL_PASSWORD"],
};

/**
 * Capillary's host and credentials (they differ per brand and per deploy). Which credentials are required
 * depends on CAPILLARY_AUTH; that is checked on the raw values so it is listed with any other problem.
 */
export function readCapillary(raw: RawEnv, problems: string[]): CapillaryConfig | undefined {
  const values = readSection(schema, raw, problems);
  const mode = String(values?.CAPILLARY_AUTH ?? blankToUndefined(raw.CAPILLARY_AUTH) ?? "oauth")
    .trim()
    .toLowerCase();
  const missing = (REQUIRED[mode] ?? []).filter((name) => typeof blankToUndefined(raw[name]) !== "string");
  for (const name of missing) problems.push(`${name} is required when CAPILLARY_AUTH=${mode}`);
  if (!values || missing.length > 0) return undefined;

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
