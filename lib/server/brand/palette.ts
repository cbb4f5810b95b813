import "server-only";

import { clampChroma, converter, formatHex, parse, wcagContrast } from "culori";

/** WCAG 2 AA for normal text: button labels, links and the focus ring's text neighbours. */
export const AA_TEXT_CONTRAST = 4.5;

// The surfaces the brand colour is read against as text and focus rings (Tailwind's slate-100 and
// slate-800: the darkest light and the lightest dark surface that text sits on; app/theme.css).
export const LIGHT_SURFACE = "oklch(96.8% 0.007 247.896)";
export const DARK_SURFACE = "oklch(27.9% 0.041 260.031)";

const toOklch = converter("oklch");

/** An opaque sRGB colour as #rrggbb, or why the text can't be one. */
export type ParsedColor = { hex: string } | { problem: string };

/**
 * Any CSS Color 4 syntax culori reads: #rgb, #rrggbb (and #rgba/#rrggbbaa when fully opaque), rgb(),
 * hsl(), hwb(), lab(), lch(), oklab(), oklch(), color(display-p3 …) and the named colours. Colours outside
 * sRGB are brought into it by lowering chroma (keeping lightness and hue); the result is always a plain
 * hex, so nothing from the environment reaches a stylesheet verbatim.
 */
export function parseOpaqueColor(text: string): ParsedColor {
  const color = parse(text.trim());
  if (!color)
    return {
      problem:
        "must be a CSS colour: #rrggbb, #rgb, rgb(), hsl(), hwb(), lab(), lch(), oklab(), oklch() or a colour name",
    };
  if (color.alpha !== undefined && color.alpha < 1)
    return { problem: "must be opaque: a see-through colour has no fixed contrast with its text" };
  return { hex: formatHex(clampChroma(color, "oklch")) };
}

/** The WCAG 2 contrast ratio of two colours (1 to 21). */
export function contrast(a: string, b: string): number {
  return wcagContrast(a, b);
}

/** A ratio as people read it, never rounded up past a threshold it misses (4.49 shows as 4.4). */
export function ratioText(ratio: number): string {
  return `${Math.floor(ratio * 10) / 10}:1`;
}

/**
 * The nearest shade of `hex` (same hue, lightness moved one way in OKLCH) whose contrast with `against`
 * reaches `target`; `hex` itself when it already does. Checked on the rounded hex actually used.
 */
export function shadeReaching(
  hex: string,
  against: string,
  target: number,
  direction: "darker" | "lighter",
): string {
  const start = toOklch(hex);
  if (!start) return direction === "darker" ? "#000000" : "#ffffff";
  const step = direction === "darker" ? -0.005 : 0.005;
  for (let l = start.l; l >= 0 && l <= 1; l += step) {
    const shade = formatHex(clampChroma({ ...start, l }, "oklch"));
    if (contrast(shade, against) >= target) return shade;
  }
  return direction === "darker" ? "#000000" : "#ffffff";
}
