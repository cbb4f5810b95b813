// What the app can tell before it asks Capillary to redeem: the coupon's own state and the series' rules on
// the bill and the clock. A refusal here sends nothing; Capillary still has the last word on everything
// else (stores, per-shopper limits, blocks), through `is_redeemable`.

import type { Coupon } from "@/lib/capillary";
import { DAY_OF_WEEK_NUMBERING, getCouponStatus } from "@/lib/shared/coupons";
import type { Refusal } from "./refusal-reasons";

export interface PrecheckInput {
  coupon: Pick<Coupon, "validTill" | "uses" | "activeFrom" | "issuedOn" | "series">;
  billAmount: number;
  now: number;
  /** The store's zone: a coupon valid "Mon-Fri, 9 am-9 pm" means the store's Monday and 9 am. */
  timeZone: string;
}

const WEEKDAYS = Object.fromEntries(
  Object.entries(DAY_OF_WEEK_NUMBERING).map(([n, name]) => [name, Number(n)]),
);

function localParts(now: number, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone,
    weekday: "short",
    day: "numeric",
    hour: "numeric",
    hourCycle: "h23",
  }).formatToParts(now);
  const part = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  return {
    weekday: WEEKDAYS[part("weekday")] ?? 0,
    day: Number(part("day")),
    hour: Number(part("hour")) % 24,
  };
}

const refuse = (kind: Refusal["kind"], key: string, amount?: number): Refusal => ({
  kind,
  reason: { key: `precheck.${key}`, ...(amount === undefined ? {} : { amount }) },
  retryable: false,
});

/** Why the till would refuse this coupon on this bill now, or null when nothing the app can check stands in the way. */
export function tillPrecheck({ coupon, billAmount, now, timeZone }: PrecheckInput): Refusal | null {
  const status = getCouponStatus(coupon, now);
  if (status === "used") return refuse("used", "noUsesLeft");
  if (status === "expired") return refuse("expired", "expired");
  if (status === "not_yet_active") return refuse("not_yet", "notYet");

  const { minBillAmount, maxBillAmount, daysOfWeek, daysOfMonth, hours } = coupon.series.conditions;
  if (minBillAmount !== null && minBillAmount > 0 && billAmount < minBillAmount)
    return refuse("bill_amount", "minBill", minBillAmount);
  if (maxBillAmount !== null && maxBillAmount > 0 && billAmount > maxBillAmount)
    return refuse("bill_amount", "maxBill", maxBillAmount);

  const local = localParts(now, timeZone);
  const restricts = (list: number[] | null) => list !== null && list.length > 0 && !list.includes(-1);
  if (restricts(daysOfWeek) && !daysOfWeek!.includes(local.weekday)) return refuse("wrong_time", "dayOfWeek");
  if (restricts(daysOfMonth) && !daysOfMonth!.includes(local.day)) return refuse("wrong_time", "dayOfMonth");
  if (restricts(hours) && !hours!.includes(local.hour)) return refuse("wrong_time", "hour");
  return null;
}
