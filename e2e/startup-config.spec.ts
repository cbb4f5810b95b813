import { spawn } from "node:child_process";
import { expect, test } from "@playwright/test";

// Uses the production build the suite's web server made; no browser needed.
test("a misconfigured server refuses to start and names every bad variable", async () => {
  const child = spawn(process.execPath, ["node_modules/next/dist/bin/next", "start", "-p", "3199"], {
    env: {
      ...process.env,
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
