import nextVitals from "eslint-config-next/core-web-vitals";
import nextTs from "eslint-config-next/typescript";

// Browser-side code must never reach Capillary: only server route handlers and server pages may import the
// client. Types are fine (they vanish at build time).
const noCapillaryInBrowserCode = {
  files: [
    "components/**/*.{ts,tsx}",
    "lib/coupons/**/*.{ts,tsx}",
    "lib/query/**/*.{ts,tsx}",
    "lib/staff/queries/**/*.{ts,tsx}",
  ],
  rules: {
    "@typescript-eslint/no-restricted-imports": [
      "error",
      {
        patterns: [
          {
            group: ["@/lib/capillary", "@/lib/capillary/*", "!@/lib/capillary/types"],
            message: "Browser-side code must not import the Capillary client; go through an API route.",
            allowTypeImports: true,
          },
          { group: ["@/emulator/*", "**/emulator/*"], message: "App code never imports the emulator." },
        ],
      },
    ],
  },
};

const appNeverImportsEmulator = {
  files: ["app/**/*.{ts,tsx}", "lib/**/*.{ts,tsx}", "components/**/*.{ts,tsx}", "proxy.ts"],
  ignores: ["**/*.test.ts", "**/*.test.tsx"],
  rules: {
    "no-restricted-imports": [
      "error",
      {
        patterns: [
          { group: ["**/emulator/*", "@/emulator/*"], message: "App code never imports the emulator." },
        ],
      },
    ],
  },
};

const config = [
  ...nextVitals,
  ...nextTs,
  noCapillaryInBrowserCode,
  appNeverImportsEmulator,
  {
    rules: {
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  {
    ignores: [
      "node_modules/**",
      ".next*/**",
      "out/**",
      "test-results/**",
      "playwright-report/**",
      "bench-results/**",
      "next-env.d.ts",
    ],
  },
];

export default config;
