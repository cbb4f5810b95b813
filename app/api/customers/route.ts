import { requireStaff } from "@/lib/server/auth/session";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { auditedLookup } from "@/lib/server/staff/audited-lookup";
import { parseCustomerParams, type CustomerQuery } from "@/lib/shared/staff/customer-query";
import { findCustomer } from "@/lib/server/staff/lookup-customer";
import { maskCode, maskEmail, maskMobile } from "@/lib/shared/staff/mask";
import type { CustomerResponse } from "@/lib/shared/staff/types";

export const dynamic = "force-dynamic";

function masked({ by, value }: CustomerQuery): Record<string, string> {
  const shown =
    by === "id"
      ? value
      : by === "mobile"
        ? maskMobile(value)
        : by === "email"
          ? maskEmail(value)
          : maskCode(value);
  return { [by]: shown };
}

/** Staff only: find one customer by mobile, e-mail, external id, card number or Capillary id. */
export const GET = handleRoute(async (request: Request) => {
  const parsed = parseCustomerParams(new URL(request.url).searchParams);
  if (!parsed.ok) throw new ApiError("bad_request", parsed.error);
  const { staffUser } = await requireStaff();
  const customer = await auditedLookup({
    staffUser,
    action: "customer_lookup",
    query: masked(parsed.query),
    run: () => findCustomer(parsed.query),
    summarise: (found) => (found ? { result: "found", customerIds: [found.id] } : { result: "not_found" }),
  });
  if (!customer) throw new ApiError("not_found", "No customer found.");
  const body: CustomerResponse = { customer };
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
});
