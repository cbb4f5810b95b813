import { requireShopper } from "@/lib/server/auth/session";
import { getWordedDisplay } from "@/lib/server/display-settings";
import { handleRoute } from "@/lib/server/http/handle-route";
import { parseCouponId } from "@/lib/server/wallet/coupon-id";
import { usableHere } from "@/lib/server/wallet/usable-here";

export const dynamic = "force-dynamic";

/** "Can I use this here, now?" for one of the shopper's own coupons (whose: the session says). */
export const GET = handleRoute(
  async (_request: Request, context: RouteContext<"/api/wallet/coupons/[couponId]/usable-here">) => {
    const couponId = parseCouponId((await context.params).couponId);
    const { customerId } = await requireShopper();
    const answer = await usableHere(customerId, couponId, await getWordedDisplay());
    return Response.json(answer, { headers: { "Cache-Control": "private, no-store" } });
  },
);
