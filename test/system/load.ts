// The wallet route under 50 concurrent connections for 20 s on loopback: nothing may be lost (no errors,
// no timeouts, no non-2xx, every body a fresh wallet) and the server's memory must stay bounded.
import assert from "node:assert/strict";
import autocannon from "autocannon";
import { treeRssMb as rssMb } from "../support/memory";
import type { NextApp } from "../support/next-app";

export interface LoadFigures {
  connections: number;
  durationSeconds: number;
  requests: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; max: number };
  errors: number;
  timeouts: number;
  non2xx: number;
  mismatches: number;
  rssMb: { before: number; peak: number; after: number };
}

const CONNECTIONS = Number(process.env.LOAD_CONNECTIONS ?? 50);
const DURATION_S = Number(process.env.LOAD_SECONDS ?? 20);

export async function loadWallet(app: NextApp, cookie: string): Promise<LoadFigures> {
  const url = `${app.url}/api/wallet`;
  const headers = { Cookie: cookie, Accept: "application/json" };
  // Warm-up at full concurrency: the heap grows to its working size under 50 connections first, so
  // "before" is that steady state and growth after it would be a leak, not V8 sizing its heap (5 s was
  // not enough once the app grew: 264 → 463 MB, just over the bound, in the first run with every feature).
  await autocannon({ url, connections: CONNECTIONS, duration: 10, headers });
  const before = rssMb(app.pid);
  let peak = before;
  const sampler = setInterval(() => (peak = Math.max(peak, rssMb(app.pid))), 1_000);
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: DURATION_S,
    timeout: 10,
    headers,
    // Not parsed: 50 connections' worth of JSON.parse would load the load generator, not the app.
    verifyBody: (body) =>
      body.startsWith('{"') &&
      body.includes('"coupons":[') &&
      body.includes('"fetchedAt":"') &&
      !body.includes('"stale":true'),
  });
  clearInterval(sampler);
  const after = rssMb(app.pid);
  const figures: LoadFigures = {
    connections: CONNECTIONS,
    durationSeconds: result.duration,
    requests: result.requests.total,
    requestsPerSecond: Math.round(result.requests.average),
    latencyMs: { p50: result.latency.p50, p99: result.latency.p99, max: result.latency.max },
    errors: result.errors,
    timeouts: result.timeouts,
    non2xx: result.non2xx,
    mismatches: result.mismatches,
    rssMb: { before, peak: Math.max(peak, after), after },
  };
  console.log(`load: ${JSON.stringify(figures)}`);
  assert.ok(figures.requests > 0, "requests were answered");
  assert.equal(figures.errors, 0, "connection errors");
  assert.equal(figures.timeouts, 0, "timeouts");
  assert.equal(figures.non2xx, 0, "non-2xx answers");
  assert.equal(figures.mismatches, 0, "bodies that are not a fresh wallet");
  assert.ok(
    figures.rssMb.peak <= before * 1.5 + 64,
    `RSS grew from ${before} MB to ${figures.rssMb.peak} MB`,
  );
  console.log("✓ 0 errors, 0 timeouts, 0 non-2xx, every body a fresh wallet; memory bounded");
  return figures;
}
