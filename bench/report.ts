// Prints the figures as tables (and the same as Markdown for the README), and writes the JSON.
import { mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DIRS } from "./config";
import type { BenchResults, TargetCheck } from "./results";
import { spreadText } from "./stats";

type Table = { title: string; head: string[]; rows: string[][] };

const n = (v: number | null | undefined, d = 2) => (v == null || !Number.isFinite(v) ? "n/a" : v.toFixed(d));
const kb = (bytes: number) => (Number.isFinite(bytes) ? (bytes / 1000).toFixed(1) : "n/a");
const x = (v: number | null | undefined) => (v == null || !Number.isFinite(v) ? "n/a" : `${v.toFixed(2)}×`);

export function tables(r: BenchResults): Table[] {
  const out: Table[] = [];
  if (r.pageWeight) {
    const floor = r.pageWeight.floor;
    out.push({
      title: "1. Page weight: JavaScript loaded (gzip -9 per script)",
      head: [
        "page",
        "scripts",
        "raw kB",
        "gzip kB",
        "gzip vs floor",
        "ratio",
        "document gzip kB",
        "stylesheet copies",
      ],
      rows: [floor, ...r.pageWeight.pages].map((p) =>
        p.status !== "ok"
          ? [p.page, "n/a", "n/a", "n/a", "n/a", p.note ?? "n/a", "n/a", "n/a"]
          : [
              p.page,
              String(p.scripts),
              kb(p.raw),
              kb(p.gzip),
              p === floor ? "—" : `+${kb(p.gzip - floor.gzip)}`,
              x(p.gzip / floor.gzip),
              p.document ? kb(p.document.gzip) : "n/a",
              p.document ? String(p.document.stylesheetCopies) : "n/a",
            ],
      ),
    });
  }
  if (r.lighthouse) {
    const kinds = [
      ["simulated throttling, Lighthouse's default", r.lighthouse] as const,
      ...(r.lighthouse.applied ? [["applied (devtools) throttling", r.lighthouse.applied] as const] : []),
    ];
    for (const [kind, { wallet: w, floor: f, ratios }] of kinds) {
      out.push({
        title: `2. Lighthouse mobile, ${kind} (median of ${w.runs}): /wallet signed in vs floor`,
        head: ["metric", "/wallet", "floor", "ratio of medians", "ratio run by run: median (spread)"],
        rows: [
          [
            "performance score",
            n(w.median.performance, 0),
            n(f.median.performance, 0),
            x(w.median.performance / f.median.performance),
            "—",
          ],
          [
            "FCP ms",
            n(w.median.fcp, 0),
            n(f.median.fcp, 0),
            x(w.median.fcp / f.median.fcp),
            spreadText(ratios?.fcp ?? null),
          ],
          [
            "LCP ms",
            n(w.median.lcp, 0),
            n(f.median.lcp, 0),
            x(w.median.lcp / f.median.lcp),
            spreadText(ratios?.lcp ?? null),
          ],
          [
            "TBT ms",
            n(w.median.tbt, 0),
            n(f.median.tbt, 0),
            f.median.tbt === 0 ? "n/a (floor 0)" : x(w.median.tbt / f.median.tbt),
            spreadText(ratios?.tbt ?? null),
          ],
          ["CLS", n(w.median.cls, 3), n(f.median.cls, 3), "—", "—"],
          ["accessibility", n(w.median.accessibility, 0), n(f.median.accessibility, 0), "—", "—"],
          [
            "document kB (transferred)",
            n((w.last.document?.transfer ?? NaN) / 1000, 1),
            n((f.last.document?.transfer ?? NaN) / 1000, 1),
            "—",
            "—",
          ],
        ],
      });
    }
  }
  if (r.proxyCost) {
    out.push({
      title: "3. Proxy cost: GET /api/wallet (app) vs the same Capillary call direct to the emulator",
      head: [
        "upstream",
        "conns",
        "app p50/p99 ms",
        "direct p50/p99 ms",
        "p50 ratio",
        "p99 ratio",
        "app req/s",
        "direct req/s",
        "throughput ratio",
        "bare Next proxy req/s",
        "app / bare Next",
        "p50 ratio by round",
        "app / bare Next by round",
      ],
      rows: r.proxyCost.map((c) => [
        `${c.latencyMs} ms`,
        String(c.connections),
        `${n(c.app.p50, 1)} / ${n(c.app.p99, 1)}`,
        `${n(c.direct.p50, 1)} / ${n(c.direct.p99, 1)}`,
        x(c.p50Ratio),
        x(c.p99Ratio),
        n(c.app.rps, 0),
        n(c.direct.rps, 0),
        x(c.throughputRatio),
        c.nextFloor ? n(c.nextFloor.rps, 0) : "n/a",
        x(c.throughputVsNextFloor),
        spreadText(c.rounds?.p50Ratio ?? null),
        spreadText(c.rounds?.throughputVsNextFloor ?? null),
      ]),
    });
  }
  if (r.upstream) {
    const u = r.upstream;
    const row = (label: string, c: typeof u.pageCold) => [
      label,
      String(c.total),
      String(c.coupons),
      String(c.series),
      String(c.total - c.coupons - c.series),
    ];
    out.push({
      title: "4. Upstream economy: Capillary calls (emulator counters)",
      head: ["view", "total", "coupons", "series", "other"],
      rows: [
        row("wallet page, cold (fresh server)", u.pageCold),
        row("wallet page, warm", u.pageWarm),
        row("GET /api/wallet, warm", u.apiWarm),
        row(`${u.crowd.shoppers} shoppers at once (${u.crowd.distinctSeries} distinct series)`, u.crowd.cost),
      ],
    });
  }
  if (r.walletSize) {
    out.push({
      title: "5. Scale with wallet size (ratios to the 10-coupon wallet)",
      head: [
        "coupons",
        "Capillary kB",
        "Capillary read+parse ms",
        "API ms",
        "ratio",
        "JSON kB",
        "ratio",
        "HTML kB",
        "DOM elements",
        "ratio",
        "cards",
        "first coupon ms",
        "ratio",
        "first coupon ratio by round",
        "API ratio to previous size by round",
        "read from Capillary before first paint kB (calls)",
      ],
      rows: r.walletSize.map((s) => [
        String(s.coupons),
        kb(s.upstreamBytes),
        n(s.upstreamReadMs, 1),
        n(s.apiMs, 1),
        x(s.ratios.apiMs),
        kb(s.bytes),
        x(s.ratios.bytes),
        kb(s.htmlBytes),
        n(s.domElements, 0),
        x(s.ratios.domElements),
        n(s.cardsInDom, 0),
        n(s.firstCouponMs, 0),
        s.error ? `n/a: ${s.error}` : x(s.ratios.firstCouponMs),
        spreadText(s.spreads?.firstCouponMs ?? null),
        spreadText(s.spreads?.apiStep ?? null),
        s.firstPaintUpstream ? `${kb(s.firstPaintUpstream.bytes)} (${s.firstPaintUpstream.calls})` : "n/a",
      ]),
    });
  }
  if (r.memory) {
    const m = r.memory;
    out.push({
      title: "6. Memory: app server RSS (fresh server)",
      head: [
        "MiB",
        ...m.checkpoints.map((c) => `after ${c.requests}`),
        `ratio ${m.total}/${m.first}`,
        "failed requests",
      ],
      // RSS against the V8 heap the app reports: in use (live objects and garbage not yet collected) and
      // committed (what V8 holds for it), to tell a growing live heap from a heap V8 has let grow.
      rows: [
        ["RSS", ...m.checkpoints.map((c) => n(c.rssMiB, 0)), x(m.ratio), String(m.failed)],
        ["V8 heap in use", ...m.checkpoints.map((c) => n(c.heapUsedMiB, 0)), "", ""],
        ["V8 heap committed", ...m.checkpoints.map((c) => n(c.heapTotalMiB, 0)), "", ""],
      ],
    });
  }
  if (r.profile) {
    out.push({
      title: `CPU profile of the app under /api/wallet load (${r.profile.requests} requests, self time)`,
      head: ["area", "share %"],
      rows: r.profile.areas.map((a) => [a.area, n(a.share, 1)]),
    });
    out.push({
      title: "Hottest functions in that profile (self time)",
      head: ["function", "where", "share %"],
      rows: r.profile.top.map((t) => [t.fn, t.where, n(t.share, 1)]),
    });
  }
  out.push({
    title: "Targets",
    head: ["target", "measured", "result", "what bounds it"],
    rows: r.targets.map((t) => [t.target, t.measured, verdictText(t), t.bounds ?? ""]),
  });
  return out;
}

