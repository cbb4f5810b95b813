// The shape of bench-results/latest.json.
import type { LighthouseResult } from "./lighthouse";
import type { MemoryResult } from "./memory";
import type { PageWeightResult } from "./page-weight";
import type { ProfileSummary } from "./profile";
import type { ProxyCase } from "./proxy-cost";
import type { UpstreamResult } from "./upstream";
import type { SizeRow } from "./wallet-size";

export interface TargetCheck {
  target: string;
  measured: string;
  /** null: could not be measured this run. By the median when the figure was measured several times. */
  pass: boolean | null;
  /** The runs fell on both sides of the limit: within this machine's noise. */
  noise?: boolean;
  /** What bounds the figure, from this run's evidence. */
  bounds?: string;
}

export interface BenchResults {
  startedAt: string;
  minutes: number;
  quick: boolean;
  machine: {
    cpus: number;
    model: string;
    loadAverage: number[];
    node: string;
    next: string;
    chromium: string;
  };
  source: { commit: string; dirty: boolean; files: number };
  pageWeight?: PageWeightResult;
  lighthouse?: LighthouseResult;
  proxyCost?: ProxyCase[];
  upstream?: UpstreamResult;
  walletSize?: SizeRow[];
  memory?: MemoryResult;
  profile?: ProfileSummary | null;
  errors: { phase: string; message: string }[];
  /** Phases whose figures were taken from an earlier run of the same source (BENCH_RESUME=1). */
  resumed?: string[];
  targets: TargetCheck[];
}
