import { spawn } from "node:child_process";
import { TEST_DIST_DIR } from "../test/support/build";
import { NEXT_BIN, ROOT } from "../test/support/paths";
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
