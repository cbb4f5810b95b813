import { mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { buildExited, buildRecordedSince } from "./next-build";
import { start, stopAll } from "./processes";

let distDir: string;
beforeEach(() => {
  distDir = mkdtempSync(path.join(os.tmpdir(), "next-build-"));
});
afterEach(async () => {
  await stopAll(); // a fake build left running by a failed test
  rmSync(distDir, { recursive: true, force: true });
});

const ROOT_SPAN = '[{"name":"run-turbopack"},{"name":"next-build","tags":{"bundler":"turbopack"}}]';

/** What a finished build leaves, in the order Next writes it. */
const RECORD = `
  const fs = require("node:fs"), path = require("node:path"), dir = process.argv[1];
  fs.writeFileSync(path.join(dir, "BUILD_ID"), "b");
  fs.writeFileSync(path.join(dir, "prerender-manifest.json"), "{}");
  fs.writeFileSync(path.join(dir, "trace-build"), ${JSON.stringify(ROOT_SPAN)});
`;
const LINGER = "setInterval(() => {}, 1000);";

function fakeBuild(script: string) {
  return start("fake build", process.execPath, ["-e", script, distDir], { stdio: "ignore" });
}

const quick = { lingerMs: 300, pollMs: 50 };

describe("a build that finished", () => {
  it("and then does not exit is stopped once it has lingered, and counted as done", async () => {
    const build = fakeBuild(RECORD + LINGER);
    const began = Date.now();
    await expect(buildExited(build, distDir, quick)).resolves.toBe(0);
    expect(Date.now() - began).toBeGreaterThanOrEqual(quick.lingerMs);
    expect(build.child.exitCode !== null || build.child.signalCode !== null).toBe(true);
  });

  it("and exits on its own gives its own exit code, even a failure", async () => {
    await expect(buildExited(fakeBuild(RECORD), distDir, quick)).resolves.toBe(0);
    await expect(buildExited(fakeBuild(RECORD + "process.exit(1);"), distDir, quick)).resolves.toBe(1);
  });
});

describe("a build that has not recorded itself", () => {
  it("is left running however long it takes", async () => {
    const build = fakeBuild("setTimeout(() => process.exit(3), 1200);");
    await expect(buildExited(build, distDir, quick)).resolves.toBe(3);
  });

  it("is not mistaken for finished by an earlier build's record", async () => {
    for (const file of ["BUILD_ID", "prerender-manifest.json", "trace-build"]) {
      writeFileSync(path.join(distDir, file), file === "trace-build" ? ROOT_SPAN : "x");
      const earlier = new Date(Date.now() - 60_000);
      utimesSync(path.join(distDir, file), earlier, earlier);
    }
    const build = fakeBuild("setTimeout(() => process.exit(3), 1200);");
    await expect(buildExited(build, distDir, quick)).resolves.toBe(3);
  });
});

describe("the record of a finished build", () => {
  it("needs the build's id, its prerender manifest and the trace's root span", () => {
    const since = Date.now() - 1000;
    writeFileSync(path.join(distDir, "BUILD_ID"), "b");
    writeFileSync(path.join(distDir, "prerender-manifest.json"), "{}");
    expect(buildRecordedSince(distDir, since)).toBe(false);
    writeFileSync(path.join(distDir, "trace-build"), '[{"name":"run-turbopack"}]');
    expect(buildRecordedSince(distDir, since)).toBe(false);
    writeFileSync(path.join(distDir, "trace-build"), ROOT_SPAN);
    expect(buildRecordedSince(distDir, since)).toBe(true);
    rmSync(path.join(distDir, "BUILD_ID"));
    expect(buildRecordedSince(distDir, since)).toBe(false);
  });
});
