import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { decideStart } from "./start-decision";
import { loadProjectEnv } from "./project-env";

describe("what npm start runs against", () => {
  it("starts the emulator only when no CAPILLARY_ variable is set", () => {
    expect(decideStart({ PATH: "/bin" })).toEqual({ kind: "emulator" });
    expect(decideStart({ CAPILLARY_BASE_URL: "https://eu.api.capillarytech.com" })).toEqual({
      kind: "capillary",
      baseUrl: "https://eu.api.capillarytech.com",
    });
  });

  it("refuses a Capillary variable that is set but empty, naming it", () => {
    const decision = decideStart({ CAPILLARY_BASE_URL: " ", CAPILLARY_OAUTH_KEY: "k" });
    expect(decision.kind).toBe("refuse");
    expect(JSON.stringify(decision)).toContain("CAPILLARY_BASE_URL is set but empty");
    expect(decideStart({ CAPILLARY_BASE_URL: "" }).kind).toBe("refuse");
  });

  it("never falls back to the emulator when other Capillary settings are given", () => {
    const decision = decideStart({ CAPILLARY_OAUTH_KEY: "k", CAPILLARY_OAUTH_SECRET: "s" });
    expect(decision).toMatchObject({ kind: "refuse" });
    expect(JSON.stringify(decision)).toContain("CAPILLARY_BASE_URL is not set");
  });

  it("refuses demo mode against a Capillary that is not on this machine", () => {
    expect(decideStart({ CAPILLARY_BASE_URL: "https://eu.api.capillarytech.com", DEMO_MODE: "1" }).kind).toBe(
      "refuse",
    );
    expect(decideStart({ CAPILLARY_BASE_URL: "http://127.0.0.1:4010", DEMO_MODE: "1" }).kind).toBe(
      "capillary",
    );
  });

  it("reads .env.production the way Next does, before deciding", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "cw-env-"));
    writeFileSync(path.join(dir, ".env"), "CAPILLARY_TIMEOUT_MS=5000\nWALLET_LOCALE=en-GB\n");
    writeFileSync(path.join(dir, ".env.production"), "CAPILLARY_BASE_URL=https://eu.api.capillarytech.com\n");
    writeFileSync(path.join(dir, ".env.local"), "WALLET_LOCALE=en-IN\n");
    const env = loadProjectEnv(dir, "start", {});
    expect(env.CAPILLARY_BASE_URL).toBe("https://eu.api.capillarytech.com");
    expect(env.WALLET_LOCALE).toBe("en-IN");
    expect(decideStart(env)).toMatchObject({ kind: "capillary" });
    // The process's own environment wins over the files, as in Next, even passed as process.env itself.
    expect(loadProjectEnv(dir, "start", process.env).CAPILLARY_BASE_URL).toBe(process.env.CAPILLARY_BASE_URL);
    expect(
      loadProjectEnv(dir, "start", { CAPILLARY_BASE_URL: "https://other.example" }).CAPILLARY_BASE_URL,
    ).toBe("https://other.example");
  });
});
