import { describe, expect, it } from "vitest";
import { getEnv } from "@/lib/server/env";
import { consumeAll } from "./budget";
import { shopperBudgets } from "./shopper-budgets";

// The defaults (lib/server/env/limits.ts): sends 5/min per address, 5/15 min per mobile; guesses 5/15 min per
// mobile and address, 20/15 min per address, 30/day per mobile.
const b = shopperBudgets();
const send = (address: string, mobile: string) =>
  consumeAll([
    [b.sendPerAddress, address],
    [b.sendPerMobile, mobile],
    [b.sendTotal, "all"],
  ]);
const guess = (address: string, mobile: string) =>
  consumeAll([
    [b.guessPerAddress, address],
    [b.guessPerMobileAndAddress, `${mobile}|${address}`],
    [b.guessPerMobile, mobile],
  ]);

describe("shopper sign-in budgets", () => {
  it("one client sending codes to 30 numbers is refused after its address budget", async () => {
    const perAddress = getEnv().limits.otpSend.address[0]!.points;
    const verdicts = [];
    for (let i = 0; i < 30; i++)
      verdicts.push((await send("198.51.100.1", `mobile:9190000${String(i).padStart(5, "0")}`)).allowed);
    expect(verdicts.filter(Boolean)).toHaveLength(perAddress);
    // Another client is not affected.
    expect((await send("198.51.100.2", "mobile:919000099999")).allowed).toBe(true);
  });

  it("a stranger's wrong guesses do not lock the owner out from their own device", async () => {
    const owner = "mobile:919111100001";
    for (let i = 0; i < 5; i++) await guess("203.0.113.66", owner);
    expect((await guess("203.0.113.66", owner)).allowed).toBe(false);
    expect((await guess("192.0.2.10", owner)).allowed).toBe(true);
  });

  it("guessing across many numbers from one address meets the address budget", async () => {
    const verdicts = [];
    for (let i = 0; i < 25; i++)
      verdicts.push((await guess("203.0.113.77", `mobile:91922220${String(i).padStart(4, "0")}`)).allowed);
    expect(verdicts.filter(Boolean)).toHaveLength(getEnv().limits.otpGuess.address[0]!.points);
  });

  it("a number guessed from many addresses meets its own higher cap", async () => {
    const target = "mobile:919333300003";
    const verdicts = [];
    for (let i = 0; i < 40; i++) verdicts.push((await guess(`10.1.${i}.1`, target)).allowed);
    expect(verdicts.filter(Boolean)).toHaveLength(getEnv().limits.otpGuess.mobile[0]!.points);
  });
});
