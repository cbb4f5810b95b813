import "server-only";
import { getCapillary } from "@/lib/capillary";
import type { CodeCheck, CouponCodeCase } from "@/lib/capillary/types";
import type { CodeCheckResponse } from "./types";
import { maskMobile } from "./mask";
import { deriveVerdict } from "./verdict";

// Staff need the owner's name and id to ask "is this you?"; the last digits of the mobile are enough to
// confirm it, and the e-mail is not needed at all (PRODUCT-NOTES: show only what the task needs).
function forStaff(check: CodeCheck): CodeCheck {
  if (check.kind !== "found" || !check.customer) return check;
  const { mobile } = check.customer;
  return {
    ...check,
    customer: { ...check.customer, mobile: mobile ? maskMobile(mobile) : null, email: null },
  };
}

export async function checkCodesForStaff(
  input: { codes: string[]; customerId?: string; codeCase: CouponCodeCase },
  now: Date = new Date(),
): Promise<CodeCheckResponse> {
  const checks = await getCapillary().checkCouponCodes(input);
  return {
    results: checks.map((check) => ({
      verdict: deriveVerdict(check, now.getTime()),
      check: forStaff(check),
    })),
    checkedAt: now.toISOString(),
  };
}
