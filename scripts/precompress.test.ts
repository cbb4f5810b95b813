import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { brotliDecompressSync } from "node:zlib";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { FINISHING_STEPS } from "./finish-build.mjs";
import { precompress } from "./precompress.mjs";

let dir: string;
const write = (file: string, content: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
  writeFileSync(path.join(dir, file), content);
};
beforeEach(() => (dir = mkdtempSync(path.join(os.tmpdir(), "precompress-"))));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("precompress", () => {
  it("writes a brotli copy beside every script and stylesheet, the same bytes once unpacked", () => {
    const script = `self.chunk = ${JSON.stringify("a coupon, ".repeat(200))};`;
    const sheet = ".card{color:red}".repeat(50);
    write("chunks/a.js", script);
    write("chunks/nested/b.css", sheet);
    write("media/font.woff2", "not text");

    expect(precompress(dir)).toMatchObject({ files: 2 });
    expect(brotliDecompressSync(readFileSync(path.join(dir, "chunks/a.js.br"))).toString()).toBe(script);
    expect(brotliDecompressSync(readFileSync(path.join(dir, "chunks/nested/b.css.br"))).toString()).toBe(
      sheet,
    );
    expect(existsSync(path.join(dir, "media/font.woff2.br"))).toBe(false);
  });

  it("writes no copy that would be larger than its original", () => {
    write("chunks/tiny.js", "1");
    expect(precompress(dir).files).toBe(0);
    expect(existsSync(path.join(dir, "chunks/tiny.js.br"))).toBe(false);
  });

  it("runs in every build after the steps that rewrite chunks, and before the standalone copy", () => {
    const at = (step: string) => FINISHING_STEPS.indexOf(step);
    expect(at("precompress.mjs")).toBeGreaterThan(at("compile-hints.mjs"));
    expect(at("precompress.mjs")).toBeLessThan(at("standalone.mjs"));
  });
});
