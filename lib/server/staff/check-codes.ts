import "server-only";
import { getCapillary, type CapillaryClient } from "@/lib/capillary";
import { isCapillaryError } from "@/lib/capillary";
import type { CodeCheck, Coupon, CouponCodeCase } from "@/lib/capillary";
import { usableFrom } from "@/lib/shared/coupons/usable-from";
import { log } from "@/lib/server/log";
import type { CodeCheckResponse, CodeResult, CouponFacts } from "@/lib/shared/staff/types";
import { maskMobile } from "@/lib/shared/staff/mask";
import { deriveVerdict } from "@/lib/shared/staff/verdict";

type Found = Extract<CodeCheck, { kind: "found" }>;

// Staff need the owner's name and id to ask "is this you?"; the last digits of the mobile are enough to
// confirm it, and the e-mail is not needed at all (show only what the task needs).
function forStaff(check: CodeCheck): CodeCheck {
  if (check.kind !== "found" || !check.customer) return check;
  const { mobile } = check.customer;
  return {
    ...check,
    customer: { ...check.customer, mobile: mobile ? maskMobile(mobile) : null, email: null },
  };
}

function factsOf(coupon: Coupon, now: number): CouponFacts {
  const from = usableFrom(coupon);
  return {
    uses: coupon.uses,
    timesUsed: coupon.redemptions.length,
    validTill: coupon.validTill,
    usableFrom: from !== null && from > now ? new Date(from).toISOString() : null,
    validationRequired: coupon.series.validationRequired,
    termsAndConditions: coupon.series.termsAndConditions,
  };
}

type Listing = Coupon[] | "unavailable";

/**
 * The customers' own coupons (v2), one call per customer whose codes were found: they say how many uses are
 * left and carry the series' rules, which v1.1 does not. A failure here costs the details, not the check.
 */
async function listingsFor(capillary: CapillaryClient, found: Found[]): Promise<Map<string, Listing>> {
  const ids = [...new Set(found.map((c) => c.customer?.id).filter((id): id is string => !!id))];
  const entries = await Promise.all(
    ids.map(async (id): Promise<[string, Listing]> => {
      try {
        return [id, await capillary.listCustomerCoupons(id)];
      } catch (error) {
        log.warn("could not read the customer's coupons for a code check", {
          kind: isCapillaryError(error) ? error.kind : "unexpected",
        });
        return [id, "unavailable"];
      }
    }),
  );
  return new Map(entries);
}

function resultFor(check: CodeCheck, listings: Map<string, Listing>, now: number): CodeResult {
  if (check.kind !== "found") return { verdict: deriveVerdict(check, null, now), check, facts: null };
  const customerId = check.customer?.id;
  const listing = customerId ? listings.get(customerId) : undefined;
  const coupon = Array.isArray(listing)
    ? (listing.find((c) => c.id === check.couponId) ??
      listing.find((c) => c.code.toLowerCase() === check.code.toLowerCase()))
    : undefined;
  const facts = coupon ? factsOf(coupon, now) : null;
  const missing = coupon
    ? undefined
    : !customerId
      ? "no_customer"
      : listing === "unavailable"
        ? "unavailable"
        : "not_listed";
  return {
    verdict: deriveVerdict(check, facts, now),
    check: forStaff(check),
    facts,
    ...(missing ? { factsMissing: missing } : {}),
  };
}

/** v1.1 for the codes, then at most one v2 coupon list per customer found, for uses left and series rules. */
export async function checkCodesForStaff(
  input: { codes: string[]; customerId?: string; codeCase: CouponCodeCase },
  now: Date = new Date(),
  capillary: CapillaryClient = getCapillary(),
): Promise<CodeCheckResponse> {
  const checks = await capillary.checkCouponCodes(input);
  const listings = await listingsFor(
    capillary,
    checks.filter((c): c is Found => c.kind === "found"),
  );
  return {
    results: checks.map((check) => resultFor(check, listings, now.getTime())),
    checkedAt: now.toISOString(),
  };
}
