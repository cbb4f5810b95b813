import type { MetadataRoute } from "next";
import { connection } from "next/server";
import { manifestIcons } from "@/lib/server/brand/icons";
import { getEnv } from "@/lib/server/env";

// The installed app carries the brand's name and colour, read per request from the deploy's configuration.
export default async function manifest(): Promise<MetadataRoute.Manifest> {
  await connection();
  const { brand } = getEnv();
  return {
    name: brand.name,
    short_name: brand.shortName,
    description: "Every coupon you hold, ready to show at the till, even offline.",
    start_url: "/wallet",
    scope: "/",
    display: "standalone",
    background_color: "#f8fafc",
    theme_color: brand.color,
    icons: manifestIcons(brand),
  };
}
