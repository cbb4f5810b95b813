import { requireShopper } from "@/lib/server/auth/session";
import { getEnv } from "@/lib/server/env";
import { handleRoute } from "@/lib/server/http/handle-route";
import { googleSaveLinkFor } from "@/lib/server/passes";
import { parseCouponId } from "@/lib/server/wallet/coupon-id";

export const dynamic = "force-dynamic";

/** "Save to Google Wallet": on to Google's save page with a signed offer of one of the shopper's own coupons. */
export const GET = handleRoute(
  async (request: Request, context: RouteContext<"/api/wallet/coupons/[couponId]/google-pass">) => {
    const couponId = parseCouponId((await context.params).couponId);
    const { customerId } = await requireShopper();
    const origin = new URL(getEnv().runtime.publicUrl ?? request.url).origin;
    const link = await googleSaveLinkFor(customerId, couponId, origin);
    return new Response(null, {
      status: 303,
      headers: { Location: link, "Cache-Control": "private, no-store" },
    });
  },
);
