import { spawn } from "node:child_process";
import sharp from "sharp";
import { TEST_DIST_DIR } from "../test/support/build";
import { emulatorAppEnv } from "../test/support/emulator-env";
import { startNextApp, type NextApp } from "../test/support/next-app";
import { NEXT_BIN, ROOT } from "../test/support/paths";
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
});
