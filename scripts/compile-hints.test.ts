import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { COMPILE_HINT, MIN_CHUNK_BYTES, firstLoadChunks, markFirstLoadChunks } from "./compile-hints.mjs";

let dist: string;
const write = (file: string, text: string) => {
  mkdirSync(path.dirname(path.join(dist, file)), { recursive: true });
  writeFileSync(path.join(dist, file), text);
};
const read = (file: string) => readFileSync(path.join(dist, file), "utf8");
const chunk = (name: string) => `(globalThis.TURBOPACK||(globalThis.TURBOPACK=[])).push(["${name}"]);`;
/** A client reference manifest as Next writes it: a script that fills globalThis.__RSC_MANIFEST. */
const referenceManifest = (route: string, entries: Record<string, string[]>) =>
  `globalThis.__RSC_MANIFEST = (globalThis.__RSC_MANIFEST || {});\n` +
  `globalThis.__RSC_MANIFEST[${JSON.stringify(route)}] = ${JSON.stringify({ clientModules: {}, entryJSFiles: entries })};`;

beforeEach(() => {
  dist = mkdtempSync(path.join(os.tmpdir(), "compile-hints-"));
  write(
    "build-manifest.json",
    JSON.stringify({
      polyfillFiles: ["static/chunks/polyfills.js"],
      rootMainFiles: ["static/chunks/runtime.js", "static/chunks/react-dom.js"],
    }),
  );
  write(
    "server/app/wallet/page_client-reference-manifest.js",
    referenceManifest("/wallet/page", {
      "[project]/app/layout": ["static/chunks/layout.js"],
      "[project]/app/wallet/page": ["static/chunks/layout.js", "static/chunks/wallet.js"],
    }),
  );
  write(
    "server/app/staff/(console)/page_client-reference-manifest.js",
    referenceManifest("/staff/(console)/page", { "[project]/app/staff/page": ["static/chunks/staff.js"] }),
  );
  for (const name of ["runtime", "react-dom", "layout", "wallet", "staff", "barcode", "polyfills"])
    write(`static/chunks/${name}.js`, chunk(name));
  write("static/chunks/wallet.js.map", JSON.stringify({ version: 3, sources: ["a.ts"], mappings: "AAAA" }));
});
afterEach(() => rmSync(dist, { recursive: true, force: true }));

describe("compile hints", () => {
  it("find what pages load before they hydrate: the root main files and every route's entry chunks", () => {
    expect(firstLoadChunks(dist).sort()).toEqual(
      ["layout", "react-dom", "runtime", "staff", "wallet"].map((name) => `static/chunks/${name}.js`),
    );
  });

  it("mark those chunks alone: code loaded on demand, and old browsers' polyfills, stay lazy", () => {
    expect(markFirstLoadChunks(dist, 0)).toEqual({ chunks: 5, marked: 5 });
    for (const name of ["runtime", "react-dom", "layout", "wallet", "staff"])
      expect(read(`static/chunks/${name}.js`)).toBe(COMPILE_HINT + chunk(name));
    expect(read("static/chunks/barcode.js")).toBe(chunk("barcode"));
    expect(read("static/chunks/polyfills.js")).toBe(chunk("polyfills"));
  });

  it("open the file with the hint, where V8 looks for it", () => {
    markFirstLoadChunks(dist, 0);
    expect(read("static/chunks/runtime.js").split("\n")[0]).toBe("//# allFunctionsCalledOnLoad");
  });

  it("mark a chunk once however often they run", () => {
    markFirstLoadChunks(dist, 0);
    expect(markFirstLoadChunks(dist, 0)).toEqual({ chunks: 5, marked: 0 });
    expect(read("static/chunks/wallet.js")).toBe(COMPILE_HINT + chunk("wallet"));
  });

  it("leave a first-load chunk too small to pay for the hint's bytes as it is", () => {
    const big = `${chunk("react-dom")}/*${"x".repeat(MIN_CHUNK_BYTES)}*/`;
    write("static/chunks/react-dom.js", big);
    expect(markFirstLoadChunks(dist)).toEqual({ chunks: 5, marked: 1 });
    expect(read("static/chunks/react-dom.js")).toBe(COMPILE_HINT + big);
    expect(read("static/chunks/runtime.js")).toBe(chunk("runtime"));
  });

  it("move a marked chunk's source map one line down with it", () => {
    markFirstLoadChunks(dist, 0);
    expect(JSON.parse(read("static/chunks/wallet.js.map")).mappings).toBe(";AAAA");
    markFirstLoadChunks(dist, 0);
    expect(JSON.parse(read("static/chunks/wallet.js.map")).mappings).toBe(";AAAA");
    expect(existsSync(path.join(dist, "static/chunks/runtime.js.map"))).toBe(false);
  });
});
