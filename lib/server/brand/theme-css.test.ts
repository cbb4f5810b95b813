import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

import { loadEnv } from "@/lib/server/env";
import { brandThemeCss } from "./theme-css";

const THEME = readFileSync(path.join(process.cwd(), "app/theme.css"), "utf8");
const fallback = (name: string) => new RegExp(`var\\(${name}, (#[0-9a-f]{6})\\)`).exec(THEME)?.[1];

describe("the brand's colours in the stylesheet", () => {
  const { brand } = loadEnv({
    NEXTAUTH_SECRET: "a-session-secret-of-at-least-32-chars",
    CAPILLARY_BASE_URL: "https://x.io",
    CAPILLARY_OAUTH_KEY: "k",
    CAPILLARY_OAUTH_SECRET: "s",
  });

  it("sets the brand and its two readable shades, as hex only", () => {
    expect(brandThemeCss(brand)).toMatch(
      /^:root\{--brand:#[0-9a-f]{6};--brand-ink-light:#[0-9a-f]{6};--brand-ink-dark:#[0-9a-f]{6}\}$/,
    );
  });

  it("falls back in app/theme.css to exactly what the default brand computes", () => {
    expect(fallback("--brand")).toBe(brand.color);
    expect(fallback("--brand-ink-light")).toBe(brand.ink.light);
    expect(fallback("--brand-ink-dark")).toBe(brand.ink.dark);
  });
});
