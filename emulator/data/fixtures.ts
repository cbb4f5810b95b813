// The docs' example responses, read once from /fixtures/capillary. They are served verbatim, so every
// caller gets a deep copy and can never mutate the cached original.
import { readFileSync } from "node:fs";

const cache = new Map<string, unknown>();

export function loadFixture<T>(name: string): T {
  let parsed = cache.get(name);
  if (parsed === undefined) {
    const url = new URL(`../../fixtures/capillary/${name}`, import.meta.url);
    parsed = JSON.parse(readFileSync(url, "utf8")) as unknown;
    cache.set(name, parsed);
  }
  return structuredClone(parsed) as T;
}

export const FIXTURE_FILES = {
  coupons565032176: "customer-565032176-coupons.json",
  coupons343040815: "customer-343040815-coupons.json",
  coupons345635529Lower: "customer-345635529-coupons-lower.json",
  series520591: "series-520591.json",
  series698948: "series-698948.json",
  couponGetUpper: "coupon-get-upper.json",
  couponGetLowerMixed: "coupon-get-lower-mixed.json",
} as const;
