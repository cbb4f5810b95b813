import "server-only";

import type { CustomerProfile } from "@/lib/capillary";
import { maskForScreen } from "@/lib/shared/staff/mask";
import type { CodeResult, ScreenCustomer } from "@/lib/shared/staff/types";
import type { WalletData } from "@/lib/shared/wallet/types";

// The counter sees only what the task needs. Masking happens here, on the server, so the full values
// never reach the tablet (its memory, its screen, a screenshot) unless "Reveal" asks for one.

export function toScreenCustomer(profile: CustomerProfile): ScreenCustomer {
  return {
    id: profile.id,
    firstName: profile.firstName,
    lastName: profile.lastName,
    identifiers: profile.identifiers.map(({ type, value }) => ({ type, shown: maskForScreen(type, value) })),
  };
}

/** A customer's coupons with their codes cut to the last four: codes are bearer credentials. */
export function withScreenCodes(wallet: WalletData): WalletData {
  return {
    ...wallet,
    coupons: wallet.coupons.map((coupon) => ({ ...coupon, code: maskForScreen("code", coupon.code) })),
  };
}

/** Code checks keep the code staff typed (they hold it already) but mask its owner's contact details. */
export function withScreenOwners(results: CodeResult[]): CodeResult[] {
  return results.map((result) => {
    const { check } = result;
    if (check.kind !== "found" || !check.customer) return result;
    const { mobile, email } = check.customer;
    return {
      ...result,
      check: {
        ...check,
        customer: {
          ...check.customer,
          mobile: mobile && maskForScreen("mobile", mobile),
          email: email && maskForScreen("email", email),
        },
      },
    };
  });
}
