import { describe, expect, it, vi } from "vitest";

vi.mock("@/lib/server/env", async (importOriginal) => {
  const original = await importOriginal<typeof import("@/lib/server/env")>();
  const env = original.loadEnv({ ...process.env, STAFF_DAILY_LOOKUP_CAP: "10" });
  return { ...original, getEnv: () => env };
});

const { countDailyLookup } = await import("./daily-lookups");
const { recentAuditEntries } = await import("./audit");

describe("the daily look-up cap", () => {
  it("warns the audit log once at 80%, then refuses past the cap until the store's next day", async () => {
    const morning = Date.parse("2026-12-02T04:00:00Z"); // 09:30 in Kolkata, the org's zone
    for (let i = 0; i < 10; i++) await countDailyLookup("cap.test", morning);
    const warnings = recentAuditEntries().filter(
      (e) => e.staffUser === "cap.test" && e.action === "lookup_cap",
    );
    expect(warnings.map((e) => e.result)).toEqual(["warned_80_percent"]);
    expect(warnings[0]?.query).toEqual({ cap: "10", used: "8" });

    await expect(countDailyLookup("cap.test", morning + 1000)).rejects.toMatchObject({ code: "throttled" });
    expect(recentAuditEntries().at(-1)).toMatchObject({ action: "lookup_cap", result: "refused" });
    // Another member of staff has their own count.
    await expect(countDailyLookup("cap.other", morning)).resolves.toBeUndefined();
    // 00:30 the next day in Kolkata (19:00 UTC): a new day's count.
    await expect(countDailyLookup("cap.test", Date.parse("2026-12-02T19:00:00Z"))).resolves.toBeUndefined();
  });
});
