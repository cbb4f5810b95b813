import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { DEMO_CREDENTIALS } from "../emulator/credentials";
import { startEmulator } from "../emulator/server";
import { TEST_DIST_DIR } from "../test/support/build";
import { controlTokenOf, emulatorClient, routeCount } from "../test/support/emulator-client";
import { NEXT_BIN, ROOT, TSX_CLI } from "../test/support/paths";
import { assertPortFree, freePort } from "../test/support/ports";
import { exited, start } from "../test/support/processes";
import { waitForHttp } from "../test/support/wait-for-http";
import { expect, test } from "./fixtures";
import { E2E_SPARE_PORT } from "./support/ports";

// Uses the production build the suite's global setup made; no browser needed.
test("a misconfigured server refuses to start and names every bad variable", async () => {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(E2E_SPARE_PORT)], {
    cwd: ROOT,
    env: {
      ...process.env,
      NEXT_DIST_DIR: TEST_DIST_DIR,
      CAPILLARY_BASE_URL: "not-a-url",
      CAPILLARY_AUTH: "basic",
      CAPILLARY_TILL_USERNAME: "",
      CAPILLARY_TILL_PASSWORD: "",
      NEXTAUTH_SECRET: "test-secret",
    },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const code = await new Promise<number | null>((resolve) => {
    const timer = setTimeout(() => {
      child.kill();
      resolve(null);
    }, 30_000);
    child.on("exit", (exitCode) => {
      clearTimeout(timer);
      resolve(exitCode);
    });
  });
  expect(code).toBe(1);
  expect(output).toContain("CAPILLARY_BASE_URL must be an absolute URL");
  expect(output).toContain("CAPILLARY_TILL_USERNAME is required when CAPILLARY_AUTH=basic");
  expect(output).toContain("CAPILLARY_TILL_PASSWORD is required when CAPILLARY_AUTH=basic");
});

/** `npm start` (scripts/start.ts) with only the variables the test gives, none of this shell's Capillary ones. */
function npmStart(args: string[], env: Record<string, string>) {
  const clean = Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(CAPILLARY_|DEMO_MODE|STAFF_|NEXTAUTH_)/.test(name)),
  );
  return start("npm start", process.execPath, [TSX_CLI, "scripts/start.ts", "start", ...args], {
    cwd: ROOT,
    env: {
      ...clean,
      NEXT_DIST_DIR: TEST_DIST_DIR,
      NEXT_TELEMETRY_DISABLED: "1",
      ...env,
    } as unknown as NodeJS.ProcessEnv,
  });
}

test("npm start reads .env.production first: the configured Capillary, no emulator, no demo marker", async () => {
  const standIn = await startEmulator({ port: await freePort(), quiet: true });
  const standInClient = emulatorClient(standIn.url, controlTokenOf(standIn));
  const [appPort, emulatorPort] = [await freePort(), await freePort()];
  const dir = mkdtempSync(path.join(tmpdir(), "cw-start-"));
  writeFileSync(
    path.join(dir, ".env.production"),
    [
      `CAPILLARY_BASE_URL=${standIn.url}`,
      `CAPILLARY_OAUTH_KEY=${DEMO_CREDENTIALS.oauthKey}`,
      `CAPILLARY_OAUTH_SECRET=${DEMO_CREDENTIALS.oauthSecret}`,
      "NEXTAUTH_SECRET=a-deploy-secret-of-at-least-32-characters",
      `NEXTAUTH_URL=http://127.0.0.1:${appPort}`,
      "WALLET_SINGLE_INSTANCE=1",
    ].join("\n"),
  );
  const app = npmStart(["--env-dir", dir], { PORT: String(appPort), EMULATOR_PORT: String(emulatorPort) });
  try {
    await waitForHttp(`http://127.0.0.1:${appPort}/api/health`, 60_000);
    const page = await (await fetch(`http://127.0.0.1:${appPort}/signin`)).text();
    expect(page).not.toContain("Demo:");
    expect(page).not.toContain("Demo mode");
    const sent = await fetch(`http://127.0.0.1:${appPort}/api/auth/otp`, {
      method: "POST",
      headers: { "Content-Type": "application/json", Origin: `http://127.0.0.1:${appPort}` },
      body: JSON.stringify({ identifier: "919000000001" }),
    });
    expect(sent.status).toBe(200);
    expect(routeCount(await standInClient.counters(), "POST /v2/otp/generate")).toBe(1);
    // Nothing listens where `npm start` would have put the emulator.
    await assertPortFree(emulatorPort, "the emulator npm start must not have started");
    expect(app.tail()).not.toContain("embedded Capillary emulator");
  } finally {
    await app.stop();
    await standIn.close();
  }
});

test("npm start refuses a Capillary variable that is set but empty, instead of starting the demo", async () => {
  const app = npmStart([], { CAPILLARY_BASE_URL: "", PORT: String(await freePort()) });
  expect(await exited(app)).toBe(1);
  expect(app.tail()).toContain("CAPILLARY_BASE_URL is set but empty");
  expect(app.tail()).not.toContain("embedded Capillary emulator");
});
