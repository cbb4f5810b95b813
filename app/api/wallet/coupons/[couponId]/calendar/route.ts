import { requireShopper } from "@/lib/server/auth/session";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { calendarCoupons } from "@/lib/server/wallet/calendar";
import { calendarResponse } from "@/lib/server/wallet/calendar-response";
import { parseCouponId } from "@/lib/server/wallet/coupon-id";
import { getOwnCoupon } from "@/lib/server/wallet/get-wallet";

export const dynamic = "force-dynamic";

/** One of the shopper's own coupons as a calendar event at its expiry, with reminders. */
export const GET = handleRoute(
  async (request: Request, context: RouteContext<"/api/wallet/coupons/[couponId]/calendar">) => {
    const couponId = parseCouponId((await context.params).couponId);
    const { customerId } = await requireShopper();
    const coupon = await getOwnCoupon(customerId, couponId);
    if (!coupon) throw new ApiError("not_found", "api.couponNotInWallet");
    if (calendarCoupons([coupon], Date.now()).length === 0)
      throw new ApiError("not_found", "api.nothingToRemind");
    return calendarResponse(request, [coupon], `coupon-${coupon.id}.ics`);
  },
);
