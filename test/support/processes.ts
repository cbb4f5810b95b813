// Child processes a tool starts, and nothing else: each is tracked and stopped by its own pid (with its
// process group, so `next start`'s own children go too) when done, and on any exit of the tool. Used by
// `npm start`, the e2e workers' servers, the system tests and the benchmark.
import { spawn, type ChildProcess, type SpawnOptions } from "node:child_process";
import { createWriteStream } from "node:fs";

const started = new Set<ChildProcess>();

export interface Started {
  name: string;
  child: ChildProcess;
  /** The last lines it printed, for error messages (empty when its output is inherited). */
  tail(): string;
  stop(graceMs?: number): Promise<void>;
}

export interface StartOptions extends SpawnOptions {
  /** Also append everything it prints to this file. */
  logFile?: string;
  /** Echo its output to stderr, prefixed with its name (e.g. BENCH_VERBOSE). */
  echo?: boolean;
}

export function start(name: string, command: string, args: string[], options: StartOptions = {}): Started {
  const { logFile, echo, ...spawnOptions } = options;
  const child = spawn(command, args, { stdio: ["ignore", "pipe", "pipe"], detached: true, ...spawnOptions });
  started.add(child);
  const log = logFile ? createWriteStream(logFile, { flags: "a" }) : undefined;
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    log?.write(chunk);
    lines.push(...chunk.toString().split("\n").filter(Boolean));
    if (lines.length > 60) lines.splice(0, lines.length - 60);
    if (echo) process.stderr.write(`[${name}] ${chunk.toString()}`);
  };
  child.stdout?.on("data", keep);
  child.stderr?.on("data", keep);
  child.on("exit", () => {
    started.delete(child);
    log?.end();
  });
  return { name, child, tail: () => lines.join("\n"), stop: (graceMs?: number) => stop(child, graceMs) };
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

/** SIGTERM, then SIGKILL after `graceMs`; resolves once it has exited. */
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

/** Resolves with its exit code (null when a signal ended it). */
export function exited(proc: Started): Promise<number | null> {
  const { child } = proc;
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(child.exitCode);
  return new Promise((resolve) => child.once("exit", (code) => resolve(code)));
}

/** Runs a command to completion (bounded by `timeoutMs`); rejects with its output on failure. */
export async function runToEnd(
  name: string,
  command: string,
  args: string[],
  options: StartOptions,
  timeoutMs: number,
) {
  const proc = start(name, command, args, options);
  const timer = setTimeout(() => void proc.stop(), timeoutMs);
  const code = await exited(proc);
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${proc.tail()}`);
}
