// 6. Memory: the app server's resident memory after 1,000 wallet requests against after 10,000, on a
// freshly started server, spread over many shoppers so per-shopper caches fill up as they would.
import autocannon from "autocannon";
import { SETTINGS, URLS, WALLET_API_PATH } from "./config";
import { METRICS_TOKEN } from "./servers";
import { treeRssBytes } from "../test/support/memory";
import type { ShopperSession } from "../test/support/sign-in";
import { checkBudget } from "./budget";
import { ratio, sleep } from "./stats";

export interface MemoryResult {
  /**
   * RSS after each batch, to tell a plateau (bounded caches) from steady growth, and the V8 heap in use
   * (the app's own metrics): live objects, as against memory the process holds but does not use.
   */
  checkpoints: {
    requests: number;
    rssMiB: number;
    heapUsedMiB?: number | null;
    heapTotalMiB?: number | null;
  }[];
  idleMiB: number;
  afterFirstMiB: number;
  afterTotalMiB: number;
  first: number;
  total: number;
  ratio: number | null;
  failed: number;
  /** The app's V8 heap in use after the last batch, when the app reports it (null: unknown). */
  heapMiB?: number | null;
}

const MiB = 1024 * 1024;

async function requests(sessions: ShopperSession[], amount: number): Promise<number> {
  let i = 0;
  const result = await autocannon({
    url: `${URLS.app}${WALLET_API_PATH}`,
    connections: 10,
    amount,
    timeout: 30,
    requests: [
      {
        method: "GET",
        path: WALLET_API_PATH,
        setupRequest: (request) => {
          const session = sessions[i++ % sessions.length]!;
          return { ...request, headers: { ...request.headers, Cookie: session.cookie } };
        },
      },
    ],
  });
  return result.errors + result.timeouts + result.non2xx;
}

async function settledRss(pid: number): Promise<number> {
  await sleep(2000);
  return treeRssBytes(pid).total / MiB;
}

/** The app's V8 heap, from its Prometheus metrics (prom-client's default metrics). */
async function heap(): Promise<{ heapUsedMiB: number | null; heapTotalMiB: number | null }> {
  try {
    const response = await fetch(`${URLS.app}/api/metrics`, {
      headers: { Authorization: `Bearer ${METRICS_TOKEN}` },
      signal: AbortSignal.timeout(10_000),
    });
    const text = await response.text();
    const read = (name: string) => {
      const value = new RegExp(`^${name} ([0-9.e+]+)`, "m").exec(text)?.[1];
      return value === undefined ? null : Number(value) / MiB;
    };
    return {
      heapUsedMiB: read("nodejs_heap_size_used_bytes"),
      heapTotalMiB: read("nodejs_heap_size_total_bytes"),
    };
  } catch {
    return { heapUsedMiB: null, heapTotalMiB: null };
  }
}

export async function memory(pid: number, sessions: ShopperSession[]): Promise<MemoryResult> {
  const idleMiB = await settledRss(pid);
  const checkpoints: MemoryResult["checkpoints"] = [{ requests: 0, rssMiB: idleMiB, ...(await heap()) }];
  const marks = [
    SETTINGS.memoryFirst,
    Math.round((SETTINGS.memoryFirst + SETTINGS.memoryTotal) / 2),
    SETTINGS.memoryTotal,
  ];
  let failed = 0;
  let done = 0;
  for (const mark of marks) {
    checkBudget();
    failed += await requests(sessions, mark - done);
    done = mark;
    checkpoints.push({ requests: done, rssMiB: await settledRss(pid), ...(await heap()) });
  }
  const afterFirstMiB = checkpoints[1]!.rssMiB;
  const afterTotalMiB = checkpoints[checkpoints.length - 1]!.rssMiB;
  return {
    checkpoints,
    idleMiB,
    afterFirstMiB,
    afterTotalMiB,
    first: SETTINGS.memoryFirst,
    total: SETTINGS.memoryTotal,
    ratio: ratio(afterTotalMiB, afterFirstMiB),
    failed,
    heapMiB: checkpoints.at(-1)?.heapUsedMiB ?? null,
  };
}
