import { requireShopper } from "@/lib/server/auth/session";
import { getEnv } from "@/lib/server/env";
import { handleRoute } from "@/lib/server/http/handle-route";
import { applePassFor } from "@/lib/server/passes";
import { parseCouponId } from "@/lib/server/wallet/coupon-id";

export const dynamic = "force-dynamic";

/** "Add to Apple Wallet": a signed .pkpass of one of the shopper's own coupons (whose: the session says). */
export const GET = handleRoute(
  async (request: Request, context: RouteContext<"/api/wallet/coupons/[couponId]/apple-pass">) => {
    const couponId = parseCouponId((await context.params).couponId);
    const { customerId } = await requireShopper();
    const walletUrl = new URL("/wallet", getEnv().runtime.publicUrl ?? request.url).href;
    const pass = await applePassFor(customerId, couponId, walletUrl);
    return new Response(new Uint8Array(pass), {
      headers: {
        "Content-Type": "application/vnd.apple.pkpass",
        "Content-Disposition": `attachment; filename="coupon-${couponId}.pkpass"`,
        "Cache-Control": "private, no-store",
      },
    });
  },
);
