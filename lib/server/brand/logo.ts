import "server-only";
import type { BrandLogo } from "@/lib/server/env";
import { loadSharp } from "./sharp";

/** The logo as a header shows it. */
export interface ShownLogo {
  src: string;
  /** The file's own pixel size, when known: the header sets its box from these before the image arrives. */
  width?: number;
  height?: number;
}

const sizes = new Map<string, Promise<{ width: number; height: number } | null>>();

function sizeOf(file: string) {
  let size = sizes.get(file);
  if (!size) {
    size = loadSharp()(file)
      .metadata()
      .then(
        ({ width, height }) => (width && height ? { width, height } : null),
        () => null,
      );
    sizes.set(file, size);
  }
  return size;
}

/**
 * The brand's logo with its proportions, read once from its file, so that the header keeps the logo's
 * width from the first paint and the name beside it never moves when the image arrives (CLS). A logo at
 * an https address is not fetched by the app: its size is unknown, and the header sizes it on arrival.
 */
export async function shownLogo(logo: BrandLogo | undefined): Promise<ShownLogo | undefined> {
  if (!logo) return undefined;
  if (logo.kind === "url") return { src: logo.src };
  const size = await sizeOf(logo.file);
  return size ? { src: logo.src, ...size } : { src: logo.src };
}
