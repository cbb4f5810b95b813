import "server-only";

import { getCapillary, type Redemption } from "@/lib/capillary";

const PAGE = 100;
/** Enough pages for the biggest wallets the app serves; a search past it gives up rather than stall a till. */
const MAX_PAGES = 200;

/**
 * A redemption of `code` on `billNumber`, looked up in the customer's paginated coupon list: the documented
 * way to learn a redemption's id (the redeem answer's `id` may be the coupon's, next-endpoints §3.1), and to
 * learn whether a redeem whose answer was lost went through. Undefined when Capillary lists none.
 */
export async function findRedemption(
  customerId: string,
  code: string,
  billNumber: string,
): Promise<Redemption | undefined> {
  const wanted = code.toLowerCase();
  for (let page = 0; page < MAX_PAGES; page++) {
    const { coupons, total } = await getCapillary().listCouponPage({
      customerId,
      limit: PAGE,
      offset: page * PAGE,
    });
    const coupon = coupons.find((c) => c.code.toLowerCase() === wanted);
    if (coupon) {
      const onBill = coupon.redemptions.filter((r) => r.billNumber === billNumber);
      // The latest on this bill: a multi-use coupon may have been used on it before and undone since.
      return onBill.sort((a, b) => Date.parse(b.redeemedAt ?? "") - Date.parse(a.redeemedAt ?? ""))[0];
    }
    const seen = (page + 1) * PAGE;
    if (coupons.length < PAGE || (total !== null && seen >= total)) return undefined;
  }
  return undefined;
}
