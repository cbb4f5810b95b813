import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: {
    alias: {
      "@": fileURLToPath(new URL(".", import.meta.url)),
      // `server-only` throws outside React Server Components; unit tests run the server code directly.
      "server-only": fileURLToPath(new URL("./test/server-only-stub.ts", import.meta.url)),
    },
  },
  test: {
    include: ["{lib,emulator,components,app,scripts,bench,test,i18n,server}/**/*.test.{ts,tsx}"],
    environment: "node",
    setupFiles: ["./test/unit-env.ts"],
    testTimeout: 15_000,
  },
});
