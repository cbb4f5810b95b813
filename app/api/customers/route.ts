import { z } from "zod";
import { messageKey } from "@/lib/shared/i18n/message-key";
import { handleRoute } from "@/lib/server/http/handle-route";
import { ApiError } from "@/lib/server/http/api-error";
import { staffPost } from "@/lib/server/http/staff-post";
import { auditedLookup } from "@/lib/server/staff/audited-lookup";
import { placeFromRequest } from "@/lib/server/staff/till/place-from-request";
import { findCustomer } from "@/lib/server/staff/lookup-customer";
import { toScreenCustomer } from "@/lib/server/staff/screen";
import {
  CUSTOMER_QUERY_KINDS,
  exactCustomerQuery,
  type CustomerQuery,
} from "@/lib/shared/staff/customer-query";
import { maskCode, maskEmail, maskMobile } from "@/lib/shared/staff/mask";
import type { CustomerResponse } from "@/lib/shared/staff/types";

export const dynamic = "force-dynamic";

const body = z.object({
  by: z.enum(CUSTOMER_QUERY_KINDS, messageKey("api.searchBy")),
  value: z.string(messageKey("api.searchValue")).max(320, messageKey("api.valueTooLong")),
});

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

/**
 * Staff only: find one customer by mobile, e-mail, external id, card number or Capillary id. A POST so that
 * the identifier travels in the body, never in a URL that proxies and access logs keep.
 */
export const POST = handleRoute(async (request: Request) => {
  const { staff, body: input } = await staffPost(request, body);
  const query = exactCustomerQuery(input.by, input.value);
  if (!query) throw new ApiError("bad_request", { key: "api.invalidBy", values: { by: input.by } });
  const customer = await auditedLookup({
    staffUser: staff.staffUser,
    action: "customer_lookup",
    query: masked(query),
    run: () => findCustomer(query),
    summarise: (found) => (found ? { result: "found", customerIds: [found.id] } : { result: "not_found" }),
    activity: { kind: "lookup", place: await placeFromRequest(staff) },
  });
  if (!customer) throw new ApiError("not_found", "api.customerNotFound");
  const answer: CustomerResponse = { customer: toScreenCustomer(customer) };
  return Response.json(answer, { headers: { "Cache-Control": "private, no-store" } });
});
