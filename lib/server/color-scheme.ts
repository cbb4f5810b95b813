import "server-only";

import { cookies } from "next/headers";
import { COLOR_SCHEME_COOKIE, toColorScheme, type ColorScheme } from "@/lib/shared/color-scheme";

/** The scheme this visitor chose ("system" unless they picked light or dark). */
export async function getColorScheme(): Promise<ColorScheme> {
  return toColorScheme((await cookies()).get(COLOR_SCHEME_COOKIE)?.value);
}
