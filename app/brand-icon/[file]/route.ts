import { BRAND_ICONS, brandIcon, type BrandIconName } from "@/lib/server/brand/icons";
import { getEnv } from "@/lib/server/env";

export const dynamic = "force-dynamic";

const isIconName = (name: string): name is BrandIconName => Object.hasOwn(BRAND_ICONS, name);

/** The installed app's icons drawn from WALLET_BRAND_LOGO (a file); without one, the defaults in public/. */
export async function GET(_request: Request, { params }: RouteContext<"/brand-icon/[file]">) {
  const { file } = await params;
  const { logo } = getEnv().brand;
  if (!isIconName(file) || logo?.kind !== "file") return new Response("Not found", { status: 404 });
  const png = await brandIcon(logo.file, file);
  return new Response(new Uint8Array(png), {
    headers: { "Content-Type": "image/png", "Cache-Control": "public, max-age=86400" },
  });
}
