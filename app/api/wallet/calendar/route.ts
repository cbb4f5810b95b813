import { requireShopper } from "@/lib/server/auth/session";
import { handleRoute } from "@/lib/server/http/handle-route";
import { calendarCoupons } from "@/lib/server/wallet/calendar";
import { calendarResponse } from "@/lib/server/wallet/calendar-response";
import { getWallet } from "@/lib/server/wallet/get-wallet";

export const dynamic = "force-dynamic";

/** Every coupon the shopper can still use, as calendar events at their expiry, with reminders. */
export const GET = handleRoute(async (request: Request) => {
  const { customerId } = await requireShopper();
  const wallet = await getWallet(customerId);
  return calendarResponse(request, calendarCoupons(wallet.coupons, Date.now()), "coupons.ics");
});
