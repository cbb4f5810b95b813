import type { CouponCodeCase } from "@/lib/capillary";
import { requireStaff } from "@/lib/server/auth/session";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { auditedLookup } from "@/lib/server/staff/audited-lookup";
import { checkCodesForStaff } from "@/lib/server/staff/check-codes";
import { parseCodesParam } from "@/lib/shared/staff/code-list";
import { normaliseCustomerQuery } from "@/lib/shared/staff/customer-query";
import { maskCode } from "@/lib/shared/staff/mask";

export const dynamic = "force-dynamic";

const CASES: readonly CouponCodeCase[] = ["UPPER", "LOWER", "AS_IT_IS"];

function parseInput(params: URLSearchParams) {
  const codes = parseCodesParam(params.get("codes"));
  if (!codes.ok) throw new ApiError("bad_request", codes.error);
  const rawId = params.get("customerId");
  const customer = rawId === null ? null : normaliseCustomerQuery("id", rawId);
  if (rawId !== null && (!customer || customer.value !== rawId)) {
    throw new ApiError("bad_request", "customerId must be a positive whole number.");
  }
  const rawCase = params.get("case") ?? "UPPER";
  const codeCase = CASES.find((c) => c === rawCase);
  if (!codeCase) throw new ApiError("bad_request", "case must be UPPER, LOWER or AS_IT_IS.");
  return { codes: codes.codes, codeCase, ...(customer ? { customerId: customer.value } : {}) };
}

/** Staff only: check up to 20 codes, optionally only among one customer's coupons. */
export const GET = handleRoute(async (request: Request) => {
  const input = parseInput(new URL(request.url).searchParams);
  const { staffUser } = await requireStaff();
  const body = await auditedLookup({
    staffUser,
    action: "code_check",
    query: {
      codes: input.codes.map(maskCode).join(","),
      case: input.codeCase,
      ...(input.customerId ? { customerId: input.customerId } : {}),
    },
    run: () => checkCodesForStaff(input),
    summarise: ({ results }) => ({
      result: "checked",
      verdicts: results.map((r) => r.verdict),
      customerIds: [
        ...new Set(
          results.flatMap((r) =>
            r.check.kind === "found" && r.check.customer?.id ? [r.check.customer.id] : [],
          ),
        ),
      ],
    }),
  });
  return Response.json(body, { headers: { "Cache-Control": "private, no-store" } });
});
