import { describe, expect, it } from "vitest";
import { savedCopyMayBeNewer, UPDATED_AT_SUFFIX } from "./persistence";

function storageWith(entries: Record<string, string>): Storage {
  return { getItem: (key: string) => entries[key] ?? null } as Storage;
}

describe("savedCopyMayBeNewer", () => {
  const KEY = "coupon-wallet:owner";
  it("says so when the page brought no wallet, or the copy's mark is newer or missing", () => {
    expect(savedCopyMayBeNewer(storageWith({}), KEY, undefined)).toBe(true);
    expect(savedCopyMayBeNewer(storageWith({ [`${KEY}${UPDATED_AT_SUFFIX}`]: "2000" }), KEY, 1000)).toBe(
      true,
    );
    expect(savedCopyMayBeNewer(storageWith({ [KEY]: "{}" }), KEY, 1000)).toBe(true);
  });

  it("says not when the page's wallet is at least as new as the copy, or there is none", () => {
    expect(savedCopyMayBeNewer(storageWith({}), KEY, 1000)).toBe(false);
    expect(savedCopyMayBeNewer(storageWith({ [`${KEY}${UPDATED_AT_SUFFIX}`]: "1000" }), KEY, 1000)).toBe(
      false,
    );
    expect(savedCopyMayBeNewer(storageWith({ [`${KEY}${UPDATED_AT_SUFFIX}`]: "999" }), KEY, 1000)).toBe(
      false,
    );
  });
});
