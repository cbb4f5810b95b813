import { requireStaff } from "@/lib/server/auth/session";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { auditedLookup } from "@/lib/server/staff/audited-lookup";
import { exactCustomerQuery } from "@/lib/shared/staff/customer-query";
import { getWallet } from "@/lib/server/wallet/get-wallet";
import { assertUnlocked } from "@/lib/server/staff/console-lock";
import { withScreenCodes } from "@/lib/server/staff/screen";

export const dynamic = "force-dynamic";

/** Staff only: every coupon a customer holds (used and expired too), with series terms; codes masked. */
export const GET = handleRoute(
  async (_request: Request, context: RouteContext<"/api/customers/[customerId]/coupons">) => {
    const { customerId: raw } = await context.params;
    const id = exactCustomerQuery("id", raw);
    if (!id) throw new ApiError("bad_request", "api.customerId");
    const staff = await requireStaff();
    await assertUnlocked(staff);
    const { staffUser } = staff;
    const wallet = await auditedLookup({
      staffUser,
      action: "customer_coupons",
      query: { id: id.value },
      run: () => getWallet(id.value),
      summarise: (found) => ({ result: `coupons:${found.coupons.length}`, customerIds: [id.value] }),
    });
    return Response.json(withScreenCodes(wallet), { headers: { "Cache-Control": "private, no-store" } });
  },
);
