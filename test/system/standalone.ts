// The deployable build: Next's standalone folder, copied outside the repository (so nothing of the
// checkout's node_modules can help it), served by plain `node server.mjs`, and a shopper signs in on it.
import { cpSync, existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { EmulatorClient } from "../support/emulator-client";
import { startNextApp } from "../support/next-app";
import { ROOT } from "../support/paths";
import { signInShopper } from "../support/sign-in";

export async function standaloneServesAShopper(
  distDir: string,
  port: number,
  env: Record<string, string>,
  emulator: EmulatorClient,
  logFile: string,
): Promise<void> {
  const built = path.join(ROOT, distDir, "standalone");
  if (!existsSync(path.join(built, "server.mjs")))
    throw new Error(`${built} is not a completed standalone build`);
  const dir = mkdtempSync(path.join(tmpdir(), "cw-standalone-"));
  try {
    cpSync(built, dir, { recursive: true, dereference: true, preserveTimestamps: true });
    if (existsSync(path.join(dir, "..", "node_modules", "next")))
      throw new Error("a node_modules above the copy");
    const appUrl = `http://127.0.0.1:${port}`;
    const app = await startNextApp({
      name: "standalone",
      port,
      dir,
      distDir,
      logFile,
      env: { ...env, NEXTAUTH_URL: appUrl },
    });
    try {
      const shopper = await signInShopper(appUrl, emulator, "919000000001");
      const wallet = await fetch(`${appUrl}/api/wallet`, { headers: { Cookie: shopper.cookie } });
      const body = (await wallet.json()) as { coupons?: unknown[] };
      if (wallet.status !== 200 || !body.coupons?.length)
        throw new Error(`the standalone app's /api/wallet answered ${wallet.status}`);
      const page = await fetch(`${appUrl}/wallet`, { headers: { Cookie: shopper.cookie } });
      const html = await page.text();
      if (page.status !== 200 || !html.includes("My coupons"))
        throw new Error(`the standalone app's /wallet answered ${page.status}`);
      // The build's brotli copies travel with it (scripts/precompress.mjs, server/static-brotli.mjs).
      const script = /src="(\/_next\/static\/[^"]+\.js)"/.exec(html)?.[1];
      const scriptAnswer = await fetch(`${appUrl}${script}`, { headers: { "accept-encoding": "br" } });
      const coding = scriptAnswer.headers.get("content-encoding");
      if (scriptAnswer.status !== 200 || coding !== "br")
        throw new Error(
          `the standalone app sent ${script} as ${scriptAnswer.status} ${coding}, not in brotli`,
        );
      console.log(
        `  standalone build in ${dir}: signed in, ${body.coupons.length} coupons, /wallet rendered, scripts in brotli`,
      );
    } finally {
      await app.stop();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
