// docs/performance.md, written by `npm run bench` after a full run: how the figures are made, then the
// latest run's tables. No history: earlier rounds live in the commit log.
import { writeFileSync } from "node:fs";
import path from "node:path";
import { markdown, tables } from "./report";
import type { BenchResults } from "./results";

const METHOD = `# Performance

\`npm run bench\` measures the app against a floor and writes this file (and \`bench-results/latest.json\`).
Rerun it rather than editing the figures by hand.

\`\`\`sh
npm run bench                         # a full run: about 7-10 minutes on 2 cores
BENCH_QUICK=1 npm run bench           # a smoke run (shorter loads, one Lighthouse run per page); not written here
BENCH_ONLY=lighthouse npm run bench   # only the named phases; not written here
\`\`\`

The bench builds the app (from a copy of the working tree in the temp directory) and a bare Next.js app of
the same version as the floor (\`bench/floor/\`: one page, and one route handler that passes the same
Capillary call through), starts them with the Capillary emulator on ports 3300, 3301 and 4310, measures,
prints a PASS/FAIL per target and stops everything it started. \`bench/config.ts\` lists the knobs
(\`BENCH_SKIP_BUILD\`, \`BENCH_LOAD_SECONDS\`, \`BENCH_LIGHTHOUSE_RUNS\`, ports, ...).

No figure is a bare time: each is a count (bytes, calls, DOM elements) or a ratio of two things measured
side by side in the same run (app against floor, app against the direct Capillary call, N coupons against
10), because timings on these shared 2-core machines are noisy. Lighthouse runs the mobile preset in
Debian's Chromium, with its simulated throttling and with throttling applied to the real load.`;

export function performanceDoc(r: BenchResults): string {
  const stamp = `Latest full run: ${r.startedAt.slice(0, 10)}, commit ${r.source.commit}${r.source.dirty ? " (with uncommitted changes)" : ""}, Node ${r.machine.node}, Next.js ${r.machine.next}, ${r.machine.chromium}, ${r.machine.cpus} × ${r.machine.model}.`;
  return `${METHOD}\n\n${stamp}\n\n${tables(r).map(markdown).join("\n\n")}\n`;
}

/** Written only for a full run: a partial or quick run would replace real figures with fewer, noisier ones. */
export function writePerformanceDoc(r: BenchResults, root: string, full: boolean): string | null {
  if (!full || r.quick) return null;
  const file = path.join(root, "docs", "performance.md");
  writeFileSync(file, performanceDoc(r));
  return file;
}
