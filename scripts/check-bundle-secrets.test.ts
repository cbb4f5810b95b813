import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { findSecrets, secretValues } from "./check-bundle-secrets.mjs";

describe("check-bundle-secrets", () => {
  it("finds a configured secret planted in a bundle file, and nothing in a clean one", () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), "bundle-"));
    mkdirSync(path.join(dir, "chunks"));
    writeFileSync(path.join(dir, "chunks", "clean.js"), "console.log('hello')");
    writeFileSync(path.join(dir, "chunks", "leaky.js"), "const k='s3cr3t-oauth-value-123';");
    const secrets = secretValues({ CAPILLARY_OAUTH_SECRET: "s3cr3t-oauth-value-123" });
    const found = findSecrets(dir, secrets);
    expect(found.map((f) => path.basename(f.file))).toEqual(["leaky.js"]);
  });

  it("looks for every secret variable and the demo credentials, ignoring short values", () => {
    const values = secretValues({ NEXTAUTH_SECRET: "a-long-session-secret", REDIS_URL: "short" });
    expect(values).toContain("a-long-session-secret");
    expect(values).toContain("coupon-wallet-demo-secret");
    expect(values).not.toContain("short");
  });
});
