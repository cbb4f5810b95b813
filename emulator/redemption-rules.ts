// Whether a coupon may be redeemed now, the way Capillary answers with its 7xx result codes (the docs'
// code table: next-endpoints §7). Which check Capillary makes first, and for some refusals which of two
// near-synonymous codes it uses, the docs do not say: the order and choices here are the emulator's.
import { findSeries } from "./data/catalog";
import { STORE_LIST } from "./data/stores";
import type { V2Coupon } from "./data/types";
import { DAY_MS } from "./time";

export interface Verdict {
  code: number;
  message: string;
}

export const OK: Verdict = { code: 700, message: "Coupon processing successful" };

const IST_OFFSET_MS = 330 * 60_000;

function list(value: unknown): number[] | null {
  try {
    const parsed: unknown = typeof value === "string" ? JSON.parse(value) : value;
    if (!Array.isArray(parsed)) return null;
    const numbers = parsed.map(Number).filter((n) => Number.isInteger(n));
    return numbers.length === 0 || numbers.includes(-1) ? null : numbers;
  } catch {
    return null;
  }
}

function range(series: Record<string, unknown>): { dow: number[] | null; hours: number[] | null } {
  try {
    const parsed = JSON.parse(String(series.redemptionRange ?? "{}")) as Record<string, unknown>;
    return { dow: list(parsed.dow), hours: list(parsed.hours) };
  } catch {
    return { dow: null, hours: null };
  }
}

/** The store a till or store code belongs to (attribution), or undefined when the code is not ours. */
function storeIdOf(code: string | undefined): number | undefined {
  if (!code) return undefined;
  return STORE_LIST.find((s) => s.code === code || s.till.code === code)?.id;
}

export interface RuleInput {
  coupon: V2Coupon;
  now: Date;
  /** The bill's amount, when redeeming (is_redeemable has none). */
  billAmount?: number;
  /** The attributed store or till code, when the call carried one. */
  placeCode?: string;
}

export function redemptionVerdict({ coupon, now, billAmount, placeCode }: RuleInput): Verdict {
  const series = coupon.series as Record<string, unknown>;
  const t = now.getTime();
  if (Date.parse(coupon.validTill) <= t) return { code: 713, message: "Coupon expired" };
  const left = Number(coupon.redemptionsLeft);
  const used = coupon.redemptionInfo.length > 0 || coupon.redeemed === true;
  if (series.isMultipleUseAllowed === false && used) return { code: 711, message: "Coupon is already used" };
  if (left === 0) return { code: 728, message: "Maximum number of redemptions reached" };

  const detail = findSeries(coupon.seriesId, now) as Record<string, unknown> | undefined;
  const afterDays = Number(detail?.redemptionValidAfterDays ?? 0);
  const starts = [
    Date.parse(coupon.activeFrom),
    Date.parse(String(series.redemptionValidFrom ?? "")),
    afterDays > 0 ? Date.parse(coupon.issuedOn) + afterDays * DAY_MS : Number.NaN,
  ].filter((ms) => Number.isFinite(ms));
  if (starts.some((ms) => ms > t)) return { code: 739, message: "Allowed redemption date invalid" };

  const { dow, hours } = range(series);
  const local = new Date(t + IST_OFFSET_MS);
  if (dow && !dow.includes(local.getUTCDay() + 1))
    return { code: 729, message: "Invalid redemption range for coupon series" };
  if (hours && !hours.includes(local.getUTCHours()))
    return { code: 729, message: "Invalid redemption range for coupon series" };

  const stores = list(series.redeemAtStore);
  const storeId = storeIdOf(placeCode);
  if (stores && placeCode !== undefined && (storeId === undefined || !stores.includes(storeId)))
    return { code: 735, message: "Invalid store" };

  if (billAmount !== undefined) {
    const min = Number(series.minBillAmount ?? 0);
    const max = Number(series.maxBillAmount ?? 0);
    if ((min > 0 && billAmount < min) || (max > 0 && billAmount > max))
      return { code: 733, message: "Invalid transaction amount" };
  }
  return OK;
}
