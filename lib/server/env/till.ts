import "server-only";

import { z } from "zod";

import type { Attribution } from "@/lib/capillary";
import { blankToUndefined, intInRange, optionalString, readSection, type RawEnv } from "./fields";

const schema = z.object({
  STAFF_UNDO_MINUTES: intInRange(0, 24 * 60, 15),
  STAFF_BILL_AMOUNT_MAX: intInRange(1, 1_000_000_000, 1_000_000),
  STAFF_IDLE_CLEAR_SECONDS: intInRange(10, 3600, 60),
  STAFF_LOCK_MINUTES: intInRange(1, 8 * 60, 10),
  STAFF_DAILY_LOOKUP_CAP: intInRange(1, 100_000, 500),
  STAFF_ATTRIBUTION: z.preprocess(blankToUndefined, z.enum(["none", "account", "device"]).optional()),
  STAFF_TILLS: optionalString,
  STAFF_ACCOUNT_TILLS: optionalString,
});

/** A till or store redemptions can be attributed to, as a tablet offers it. */
export interface TillChoice extends Attribution {
  label: string;
}

export interface TillEnv {
  /** How long after a redemption its maker (or a manager) can undo it; 0 turns undo off. */
  undoMs: number;
  /** Largest bill amount the counter accepts: a typo of three extra zeros is refused, not sent. */
  billAmountMax: number;
  /** A customer's details leave the screen after this long without a touch. */
  idleClearMs: number;
  /** The console locks after this long without a touch, until the member of staff signs in again. */
  lockMs: number;
  /** Look-ups one member of staff may make in a day (audited at 80%). */
  dailyLookupCap: number;
  /**
   * Who Capillary credits a redemption to: `device` (the tablet picks one of `tills`), `account` (each
   * username's own till) or `none` (Capillary's default: the API user's own till).
   */
  attribution: "none" | "account" | "device";
  tills: TillChoice[];
  accountTills: Map<string, Attribution>;
}

const CODE = /^[\w.-]{1,64}$/;

/** "TILL:mg_road.t1=MG Road till 1" → a choice; null when malformed. */
function parseTill(text: string): TillChoice | null {
  const [entity, label] = text.split("=", 2).map((part) => part.trim());
  const [type, code] = (entity ?? "").split(":", 2);
  if ((type !== "TILL" && type !== "STORE_CODE") || !code || !CODE.test(code)) return null;
  return { type, code, label: label || code };
}

function parseList<T>(
  raw: string | undefined,
  one: (entry: string) => T | null,
  name: string,
  problems: string[],
) {
  const entries = (raw ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  const parsed = entries.map(one);
  if (parsed.some((entry) => entry === null))
    problems.push(`${name} entries look like TILL:code or STORE_CODE:code (letters, digits, '.', '-', '_')`);
  return parsed.filter((entry): entry is T => entry !== null);
}

export function readTill(raw: RawEnv, problems: string[] = []): TillEnv | undefined {
  const values = readSection(schema, raw, problems);
  if (!values) return undefined;
  const tills = parseList(values.STAFF_TILLS, parseTill, "STAFF_TILLS", problems);
  const accountTills = new Map(
    parseList(
      values.STAFF_ACCOUNT_TILLS,
      (entry) => {
        const at = entry.indexOf("=");
        const till = at > 0 ? parseTill(entry.slice(at + 1)) : null;
        return till
          ? ([entry.slice(0, at).trim().toLowerCase(), { type: till.type, code: till.code }] as const)
          : null;
      },
      "STAFF_ACCOUNT_TILLS (username=TILL:code)",
      problems,
    ),
  );
  const attribution =
    values.STAFF_ATTRIBUTION ?? (tills.length > 0 ? "device" : accountTills.size > 0 ? "account" : "none");
  if (attribution === "device" && tills.length === 0)
    problems.push("STAFF_TILLS must list the tills a tablet can be set to when STAFF_ATTRIBUTION=device");
  if (attribution === "account" && accountTills.size === 0)
    problems.push("STAFF_ACCOUNT_TILLS must give each account's till when STAFF_ATTRIBUTION=account");
  return {
    undoMs: values.STAFF_UNDO_MINUTES * 60_000,
    billAmountMax: values.STAFF_BILL_AMOUNT_MAX,
    idleClearMs: values.STAFF_IDLE_CLEAR_SECONDS * 1000,
    lockMs: values.STAFF_LOCK_MINUTES * 60_000,
    dailyLookupCap: values.STAFF_DAILY_LOOKUP_CAP,
    attribution,
    tills,
    accountTills,
  };
}
