import { mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildIsStale, buildSources } from "./build-freshness";

let root: string;
const at = (file: string) => path.join(root, file);
const write = (file: string, secondsAgo: number) => {
  mkdirSync(path.dirname(at(file)), { recursive: true });
  writeFileSync(at(file), "x");
  const when = new Date(Date.now() - secondsAgo * 1000);
  utimesSync(at(file), when, when);
  // The folder's own time moves when a file is added: set it back too, as if the file had always been there.
  utimesSync(path.dirname(at(file)), when, when);
};

beforeEach(() => {
  root = mkdtempSync(path.join(os.tmpdir(), "build-freshness-"));
  write("app/page.tsx", 100);
  write("lib/a.ts", 100);
  write("proxy.ts", 100);
  write("next.config.js", 100);
  write("package-lock.json", 100);
  write(".next-test/BUILD_ID", 50);
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("the build's sources", () => {
  it("are every top-level folder but tests, tools, the emulator and output, and the app's root files", () => {
    for (const file of ["e2e/a.spec.ts", "test/b.ts", "bench/c.ts", "emulator/d.ts", "node_modules/e.js"])
      write(file, 100);
    for (const file of ["features/f.ts", "instrumentation.ts", "tsconfig.json", "README.md", "next-env.d.ts"])
      write(file, 100);
    write("vitest.config.ts", 100);
    const names = buildSources(root).map((p) => path.basename(p));
    expect(names.sort()).toEqual(
      [
        "app",
        "features",
        "instrumentation.ts",
        "lib",
        "next.config.js",
        "package-lock.json",
        "proxy.ts",
        "tsconfig.json",
      ].sort(),
    );
  });
});

describe("a build", () => {
  it("is stale when missing", () => {
    expect(buildIsStale(".next", root)).toBe(true);
  });

  it("is fresh when every source is older", () => {
    expect(buildIsStale(".next-test", root)).toBe(false);
  });

  it("is stale when a file in a source folder changed, however deep", () => {
    write("app/deep/er/page.tsx", 10);
    expect(buildIsStale(".next-test", root)).toBe(true);
  });

  it("is stale when a step that rewrites the build's output changed, though tools are not sources", () => {
    write("scripts/compile-hints.mjs", 10);
    expect(buildIsStale(".next-test", root)).toBe(true);
    write("scripts/staff-hash.ts", 10);
    write("scripts/compile-hints.mjs", 100);
    expect(buildIsStale(".next-test", root)).toBe(false);
  });

  it("is stale when a file in a new top-level source folder changed", () => {
    write("features/wallet/view.ts", 10);
    expect(buildIsStale(".next-test", root)).toBe(true);
  });

  it("is not stale for changes to tests, tools or generated files", () => {
    write("e2e/wallet.spec.ts", 10);
    write("test/support/x.ts", 10);
    write("next-env.d.ts", 10);
    write("lib/tsconfig.tsbuildinfo", 10);
    utimesSync(at("lib"), new Date(Date.now() - 100_000), new Date(Date.now() - 100_000));
    expect(buildIsStale(".next-test", root)).toBe(false);
  });

  it("is stale when a source file was deleted (its folder's time moves)", () => {
    rmSync(at("lib/a.ts"));
    expect(buildIsStale(".next-test", root)).toBe(true);
  });
});
