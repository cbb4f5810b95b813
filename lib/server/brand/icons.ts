import "server-only";
import type { Metadata, MetadataRoute } from "next";
import type { BrandEnv } from "@/lib/server/env";
import { processSingleton } from "@/lib/server/singleton";
import { loadSharp } from "./sharp";

/** The icons made from a brand's logo file, by name under /brand-icon/: pixel size and whether maskable. */
export const BRAND_ICONS = {
  "icon-192.png": { size: 192, maskable: false },
  "icon-512.png": { size: 512, maskable: false },
  "maskable-512.png": { size: 512, maskable: true },
  "apple-touch-icon.png": { size: 180, maskable: true },
} as const;
export type BrandIconName = keyof typeof BRAND_ICONS;

// A logo at an https address stays where it is (the app fetches nothing from it): its installs keep the
// default icons. A logo file is drawn into each size on first request and kept in memory.
const fromLogoFile = (brand: BrandEnv) => brand.logo?.kind === "file";

export function brandIconLinks(brand: BrandEnv): Metadata["icons"] {
  return fromLogoFile(brand)
    ? { icon: brand.logo!.src, apple: "/brand-icon/apple-touch-icon.png" }
    : { icon: "/icon.svg", apple: "/apple-touch-icon.png" };
}

export function manifestIcons(brand: BrandEnv): MetadataRoute.Manifest["icons"] {
  if (!fromLogoFile(brand))
    return [
      { src: "/icon-192.png", sizes: "192x192", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png" },
      { src: "/icon-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
      { src: "/icon.svg", sizes: "any", type: "image/svg+xml" },
    ];
  return [
    { src: "/brand-icon/icon-192.png", sizes: "192x192", type: "image/png" },
    { src: "/brand-icon/icon-512.png", sizes: "512x512", type: "image/png" },
    { src: "/brand-icon/maskable-512.png", sizes: "512x512", type: "image/png", purpose: "maskable" },
  ];
}

/**
 * One icon, PNG, drawn from the logo file: the logo whole on white (a home screen fills transparency with
 * black on some phones), and for maskable icons inside the middle 60% that every mask shape keeps.
 */
export function brandIcon(file: string, name: BrandIconName): Promise<Buffer> {
  const icons = processSingleton("brand-icons", () => new Map<string, Promise<Buffer>>());
  const key = `${file}:${name}`;
  let icon = icons.get(key);
  if (!icon) {
    icon = drawIcon(file, BRAND_ICONS[name]);
    icons.set(key, icon);
    icon.catch(() => icons.delete(key));
  }
  return icon;
}

async function drawIcon(file: string, { size, maskable }: { size: number; maskable: boolean }) {
  const sharp = loadSharp();
  const white = { r: 255, g: 255, b: 255, alpha: 1 };
  const inner = maskable ? Math.round(size * 0.6) : Math.round(size * 0.9);
  const logo = await sharp(file, { density: 300 })
    .resize(inner, inner, { fit: "contain", background: { ...white, alpha: 0 } })
    .png()
    .toBuffer();
  return sharp({ create: { width: size, height: size, channels: 4, background: white } })
    .composite([{ input: logo, gravity: "centre" }])
    .png()
    .toBuffer();
}
