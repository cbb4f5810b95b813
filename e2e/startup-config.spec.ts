import { spawn } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { DEMO_CREDENTIALS } from "../emulator/credentials";
import { startEmulator } from "../emulator/server";
import { TEST_DIST_DIR } from "../test/support/build";
import { controlTokenOf, emulatorClient, routeCount } from "../test/support/emulator-client";
import { emulatorAppEnv } from "../test/support/emulator-env";
import { startNextApp, type NextApp } from "../test/support/next-app";
import { NEXT_BIN, ROOT, TSX_CLI } from "../test/support/paths";
import { assertPortFree, freePort } from "../test/support/ports";
import { exited, start } from "../test/support/processes";
import { waitForHttp } from "../test/support/wait-for-http";
import { expect, test } from "./fixtures";
import { paintedColor } from "./support/color-scheme";
import { E2E_BRANDED_PORT, E2E_SESSION_SECRET, E2E_SPARE_PORT } from "./support/ports";

/** Starts the suite's build with `env` on the spare port and waits for it to exit (or 30 s). */
async function startAndWait(env: Record<string, string>): Promise<{ code: number | null; output: string }> {
  const child = spawn(process.execPath, [NEXT_BIN, "start", "-p", String(E2E_SPARE_PORT)], {
    cwd: ROOT,
    env: { ...process.env, NEXT_DIST_DIR: TEST_DIST_DIR, ...env },
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
  return { code, output };
}

// Uses the production build the suite's global setup made; no browser needed.
test("a misconfigured server refuses to start and names every bad variable", async () => {
  const { code, output } = await startAndWait({
    CAPILLARY_BASE_URL: "not-a-url",
    CAPILLARY_AUTH: "basic",
    CAPILLARY_TILL_USERNAME: "",
    CAPILLARY_TILL_PASSWORD: "",
    NEXTAUTH_SECRET: "test-secret",
    // Too light for white button text: refused with a darker shade that passes.
    WALLET_BRAND_COLOR: "#7fb2ff",
  });
  expect(code).toBe(1);
  expect(output).toContain("CAPILLARY_BASE_URL must be an absolute URL");
  expect(output).toContain("CAPILLARY_TILL_USERNAME is required when CAPILLARY_AUTH=basic");
  expect(output).toContain("CAPILLARY_TILL_PASSWORD is required when CAPILLARY_AUTH=basic");
  expect(output).toMatch(
    /WALLET_BRAND_COLOR #7fb2ff is too light for white button text .* darker shade #[0-9a-f]{6}/,
  );
});

test.describe("a branded deploy", () => {
  // One branded app on its one port: the tests that use it share a worker rather than each starting it.
  test.describe.configure({ mode: "default" });
  let app: NextApp | undefined;
  test.beforeAll(async ({ servers }) => {
    app = await startNextApp({
      name: "branded app",
      port: E2E_BRANDED_PORT,
      distDir: TEST_DIST_DIR,
      env: {
        ...emulatorAppEnv(servers.emulatorUrl, { demo: false }),
        NEXTAUTH_SECRET: E2E_SESSION_SECRET,
        NEXTAUTH_URL: `http://127.0.0.1:${E2E_BRANDED_PORT}`,
        WALLET_SINGLE_INSTANCE: "1",
        WALLET_BRAND_NAME: "Chai Point",
        WALLET_BRAND_COLOR: "hsl(150 100% 20%)",
        WALLET_BRAND_LOGO: "/icon.svg",
      },
    });
  });
  test.afterAll(async () => app?.stop());

  test("carries its name and colour into titles, headers, the theme and the installed app", async ({
    page,
  }) => {
    await page.goto(`${app!.url}/signin`);
    await expect(page).toHaveTitle("Sign in · Chai Point");
    await expect(page.locator("main")).toContainText("Chai Point");
    await expect(page.locator('meta[name="theme-color"]')).toHaveAttribute("content", "#006633");
    // The button colour is the brand's: hsl(150 100% 20%) is #006633.
    const send = page.getByRole("button", { name: "Send code" });
    await page.getByLabel("Mobile number").fill("919000000001");
    expect(await paintedColor(send, "backgroundColor")).toEqual([0x00, 0x66, 0x33]);

    const manifest = (await (await page.request.get(`${app!.url}/manifest.webmanifest`)).json()) as {
      name: string;
      short_name: string;
      theme_color: string;
      icons: { src: string; sizes: string }[];
    };
    expect(manifest).toMatchObject({ name: "Chai Point", short_name: "Chai Point", theme_color: "#006633" });
    // Its icons are drawn from the logo file, at the sizes the manifest says.
    for (const icon of manifest.icons) {
      const png = await page.request.get(`${app!.url}${icon.src}`);
      expect(png.headers()["content-type"]).toBe("image/png");
      const { width, height } = await sharp(await png.body()).metadata();
      expect(`${width}x${height}`).toBe(icon.sizes);
    }
  });

  test("gives its logo the logo's own box from the first paint, before the image arrives", async ({
    page,
  }) => {
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route("**/icon.svg", async (route) => {
      await held;
      await route.continue();
    });
    try {
      await page.goto(`${app!.url}/signin`, { waitUntil: "domcontentloaded" });
      const logo = page.locator("main img").first();
      expect(await logo.evaluate((img: HTMLImageElement) => img.complete)).toBe(false);
      // The file is 512 px square; the header shows it 32 px high, so 32 px wide before and after.
      expect(await logo.boundingBox()).toMatchObject({ width: 32, height: 32 });
      release();
      await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.complete)).toBe(true);
      expect(await logo.boundingBox()).toMatchObject({ width: 32, height: 32 });
    } finally {
      release();
    }
  });
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
