// Small numeric helpers. Every figure the benchmark reports is a ratio of two things measured side by
// side, or a count.

export function median(values: number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank quantile (0 < q ≤ 1) of `values`; NaN when there are none. */
export function quantile(values: number[], q: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil(q * sorted.length))) - 1]!;
}

/** a / b, or null when b is 0 or either is missing (printed as "n/a"). */
export function ratio(a: number | null | undefined, b: number | null | undefined): number | null {
  if (a == null || b == null || !Number.isFinite(a) || !Number.isFinite(b) || b === 0) return null;
  return a / b;
}

export function round(value: number | null | undefined, digits = 2): number | null {
  if (value == null || !Number.isFinite(value)) return null;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

export async function timed<T>(fn: () => Promise<T>): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await fn();
  return { ms: performance.now() - started, value };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A figure measured several times in one run: its median and the range the runs spread over. */
export interface Spread {
  median: number;
  min: number;
  max: number;
  n: number;
}

/** The spread of the finite values; null when there are none. */
export function spread(values: readonly (number | null | undefined)[]): Spread | null {
  const finite = values.filter((v): v is number => v != null && Number.isFinite(v));
  if (finite.length === 0) return null;
  return { median: median(finite), min: Math.min(...finite), max: Math.max(...finite), n: finite.length };
}

/** Ratios run by run: a[i] / b[i] (pairs measured side by side), spread. */
export function pairedRatios(a: readonly number[], b: readonly number[]): Spread | null {
  return spread(a.map((value, i) => ratio(value, b[i])));
}

export interface Verdict {
  /** By the median; null when not measured. */
  pass: boolean | null;
  /** The runs fall on both sides of the limit: the verdict is within the noise of this machine. */
  noise: boolean;
}

/**
 * A target on a repeated figure: "at most" (`≤ limit`) or "at least" (`≥ limit`). The median decides;
 * when the runs spread over both sides of the limit the verdict says so instead of flipping between runs.
 */
export function judge(figure: Spread | null, limit: number, kind: "at most" | "at least"): Verdict {
  if (!figure) return { pass: null, noise: false };
  const ok = (v: number) => (kind === "at most" ? v <= limit : v >= limit);
  return { pass: ok(figure.median), noise: ok(figure.min) !== ok(figure.max) };
}

/** "1.12× (1.05–1.21×, 5 runs)": a median with its spread. */
export function spreadText(figure: Spread | null, unit = "×", digits = 2): string {
  if (!figure) return "n/a";
  const f = (v: number) => v.toFixed(digits);
  if (figure.n === 1) return `${f(figure.median)}${unit}`;
  return `${f(figure.median)}${unit} (${f(figure.min)}–${f(figure.max)}${unit}, ${figure.n} runs)`;
}
