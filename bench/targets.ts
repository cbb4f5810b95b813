// The issue's targets, each checked against this run's figures (null when the figure is missing).
import { HEAVY } from "./page-weight";
import type { BenchResults, TargetCheck } from "./results";
import { ratio } from "./stats";

const KB = 1000;
const f = (value: number | null | undefined, digits = 2) =>
  value == null || !Number.isFinite(value) ? "n/a" : value.toFixed(digits);

export function checkTargets(r: BenchResults): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const add = (target: string, measured: string, pass: boolean | null) =>
    checks.push({ target, measured, pass });

  const wallet = r.pageWeight?.pages.find((p) => p.page === "/wallet");
  const floor = r.pageWeight?.floor;
  if (wallet?.status === "ok" && floor?.status === "ok") {
    const extra = wallet.gzip - floor.gzip;
    add(
      "/wallet JS ≤ floor + 40 kB gzip",
      `+${f(extra / KB, 1)} kB (${f(wallet.gzip / KB, 1)} vs ${f(floor.gzip / KB, 1)})`,
      extra <= 40 * KB,
    );
    const heavy = [
      ...new Set(
        wallet.chunks.flatMap((c) => c.contains.filter((lib) => (HEAVY as readonly string[]).includes(lib))),
      ),
    ];
    add(
      "heavy code (barcode, scanner, offline) not in /wallet's first load",
      heavy.length ? heavy.join(", ") : "none found",
      heavy.length === 0,
    );
  } else add("/wallet JS ≤ floor + 40 kB gzip", "not measured", null);

  const lh = r.lighthouse;
  if (lh) {
    const kinds = [
      ["", lh] as const,
      ...(lh.applied ? [[" (applied throttling)", lh.applied] as const] : []),
    ];
    for (const [kind, { wallet, floor }] of kinds) {
      const w = wallet.median;
      const fl = floor.median;
      const lcp = ratio(w.lcp, fl.lcp);
      add(
        `Lighthouse LCP ≤ 1.25× floor${kind}`,
        `${f(lcp)}× (${f(w.lcp, 0)} vs ${f(fl.lcp, 0)} ms)`,
        lcp === null ? null : lcp <= 1.25,
      );
      const tbt = ratio(w.tbt, fl.tbt);
      add(
        `Lighthouse TBT ≤ 1.25× floor${kind}`,
        tbt === null
          ? `${f(w.tbt, 0)} vs ${f(fl.tbt, 0)} ms (floor 0: ratio undefined)`
          : `${f(tbt)}× (${f(w.tbt, 0)} vs ${f(fl.tbt, 0)} ms)`,
        w.tbt <= 1.25 * fl.tbt,
      );
    }
    const w = lh.wallet.median;
    add("Lighthouse CLS < 0.05", f(w.cls, 3), w.cls < 0.05);
    add("Lighthouse accessibility 100", f(w.accessibility, 0), w.accessibility === 100);
  } else add("Lighthouse", "not measured", null);

  const slow1 = r.proxyCost?.find((c) => c.latencyMs === 50 && c.connections === 1);
  add(
    "50 ms upstream, 1 conn: app p50 ≤ 1.3× direct",
    slow1 ? `${f(slow1.p50Ratio)}× (${f(slow1.app.p50, 1)} vs ${f(slow1.direct.p50, 1)} ms)` : "not measured",
    slow1?.p50Ratio == null ? null : slow1.p50Ratio <= 1.3,
  );
  const fast20 = r.proxyCost?.find((c) => c.latencyMs === 0 && c.connections === 20);
  add(
    "0 ms upstream, 20 conn: app throughput ≥ 40% of direct",
    fast20
      ? `${f((fast20.throughputRatio ?? NaN) * 100, 0)}% (${f(fast20.app.rps, 0)} vs ${f(fast20.direct.rps, 0)} req/s; ` +
          `a bare Next pass-through: ${f((fast20.nextFloor.rps / fast20.direct.rps) * 100, 0)}%)`
      : "not measured",
    fast20?.throughputRatio == null ? null : fast20.throughputRatio >= 0.4,
  );

  const up = r.upstream;
  if (up) {
    add(
      "warm wallet page view = 1 Capillary call",
      `${up.pageWarm.total} (${up.pageWarm.coupons} coupons, ${up.pageWarm.series} series)`,
      up.pageWarm.total === 1,
    );
    add("warm GET /api/wallet = 1 Capillary call", String(up.apiWarm.total), up.apiWarm.total === 1);
    add(
      `${up.crowd.shoppers} shoppers at once: ≤ 1 series call per distinct series`,
      `${up.crowd.cost.series} series calls for ${up.crowd.distinctSeries} series (${up.crowd.cost.coupons} coupon calls, ${up.crowd.ok} ok)`,
      up.crowd.ok === up.crowd.shoppers && up.crowd.cost.series <= up.crowd.distinctSeries,
    );
  } else add("upstream economy", "not measured", null);

  const sizes = r.walletSize;
  const big = sizes?.find((s) => s.coupons === 5000);
  if (sizes && big) {
    const why = big.error ? `wallet not shown: ${big.error}` : null;
    add(
      "5,000 coupons: DOM < 2,000 elements",
      why ?? String(big.domElements),
      !why && big.domElements < 2000,
    );
    add(
      "5,000 coupons: first coupon ≤ 2× the 10-coupon time",
      why ??
        `${f(big.ratios.firstCouponMs)}× (${f(big.firstCouponMs, 0)} vs ${f(sizes[0]?.firstCouponMs, 0)} ms; ` +
          `reading Capillary's ${f(big.upstreamBytes / 1e6, 1)} MB answer alone: ${f(big.upstreamReadMs, 0)} ms)`,
      !why && big.ratios.firstCouponMs !== null && big.ratios.firstCouponMs <= 2,
    );
    const steps = sizes.slice(1).map((s, i) => {
      const prev = sizes[i]!;
      return {
        grow: ratio(s.apiMs, prev.apiMs) ?? NaN,
        size: s.coupons / prev.coupons,
        label: `${prev.coupons}→${s.coupons}`,
        error: s.error ?? prev.error,
      };
    });
    add(
      "API latency grows no faster than linearly",
      steps
        .map((s) => `${s.label}: ${s.error ? "not served" : `${f(s.grow)}×`} for ${f(s.size, 0)}× coupons`)
        .join("; "),
      steps.every((s) => !s.error && s.grow <= s.size),
    );
  } else add("wallet size", "not measured", null);

  if (r.memory) {
    add(
      `(info) RSS after ${r.memory.total} vs ${r.memory.first} requests ≤ 1.25×`,
      `${f(r.memory.ratio)}× (${f(r.memory.afterTotalMiB, 0)} vs ${f(r.memory.afterFirstMiB, 0)} MiB)`,
      r.memory.ratio === null ? null : r.memory.ratio <= 1.25,
    );
  }
  return checks;
}
