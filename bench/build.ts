// Builds the app and the floor, each in its own directory outside the checkout. The app is built from a
// copy of the working tree: `next build` rewrites tsconfig.json and next-env.d.ts for its dist dir, and
// other engineers build and test in the checkout at the same time, so building in place would change
// their files and race with their edits.
import { execFileSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from "node:fs";
import path from "node:path";
import { DIRS, ROOT, VERBOSE } from "./config";
import { startNextBuild } from "../test/support/next-build";

const BUILD_TIMEOUT_MS = 6 * 60 * 1000;

function commonAncestor(a: string, b: string): string {
  const pa = path.resolve(a).split(path.sep);
  const pb = path.resolve(b).split(path.sep);
  let i = 0;
  while (i < pa.length && i < pb.length && pa[i] === pb[i]) i++;
  return pa.slice(0, i).join(path.sep) || path.sep;
}

/**
 * The project's own config, plus only what building outside the checkout needs: node_modules is a symlink
 * into the checkout, so Turbopack's root must contain both; types are the test suite's job, not the build's.
 */
function wrapperConfig(dir: string, baseFile: string | null): string {
  const root = commonAncestor(dir, ROOT);
  return `// Written by bench/build.ts.
${baseFile ? `import base from "./${baseFile}";` : "const base = {};"}
export default async function benchConfig(phase, context) {
  const config = typeof base === "function" ? await base(phase, context) : base;
  return {
    ...config,
    outputFileTracingRoot: ${JSON.stringify(root)},
    turbopack: { ...config.turbopack, root: ${JSON.stringify(root)} },
    typescript: { ...config.typescript, ignoreBuildErrors: true },
  };
}
`;
}

function freshDir(dir: string, keep: string[]) {
  mkdirSync(dir, { recursive: true });
  for (const entry of readdirSync(dir)) {
    if (keep.includes(entry)) continue;
    const full = path.join(dir, entry);
    // Never follow the node_modules symlink into the checkout.
    if (lstatSync(full).isSymbolicLink()) unlinkSync(full);
    else rmSync(full, { recursive: true, force: true });
  }
  symlinkSync(path.join(ROOT, "node_modules"), path.join(dir, "node_modules"), "dir");
}

/** Copies the working tree as git sees it (tracked and new files, minus ignored and deleted ones). */
export function snapshotApp(): { files: number; commit: string; dirty: boolean } {
  const dir = DIRS.app;
  freshDir(dir, [DIRS.distDir]);
  const listed = execFileSync("git", ["ls-files", "-z", "--cached", "--others", "--exclude-standard"], {
    cwd: ROOT,
  })
    .toString()
    .split("\0")
    .filter((file) => file && !file.startsWith("bench/") && existsSync(path.join(ROOT, file)));
  for (const file of listed) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    copyFileSync(path.join(ROOT, file), path.join(dir, file));
  }
  const configName = ["next.config.js", "next.config.mjs"].find((name) => existsSync(path.join(dir, name)));
  if (!configName && existsSync(path.join(dir, "next.config.ts")))
    throw new Error("bench/build.ts wraps next.config.js or .mjs; next.config.ts is not supported");
  const baseFile = configName ? `next.config.bench-base${path.extname(configName)}` : null;
  if (configName && baseFile) renameSync(path.join(dir, configName), path.join(dir, baseFile));
  writeFileSync(path.join(dir, "next.config.mjs"), wrapperConfig(dir, baseFile));
  return { files: listed.length, ...snapshotInfo() };
}

/** The commit measured, and whether the working tree had changes on top of it. */
export function snapshotInfo(): { commit: string; dirty: boolean } {
  const commit = execFileSync("git", ["rev-parse", "--short", "HEAD"], { cwd: ROOT }).toString().trim();
  const dirty = execFileSync("git", ["status", "--porcelain"], { cwd: ROOT }).toString().trim() !== "";
  return { commit, dirty };
}

/** A bare Next.js App Router page (bench/floor/app) with the app's installed next and react. */
export function writeFloor() {
  const dir = DIRS.floor;
  freshDir(dir, [".next"]);
  mkdirSync(path.join(dir, "app", "api", "upstream"), { recursive: true });
  for (const file of ["layout.tsx", "page.tsx", "api/upstream/route.ts"]) {
    copyFileSync(path.join(ROOT, "bench", "floor", "app", file), path.join(dir, "app", file));
  }
  writeFileSync(
    path.join(dir, "package.json"),
    JSON.stringify({ name: "floor", private: true, type: "module" }),
  );
  writeFileSync(path.join(dir, "next.config.mjs"), wrapperConfig(dir, null));
}

export function buildEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return { ...process.env, NODE_ENV: "production", NEXT_TELEMETRY_DISABLED: "1", ...extra };
}

export async function nextBuild(name: string, dir: string, env: NodeJS.ProcessEnv): Promise<number> {
  const started = Date.now();
  const { build, exit } = startNextBuild(name, { cwd: dir, env, echo: VERBOSE });
  const timer = setTimeout(() => void build.stop(), BUILD_TIMEOUT_MS);
  const code = await exit;
  clearTimeout(timer);
  if (code !== 0) throw new Error(`${name} failed (exit ${code}):\n${build.tail()}`);
  return Date.now() - started;
}

export function hasBuild(dir: string, distDir: string): boolean {
  return existsSync(path.join(dir, distDir, "BUILD_ID"));
}