/** PASS / FAIL by the median; "(within noise)" when the runs fell on both sides of the limit. */
export function verdictText(t: Pick<TargetCheck, "pass" | "noise">): string {
  if (t.pass === null) return "N/A";
  return `${t.pass ? "PASS" : "FAIL"}${t.noise ? " (within noise)" : ""}`;
}

export function plain(table: Table): string {
  const widths = table.head.map((h, i) =>
    Math.max(h.length, ...table.rows.map((row) => (row[i] ?? "").length)),
  );
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i] ?? 0)).join("  ");
  return [
    table.title,
    line(table.head),
    widths.map((w) => "-".repeat(w)).join("  "),
    ...table.rows.map(line),
  ].join("\n");
}

export function markdown(table: Table): string {
  const esc = (c: string) => c.replace(/\|/g, "\\|");
  return [
    `**${table.title}**`,
    "",
    `| ${table.head.map(esc).join(" | ")} |`,
    `| ${table.head.map(() => "---").join(" | ")} |`,
    ...table.rows.map((row) => `| ${row.map(esc).join(" | ")} |`),
  ].join("\n");
}

export function writeResults(r: BenchResults): { json: string; md: string } {
  mkdirSync(DIRS.results, { recursive: true });
  const json = path.join(DIRS.results, "latest.json");
  const md = path.join(DIRS.results, "latest.md");
  writeFileSync(json, `${JSON.stringify(r, null, 2)}\n`);
  writeFileSync(md, `${tables(r).map(markdown).join("\n\n")}\n`);
  return { json, md };
}
