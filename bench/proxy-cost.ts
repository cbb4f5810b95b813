// 3. Proxy cost: the shopper's wallet through the app (GET /api/wallet with a session) against the same
// Capillary call made straight to the emulator, at 1 and 20 connections, with the emulator answering at
// once and after 50 ms. App and direct runs alternate so they share the machine's mood.
import autocannon from "autocannon";
import { DEMO_CREDENTIALS } from "../emulator/credentials";
import { ASHA } from "../test/support/demo";
import type { ShopperSession } from "../test/support/sign-in";
import { SETTINGS, URLS, WALLET_API_PATH } from "./config";
import { emulator } from "./servers";
import { checkBudget } from "./budget";
import { median, pairedRatios, quantile, ratio, type Spread } from "./stats";

export interface LoadFigures {
  p50: number;
  p99: number;
  rps: number;
  requests: number;
  errors: number;
  non2xx: number;
}

export interface ProxyCase {
  latencyMs: number;
  connections: number;
  app: LoadFigures;
  direct: LoadFigures;
  /** The same call through a bare Next.js route handler that passes the answer through (the floor's). */
  nextFloor: LoadFigures;
  /** App throughput over the bare route handler's: the app's own cost, apart from Next's. */
  throughputVsNextFloor: number | null;
  p50Ratio: number | null;
  p99Ratio: number | null;
  throughputRatio: number | null;
  /** Round by round (direct, app and bare Next back to back in each round): the same ratios, spread. */
  rounds?: {
    p50Ratio: Spread | null;
    throughputRatio: Spread | null;
    throughputVsNextFloor: Spread | null;
  };
}

/** The median round's figures (each figure its own median over the rounds). */
function medianOf(runs: LoadFigures[]): LoadFigures {
  const m = (key: keyof LoadFigures) => median(runs.map((r) => r[key]));
  return {
    p50: m("p50"),
    p99: m("p99"),
    rps: m("rps"),
    requests: runs.reduce((sum, r) => sum + r.requests, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
  };
}

export async function capillaryToken(): Promise<string> {
  const response = await fetch(`${URLS.emulator}/v3/oauth/token/generate`, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ key: DEMO_CREDENTIALS.oauthKey, secret: DEMO_CREDENTIALS.oauthSecret }),
  });
  const body = (await response.json()) as { data?: { accessToken?: string } };
  const token = body.data?.accessToken;
  if (!token) throw new Error(`no OAuth token from the emulator: ${JSON.stringify(body)}`);
  return token;
}

async function load(url: string, headers: Record<string, string>, connections: number, seconds: number) {
  // autocannon's own percentiles are whole milliseconds (its histogram keeps integers), and at 50 ms upstream
  // one millisecond is 2% of the p50 ratio (56 and 57 ms are 1.098× and 1.118× of 51 ms). Each answer's own
  // time is exact, so the percentiles are read from those: every target is timed by the same client.
  const answered: number[] = [];
  const run = autocannon({ url, headers, connections, duration: seconds, timeout: 20 });
  run.on("response", (_client, statusCode, _bytes, responseTime) => {
    if (statusCode >= 200 && statusCode < 300) answered.push(responseTime);
  });
  const result = await run;
  return {
    p50: quantile(answered, 0.5),
    p99: quantile(answered, 0.99),
    rps: result.requests.average,
    requests: result.requests.total,
    errors: result.errors + result.timeouts,
    non2xx: result.non2xx,
  } satisfies LoadFigures;
}

export async function proxyCost(asha: ShopperSession): Promise<ProxyCase[]> {
  const token = await capillaryToken();
  const direct = {
    url: `${URLS.emulator}/v2/customers/${ASHA.customerId}/coupons`,
    headers: { "X-CAP-API-OAUTH-TOKEN": token, Accept: "application/json" },
  };
  const app = {
    url: `${URLS.app}${WALLET_API_PATH}`,
    headers: { Cookie: asha.cookie, Accept: "application/json" },
  };
  const nextFloor = { url: `${URLS.floor}/api/upstream`, headers: { Accept: "application/json" } };
  // Warm all three (series cache, connections, JIT) before anything is measured.
  for (const target of [app, direct, nextFloor]) await load(target.url, target.headers, 4, 1);

  const cases: ProxyCase[] = [];
  try {
    for (const latencyMs of [0, 50]) {
      await emulator.latency(latencyMs);
      for (const connections of [1, 20]) {
        const runs = { direct: [] as LoadFigures[], app: [] as LoadFigures[], floor: [] as LoadFigures[] };
        for (let round = 0; round < Math.max(1, SETTINGS.proxyRounds); round++) {
          checkBudget();
          runs.direct.push(await load(direct.url, direct.headers, connections, SETTINGS.loadSeconds));
          runs.app.push(await load(app.url, app.headers, connections, SETTINGS.loadSeconds));
          runs.floor.push(await load(nextFloor.url, nextFloor.headers, connections, SETTINGS.loadSeconds));
        }
        const [d, a, f] = [medianOf(runs.direct), medianOf(runs.app), medianOf(runs.floor)];
        const rps = (list: LoadFigures[]) => list.map((r) => r.rps);
        const p50 = (list: LoadFigures[]) => list.map((r) => r.p50);
        cases.push({
          latencyMs,
          connections,
          app: a,
          direct: d,
          nextFloor: f,
          throughputVsNextFloor: ratio(a.rps, f.rps),
          p50Ratio: ratio(a.p50, d.p50),
          p99Ratio: ratio(a.p99, d.p99),
          throughputRatio: ratio(a.rps, d.rps),
          rounds: {
            p50Ratio: pairedRatios(p50(runs.app), p50(runs.direct)),
            throughputRatio: pairedRatios(rps(runs.app), rps(runs.direct)),
            throughputVsNextFloor: pairedRatios(rps(runs.app), rps(runs.floor)),
          },
        });
      }
    }
  } finally {
    await emulator.latency(0);
  }
  return cases;
}
