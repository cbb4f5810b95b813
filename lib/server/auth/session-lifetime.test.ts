import { describe, expect, it } from "vitest";
import { isLive, revokeSession, startSession, STAFF_SESSION_SECONDS } from "./session-lifetime";

const NOW = Date.parse("2026-12-02T10:00:00Z");

describe("session lifetime", () => {
  it("gives each session an id and an absolute end: 7 days for a shopper, a shift for staff", () => {
    const shopper = startSession("shopper", NOW);
    const staff = startSession("staff", NOW);
    expect(shopper.sid).toMatch(/^[\w-]{22}$/);
    expect(shopper.sid).not.toBe(staff.sid);
    expect(shopper.endsAt).toBe(NOW / 1000 + 7 * 86_400);
    expect(staff.endsAt).toBe(NOW / 1000 + STAFF_SESSION_SECONDS);
  });

  it("ends at its absolute end however it was refreshed, and refuses tokens that cannot end", async () => {
    const token = { role: "shopper" as const, ...startSession("shopper", NOW) };
    expect(await isLive(token, NOW)).toBe(true);
    expect(await isLive(token, NOW + 7 * 86_400_000)).toBe(false);
    expect(await isLive({ role: "shopper" }, NOW)).toBe(false);
  });

  it("stays ended once signed out: a copy of the cookie is refused", async () => {
    const token = { role: "staff" as const, ...startSession("staff", NOW) };
    const copy = { ...token };
    await revokeSession(token, NOW);
    expect(await isLive(copy, NOW + 1000)).toBe(false);
    const other = { role: "staff" as const, ...startSession("staff", NOW) };
    expect(await isLive(other, NOW + 1000)).toBe(true);
  });
});
