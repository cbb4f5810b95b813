import "server-only";

/**
 * Capillary nests JSON inside strings (`redemptionRange`, `storeIdsJson`, `redeemAtStore`,
 * `mutualExclusiveSeriesIds`), sometimes with quoted numbers (`["-1"]`). A bad value must never break a
 * wallet: it means "no restriction" and a warning, which is what the shopper would see without it anyway.
 */

export type Warn = (message: string, details?: Record<string, unknown>) => void;

/** Parses a string holding JSON; non-strings are returned as they are (already-parsed values also occur). */
export function parseJsonInString(value: unknown, field: string, warn: Warn): unknown {
  if (typeof value !== "string") return value;
  if (value.trim() === "") return undefined;
  try {
    return JSON.parse(value) as unknown;
  } catch {
    warn("Capillary sent unreadable JSON in a string field; treating it as no restriction", { field });
    return undefined;
  }
}

function toInteger(value: unknown): number | undefined {
  if (typeof value === "number" && Number.isInteger(value)) return value;
  if (typeof value === "string" && /^\s*-?\d+\s*$/.test(value)) return Number(value);
  return undefined;
}

/**
 * A list of integers where `-1` (number or string) or an empty/absent list means "all": → null.
 * Non-integer entries are dropped with a warning rather than failing.
 */
export function toRestrictionList(value: unknown, field: string, warn: Warn): number[] | null {
  if (value === undefined || value === null) return null;
  if (!Array.isArray(value)) {
    const single = toInteger(value);
    if (single === undefined) warn("Capillary sent a restriction that is not a list; ignoring it", { field });
    return single === undefined || single === -1 ? null : [single];
  }
  const numbers: number[] = [];
  for (const entry of value) {
    const number = toInteger(entry);
    if (number === undefined) {
      warn("Capillary sent a non-integer in a restriction list; ignoring that entry", { field });
      continue;
    }
    if (number === -1) return null;
    if (!numbers.includes(number)) numbers.push(number);
  }
  return numbers.length === 0 ? null : numbers;
}

/** `redemptionRange`: `{"dom": [...], "dow": [...], "hours": [...]}` inside a string. */
export function parseRedemptionRange(
  value: unknown,
  warn: Warn,
): { daysOfMonth: number[] | null; daysOfWeek: number[] | null; hours: number[] | null } {
  const parsed = parseJsonInString(value, "redemptionRange", warn);
  if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
    if (parsed !== undefined && parsed !== null)
      warn("Capillary sent a redemptionRange that is not an object", {});
    return { daysOfMonth: null, daysOfWeek: null, hours: null };
  }
  const range = parsed as Record<string, unknown>;
  return {
    daysOfMonth: toRestrictionList(range.dom, "redemptionRange.dom", warn),
    daysOfWeek: toRestrictionList(range.dow, "redemptionRange.dow", warn),
    hours: toRestrictionList(range.hours, "redemptionRange.hours", warn),
  };
}
