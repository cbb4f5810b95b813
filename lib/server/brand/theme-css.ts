import "server-only";

import type { BrandEnv } from "@/lib/server/env";

/**
 * The brand's colours as the custom properties app/theme.css reads. Every value is a hex the brand
 * section of the configuration produced, never the configured text itself.
 */
export function brandThemeCss({ color, ink }: Pick<BrandEnv, "color" | "ink">): string {
  return `:root{--brand:${color};--brand-ink-light:${ink.light};--brand-ink-dark:${ink.dark}}`;
}
