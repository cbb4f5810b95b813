import "server-only";

import { existsSync, statSync } from "node:fs";
import path from "node:path";
import { z } from "zod";

import {
  AA_TEXT_CONTRAST,
  contrast,
  DARK_SURFACE,
  LIGHT_SURFACE,
  parseOpaqueColor,
  ratioText,
  shadeReaching,
} from "@/lib/server/brand/palette";
import { blankToUndefined, optionalString, readSection, type RawEnv } from "./fields";

export const DEFAULT_BRAND_COLOR = "#0b5fff";
const WHITE = "#ffffff";
const LOGO_TYPES = /\.(svg|png|webp|avif|jpe?g|gif)$/i;

/** Where the brand's logo comes from: a file the app serves from public/, or an https address. */
export type BrandLogo =
  { kind: "file"; src: string; file: string } | { kind: "url"; src: string; origin: string };

export interface BrandEnv {
  /** WALLET_BRAND_NAME: page titles, headers, the installed app's name. */
  name: string;
  /** Under the home-screen icon (WALLET_BRAND_SHORT_NAME; the name when it fits, else "Coupons"). */
  shortName: string;
  /** Buttons' fill, #rrggbb: white text on it meets WCAG AA. */
  color: string;
  /** The brand as text and focus rings: AA on the light surfaces and on the dark ones. */
  ink: { light: string; dark: string };
  logo: BrandLogo | undefined;
}

const plainText = (max: number) =>
  z
    .string()
    .trim()
    .min(1)
    .max(max, `must be at most ${max} characters`)
    .refine((text) => !/[\u0000-\u001f\u007f]/.test(text), "must not hold control characters");

const schema = z.object({
  WALLET_BRAND_NAME: z.preprocess(blankToUndefined, plainText(60).default("Coupon Wallet")),
  WALLET_BRAND_SHORT_NAME: z.preprocess(blankToUndefined, plainText(12).optional()),
  WALLET_BRAND_COLOR: z.preprocess(blankToUndefined, z.string().default(DEFAULT_BRAND_COLOR)),
  WALLET_BRAND_LOGO: optionalString,
});

/** The colour as #rrggbb when white button text on it meets AA; otherwise the problem, with a shade that does. */
export function brandColorProblem(text: string): { hex: string } | { problem: string } {
  const parsed = parseOpaqueColor(text);
  if ("problem" in parsed) return parsed;
  const ratio = contrast(parsed.hex, WHITE);
  if (ratio >= AA_TEXT_CONTRAST) return parsed;
  const darker = shadeReaching(parsed.hex, WHITE, AA_TEXT_CONTRAST, "darker");
  return {
    problem:
      `${parsed.hex} is too light for white button text (contrast ${ratioText(ratio)}, WCAG AA needs ` +
      `${AA_TEXT_CONTRAST}:1): try the darker shade ${darker} (${ratioText(contrast(darker, WHITE))})`,
  };
}

/** A path under public/ (it must exist there) or an https address; undefined with a problem noted otherwise. */
function readLogo(value: string, publicDir: string, problems: string[]): BrandLogo | undefined {
  const refuse = (why: string) => void problems.push(`WALLET_BRAND_LOGO ${why}`);
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) {
    const url = URL.canParse(value) ? new URL(value) : null;
    if (url?.protocol !== "https:")
      return refuse("must be a path under public/ (e.g. /brand/logo.svg) or an https URL");
    if (url.username || url.password) return refuse("must not embed credentials");
    return { kind: "url", src: url.href, origin: url.origin };
  }
  const src = value.startsWith("/") ? value : `/${value}`;
  if (src.startsWith("//") || /[\\?#\u0000-\u001f]/.test(src) || src.split("/").includes(".."))
    return refuse("must be a plain path under public/, e.g. /brand/logo.svg");
  if (!LOGO_TYPES.test(src)) return refuse("must be an SVG, PNG, WebP, AVIF, JPEG or GIF image");
  const file = path.join(publicDir, ...src.split("/").filter(Boolean));
  if (!existsSync(file) || !statSync(file).isFile())
    return refuse(`names ${src}, which is not a file in public/`);
  return { kind: "file", src, file };
}

export function readBrand(raw: RawEnv, problems: string[], publicDir: string): BrandEnv | undefined {
  const values = readSection(schema, raw, problems);
  if (!values) return undefined;
  const color = brandColorProblem(values.WALLET_BRAND_COLOR);
  if ("problem" in color) problems.push(`WALLET_BRAND_COLOR ${color.problem}`);
  const logo = values.WALLET_BRAND_LOGO ? readLogo(values.WALLET_BRAND_LOGO, publicDir, problems) : undefined;
  if ("problem" in color || (values.WALLET_BRAND_LOGO && !logo)) return undefined;
  const name = values.WALLET_BRAND_NAME;
  return {
    name,
    shortName: values.WALLET_BRAND_SHORT_NAME ?? (name.length <= 12 ? name : "Coupons"),
    color: color.hex,
    ink: {
      light: shadeReaching(color.hex, LIGHT_SURFACE, AA_TEXT_CONTRAST, "darker"),
      dark: shadeReaching(color.hex, DARK_SURFACE, AA_TEXT_CONTRAST, "lighter"),
    },
    logo,
  };
}
