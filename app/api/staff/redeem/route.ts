import { z } from "zod";
import { messageKey } from "@/lib/shared/i18n/message-key";
import { getWordedDisplay } from "@/lib/server/display-settings";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { staffPost } from "@/lib/server/http/staff-post";
import { placeForRedeem } from "@/lib/server/staff/till/place-from-request";
import { redeemAtTill } from "@/lib/server/staff/till/redeem-at-till";
import { parseBill } from "@/lib/shared/staff/bill";
import { parseCodesParam } from "@/lib/shared/staff/code-list";
import { exactCustomerQuery } from "@/lib/shared/staff/customer-query";
import { mayRedeem } from "@/lib/shared/staff/roles";
import { wordTillOutcome, type RedeemAnswer } from "@/lib/shared/staff/till-types";

export const dynamic = "force-dynamic";

const body = z.object({
  customerId: z.string(messageKey("api.customerId")),
  code: z.string(messageKey("api.codeMissing")),
  billNumber: z.unknown(),
  billAmount: z.unknown(),
  attemptId: z.string().regex(/^[\w-]{16,64}$/, messageKey("api.attemptId")),
});

/** Staff with the redeem or manager role: redeem one of a customer's coupons against a bill. */
export const POST = handleRoute(async (request: Request) => {
  const { staff, body: input } = await staffPost(request, body);
  if (!mayRedeem(staff.staffRole)) throw new ApiError("forbidden", "api.lookupOnly");
  const customer = exactCustomerQuery("id", input.customerId);
  if (!customer) throw new ApiError("bad_request", "api.customerId");
  const codes = parseCodesParam(input.code);
  if (!codes.ok || codes.codes.length !== 1) throw new ApiError("bad_request", "api.oneCode");
  const bill = parseBill(input.billNumber, input.billAmount, getEnv().till.billAmountMax);
  if (!bill.ok) throw new ApiError("bad_request", bill.saying);
  const outcome = await redeemAtTill(
    staff,
    { customerId: customer.value, code: codes.codes[0]!, ...bill.bill, attemptId: input.attemptId },
    await placeForRedeem(staff),
  );
  // Worded now, in this request's language: the outcome is kept for repeats without words.
  const answer: RedeemAnswer = wordTillOutcome(outcome, await getWordedDisplay());
  return Response.json(answer, { headers: { "Cache-Control": "private, no-store" } });
});
