// The visitor's choice of light or dark, kept in a cookie the server reads to render <html data-scheme>:
// the first paint is already in the chosen scheme, with no script to run before it. "system" (no cookie)
// leaves it to the device's setting, through CSS.
export const COLOR_SCHEME_COOKIE = "color-scheme";
export const COLOR_SCHEMES = ["system", "light", "dark"] as const;
export type ColorScheme = (typeof COLOR_SCHEMES)[number];

export function toColorScheme(value: unknown): ColorScheme {
  return COLOR_SCHEMES.find((scheme) => scheme === value) ?? "system";
}
