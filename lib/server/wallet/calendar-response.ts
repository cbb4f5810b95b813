import "server-only";

import type { Coupon } from "@/lib/capillary";
import { getWordedDisplay } from "@/lib/server/display-settings";
import { getEnv } from "@/lib/server/env";
import { couponCalendar } from "./calendar";

/** An .ics download of `coupons`, with times in the shopper's zone and links to this wallet. */
export async function calendarResponse(
  request: Request,
  coupons: readonly Coupon[],
  filename: string,
): Promise<Response> {
  const walletUrl = new URL("/wallet", getEnv().runtime.publicUrl ?? request.url);
  const body = couponCalendar({ coupons, display: await getWordedDisplay(), now: Date.now(), walletUrl });
  return new Response(body, {
    headers: {
      "Content-Type": "text/calendar; charset=utf-8",
      "Content-Disposition": `attachment; filename="${filename}"`,
      "Cache-Control": "private, no-store",
    },
  });
}
