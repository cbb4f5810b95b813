import { describe, expect, it } from "vitest";
import type { StaffSession } from "@/lib/server/auth/session";
import { assertUnlocked, isLocked, lockConsole, unlockConsole } from "./console-lock";

let n = 0;
const session = (): StaffSession => ({ staffUser: "ann", staffRole: "redeem", sid: `lock-test-${++n}` });
const MINUTE = 60_000;

describe("the console lock", () => {
  it("locks after ten minutes without a request, and every request before that keeps it open", async () => {
    const s = session();
    const t0 = Date.parse("2026-12-02T10:00:00Z");
    await assertUnlocked(s, t0);
    await assertUnlocked(s, t0 + 9 * MINUTE);
    expect(await isLocked(s, t0 + 18 * MINUTE)).toBe(false);
    expect(await isLocked(s, t0 + 19 * MINUTE + 1)).toBe(true);
    await expect(assertUnlocked(s, t0 + 20 * MINUTE)).rejects.toMatchObject({ code: "locked", status: 423 });
  });

  it("stays locked once locked, however soon the next request comes, until unlocked", async () => {
    const s = session();
    const t0 = Date.parse("2026-12-02T10:00:00Z");
    await lockConsole(s, t0);
    await expect(assertUnlocked(s, t0 + 1000)).rejects.toMatchObject({ code: "locked" });
    await unlockConsole(s, t0 + 2000);
    await expect(assertUnlocked(s, t0 + 3000)).resolves.toBeUndefined();
  });

  it("is kept per session: another tablet's session is not locked with this one", async () => {
    const a = session();
    const b = session();
    await lockConsole(a);
    expect(await isLocked(b)).toBe(false);
  });
});
