import { z } from "zod";
import { messageKey } from "@/lib/shared/i18n/message-key";
import type { CouponCodeCase } from "@/lib/capillary";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { staffPost } from "@/lib/server/http/staff-post";
import { auditedLookup } from "@/lib/server/staff/audited-lookup";
import { checkCodesForStaff } from "@/lib/server/staff/check-codes";
import { withScreenOwners } from "@/lib/server/staff/screen";
import { placeFromRequest } from "@/lib/server/staff/till/place-from-request";
import { parseCodesParam } from "@/lib/shared/staff/code-list";
import { exactCustomerQuery } from "@/lib/shared/staff/customer-query";
import { maskCode } from "@/lib/shared/staff/mask";

export const dynamic = "force-dynamic";

const CASES = ["UPPER", "LOWER", "AS_IT_IS"] as const satisfies readonly CouponCodeCase[];

const body = z.object({
  codes: z.array(z.string(), messageKey("api.codesList")).max(100, messageKey("api.invalidRequest")),
  case: z.enum(CASES, messageKey("api.codeCase")).default("UPPER"),
  customerId: z.string(messageKey("api.customerId")).optional(),
});

/**
 * Staff only: check up to 20 codes, optionally only among one customer's coupons. A POST so that the codes
 * (bearer credentials) travel in the body, never in a URL.
 */
export const POST = handleRoute(async (request: Request) => {
  const { staff, body: input } = await staffPost(request, body);
  const codes = parseCodesParam(input.codes.join(","));
  if (!codes.ok) throw new ApiError("bad_request", codes.saying);
  const customer = input.customerId === undefined ? null : exactCustomerQuery("id", input.customerId);
  if (input.customerId !== undefined && !customer) throw new ApiError("bad_request", "api.customerId");
  const check = {
    codes: codes.codes,
    codeCase: input.case,
    ...(customer ? { customerId: customer.value } : {}),
  };
  const answer = await auditedLookup({
    staffUser: staff.staffUser,
    action: "code_check",
    query: {
      codes: check.codes.map(maskCode).join(","),
      case: check.codeCase,
      ...(check.customerId ? { customerId: check.customerId } : {}),
    },
    run: () => checkCodesForStaff(check),
    summarise: ({ results }) => {
      const touched = results.flatMap((r) =>
        r.check.kind === "found" && r.check.customer?.id
          ? [{ customerId: r.check.customer.id, code: r.check.code }]
          : [],
      );
      return {
        result: "checked",
        verdicts: results.map((r) => r.verdict),
        customerIds: [...new Set(touched.map((t) => t.customerId))],
        touched,
      };
    },
    activity: { kind: "code_check", place: await placeFromRequest(staff) },
  });
  return Response.json(
    { ...answer, results: withScreenOwners(answer.results) },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
