import "server-only";

import { z } from "zod";

import { isTimeZone } from "@/lib/shared/time-zone";

/** What every section reader receives: the raw variables, and where to note what is wrong with them. */
export type RawEnv = Readonly<Record<string, string | undefined>>;

// `.env` files often hold `NAME=` for "not set": treat blank as absent so defaults and "required" work.
export const blankToUndefined = (value: unknown) =>
  typeof value === "string" && value.trim() === "" ? undefined : value;

export const optionalString = z.preprocess(blankToUndefined, z.string().trim().optional());

export const intInRange = (min: number, max: number, fallback: number) =>
  z.preprocess(
    blankToUndefined,
    z.coerce
      .number()
      .int(`must be a whole number`)
      .min(min, `must be at least ${min}`)
      .max(max, `must be at most ${max}`)
      .default(fallback),
  );

export const timeZone = (fallback: string) =>
  z.preprocess(
    blankToUndefined,
    z.string().trim().refine(isTimeZone, "must be an IANA time zone such as Asia/Kolkata").default(fallback),
  );

/** Parses `raw` with `schema`, turning each issue into "NAME problem" in `problems`. */
export function readSection<T extends z.ZodType>(
  schema: T,
  raw: RawEnv,
  problems: string[],
): z.output<T> | undefined {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  for (const issue of parsed.error.issues) problems.push(`${String(issue.path[0] ?? "?")} ${issue.message}`);
  return undefined;
}
