import "server-only";

import type { Warn } from "./json-in-string";

/** What the pure mappers need from outside: the org's zone for zone-less dates and a sink for warnings. */
export interface MapContext {
  timeZone: string;
  warn: Warn;
}

/** Empty strings mean "not set" in Capillary's answers. */
export function nonEmpty(value: string | null | undefined): string | null {
  if (typeof value !== "string") return null;
  const trimmed = value.trim();
  return trimmed === "" ? null : trimmed;
}

/** Capillary's -1 (and any negative) means "no limit". */
export function limitOrNull(value: number | undefined): number | null {
  return value === undefined || value < 0 ? null : value;
}
