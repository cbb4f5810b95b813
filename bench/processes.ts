// Child processes the benchmark starts, and nothing else: each is tracked, stopped by its own pid (with
// its process group) when done, and on any exit of the benchmark.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { readFileSync } from "node:fs";

const started = new Set<ChildProcess>();

export interface Started {
  child: ChildProcess;
  /** The last lines it printed, for error messages. */
  tail(): string;
  stop(graceMs?: number): Promise<void>;
}

export function start(name: string, command: string, args: string[], options: SpawnOptions = {}): Started {
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], detached: true, ...options });
  started.add(child);
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    if (lines.length > 60) lines.splice(0, lines.length - 60);
    if (process.env.BENCH_VERBOSE === "1") process.stderr.write(`[${name}] ${chunk.toString()}`);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", () => started.delete(child));
  return { child, tail: () => lines.join("\n"), stop: (graceMs?: number) => stop(child, graceMs) };
}

function signalGroup(child: ChildProcess, signal: NodeJS.Signals) {
  if (child.pid === undefined) return;
  try {
    process.kill(-child.pid, signal); // its own process group (detached), so its children go too
  } catch {
    try {
      child.kill(signal);
    } catch {
      // already gone
    }
  }
}

export async function stop(child: ChildProcess, graceMs = 5000): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  signalGroup(child, "SIGTERM");
  const timer = setTimeout(() => signalGroup(child, "SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

export async function stopAll(): Promise<void> {
  await Promise.all([...started].map((child) => stop(child)));
}

/** Synchronous last resort for process exit: SIGKILL whatever is still running. */
export function killAllNow(): void {
  for (const child of started) signalGroup(child, "SIGKILL");
}

/** Runs a command to completion (bounded by `timeoutMs`); rejects with its output on failure. */
export async function runToEnd(
  name: string,
  command: string,
  args: string[],
  options: SpawnOptions,
  timeoutMs: number,
) {
  const proc = start(name, command, args, options);
  const timer = setTimeout(() => void proc.stop(), timeoutMs);
  const code = await new Promise<number | null>((resolve) => proc.child.once("exit", (c) => resolve(c)));
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${proc.tail()}`);
}

/** Polls `url` until it answers (any status below 500), at most `timeoutMs`. */
export async function waitForHttp(url: string, timeoutMs: number, proc?: Started): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null)
      throw new Error(`exited before ${url} answered:\n${proc.tail()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms${proc ? `:\n${proc.tail()}` : ""}`);
}

function childrenOf(pid: number): number[] {
  try {
    const tasks = readFileSync(`/proc/${pid}/task/${pid}/children`, "utf8");
    return tasks.split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssKiB(pid: number): number {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return match?.[1] ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Resident memory (bytes) of a process and all its descendants, from /proc. */
export function treeRssBytes(pid: number): { total: number; processes: { pid: number; rss: number }[] } {
  const processes: { pid: number; rss: number }[] = [];
  const queue = [pid];
  while (queue.length > 0 && processes.length < 64) {
    const next = queue.shift()!;
    processes.push({ pid: next, rss: rssKiB(next) * 1024 });
    queue.push(...childrenOf(next));
  }
  return { total: processes.reduce((sum, p) => sum + p.rss, 0), processes };
}
