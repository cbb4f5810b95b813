// Phases kept between runs: each finished phase's figures are written to bench-results/phases/ with the
// fingerprint of the source they measured, so BENCH_RESUME=1 picks up where a stopped or partial run left
// off (or completes a BENCH_ONLY run with the other phases' figures), never mixing figures of other code.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { DIRS, QUICK, ROOT } from "./config";

interface SavedPhase {
  phase: string;
  fingerprint: string;
  quick: boolean;
  savedAt: string;
  value: unknown;
}

const DEFAULT_DIR = path.join(DIRS.results, "phases");
const fileOf = (dir: string, phase: string) => path.join(dir, `${phase.replace(/[^a-z0-9]+/gi, "-")}.json`);

/** What was measured: the commit plus every uncommitted change (bench/ itself excluded, as in the snapshot). */
export function sourceFingerprint(): string {
  const git = (...args: string[]) => execFileSync("git", args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  const hash = createHash("sha256");
  hash.update(git("rev-parse", "HEAD"));
  hash.update(git("diff", "HEAD", "--", ".", ":(exclude)bench"));
  for (const file of git("ls-files", "--others", "--exclude-standard", "-z").toString().split("\0")) {
    if (!file || file.startsWith("bench/") || !existsSync(path.join(ROOT, file))) continue;
    hash.update(file);
    hash.update(readFileSync(path.join(ROOT, file)));
  }
  return hash.digest("hex").slice(0, 16);
}

export function savePhase(phase: string, fingerprint: string, value: unknown, dir = DEFAULT_DIR): void {
  mkdirSync(dir, { recursive: true });
  const saved: SavedPhase = { phase, fingerprint, quick: QUICK, savedAt: new Date().toISOString(), value };
  writeFileSync(fileOf(dir, phase), `${JSON.stringify(saved)}\n`);
}

/** The saved figures of every phase measured on this very source (and in the same mode, quick or full). */
export function savedPhases(fingerprint: string, dir = DEFAULT_DIR): Map<string, unknown> {
  const found = new Map<string, unknown>();
  if (!existsSync(dir)) return found;
  for (const name of readdirSync(dir)) {
    try {
      const saved = JSON.parse(readFileSync(path.join(dir, name), "utf8")) as SavedPhase;
      if (saved.fingerprint === fingerprint && saved.quick === QUICK) found.set(saved.phase, saved.value);
    } catch {
      // A torn file from a run that was stopped while writing: measured again.
    }
  }
  return found;
}
