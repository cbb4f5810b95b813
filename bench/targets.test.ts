import { readFileSync } from "node:fs";
import { afterEach, describe, expect, it, vi } from "vitest";
import { SETTINGS } from "./config";
import { tables } from "./report";
import type { BenchResults } from "./results";
import { checkTargets } from "./targets";

// The run the README's Performance section quotes (commit 3ac2a11), its targets left out.
const RUN = JSON.parse(
  readFileSync(new URL("./fixtures/run-2026-11-23.json", import.meta.url), "utf8"),
) as BenchResults;
const copy = (): BenchResults => structuredClone(RUN);
const verdicts = (r: BenchResults) => Object.fromEntries(checkTargets(r).map((t) => [t.target, t.pass]));

afterEach(() => {
  vi.unstubAllEnvs();
});

describe("checkTargets", () => {
  it("gives the README's verdicts for the run it quotes", () => {
    expect(verdicts(RUN)).toMatchObject({
      "/wallet JS ≤ floor + 40 kB gzip": true,
      "Lighthouse LCP ≤ 1.25× floor": false,
      "Lighthouse TBT ≤ 1.25× floor": false,
      "Lighthouse LCP ≤ 1.25× floor (applied throttling)": false,
      "Lighthouse TBT ≤ 1.25× floor (applied throttling)": true,
      "Lighthouse CLS < 0.05": true,
      "Lighthouse accessibility 100": true,
      "50 ms upstream, 1 conn: app p50 ≤ 1.3× direct": true,
      "0 ms upstream, 20 conn: app throughput ≥ 40% of direct": false,
      "warm wallet page view = 1 Capillary call": true,
      "5,000 coupons: DOM < 2,000 elements": true,
      "5,000 coupons: first coupon ≤ 2× the 10-coupon time": false,
    });
  });

  it("says what bounds the figures it fails: the bare Next.js proxy and Capillary's answer alone", () => {
    const measured = Object.fromEntries(checkTargets(RUN).map((t) => [t.target, t.measured]));
    expect(measured["0 ms upstream, 20 conn: app throughput ≥ 40% of direct"]).toBe(
      "20% (528 vs 2692 req/s; a bare Next pass-through: 29%)",
    );
    expect(measured["5,000 coupons: first coupon ≤ 2× the 10-coupon time"]).toContain(
      "reading Capillary's 16.7 MB answer alone: 139 ms",
    );
  });

  it("passes a Lighthouse ratio at the limit and fails one just over it, for each throttling method", () => {
    const r = copy();
    r.lighthouse!.wallet.median.lcp = 1.25 * r.lighthouse!.floor.median.lcp;
    r.lighthouse!.applied!.wallet.median.tbt = 1.26 * r.lighthouse!.applied!.floor.median.tbt;
    expect(verdicts(r)).toMatchObject({
      "Lighthouse LCP ≤ 1.25× floor": true,
      "Lighthouse TBT ≤ 1.25× floor (applied throttling)": false,
    });
  });

  it("marks what a run did not measure as not measured, never as passed", () => {
    const r = copy();
    delete r.lighthouse;
    delete r.proxyCost;
    const checks = checkTargets(r);
    expect(checks.find((t) => t.target === "Lighthouse")).toEqual({
      target: "Lighthouse",
      measured: "not measured",
      pass: null,
    });
    expect(checks.find((t) => t.target.startsWith("0 ms upstream"))?.pass).toBeNull();
  });

  it("prints both Lighthouse tables and the bare-Next column", () => {
    const titles = tables(RUN).map((t) => t.title);
    expect(titles.filter((t) => t.startsWith("2. Lighthouse"))).toHaveLength(2);
    const proxy = tables(RUN).find((t) => t.title.startsWith("3. Proxy cost"))!;
    expect(proxy.head).toContain("bare Next proxy req/s");
    expect(proxy.rows[1]).toContain("781");
  });
});

describe("BENCH_ONLY", () => {
  it("runs only the named phases, plus the build and sign-in every phase needs", () => {
    vi.stubEnv("BENCH_ONLY", "lighthouse, wallet size");
    expect(["build", "sign in", "lighthouse", "wallet size", "proxy cost"].map(SETTINGS.runsPhase)).toEqual([
      true,
      true,
      true,
      true,
      false,
    ]);
    vi.stubEnv("BENCH_ONLY", "");
    expect(SETTINGS.runsPhase("proxy cost")).toBe(true);
  });
});
