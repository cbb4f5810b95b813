import "server-only";

import { collectRequestIds, getCapillary } from "@/lib/capillary";
import type { StaffSession } from "@/lib/server/auth/session";
import { ApiError } from "@/lib/server/http/api-error";
import { getWallet } from "@/lib/server/wallet/get-wallet";
import { maskForScreen } from "@/lib/shared/staff/mask";
import type { RevealField } from "@/lib/shared/staff/types";
import { audit } from "./audit";
import { countDailyLookup } from "./daily-lookups";

/** How long the console shows a revealed value before masking it again. */
export const REVEAL_MS = 60_000;

/**
 * One customer value in full: a mobile to call back, a code the till won't scan. Each is a look-up of its
 * own (counted, audited with what was revealed, masked), never a way to list a customer base.
 */
export async function revealValue(
  staff: StaffSession,
  input: { customerId: string; field: RevealField; couponId?: string | undefined },
): Promise<string> {
  await countDailyLookup(staff.staffUser);
  const { requestIds, outcome } = await collectRequestIds(async () => {
    if (input.field === "code") {
      const wallet = await getWallet(input.customerId);
      return wallet.coupons.find((coupon) => coupon.id === input.couponId)?.code;
    }
    const profile = await getCapillary().getCustomerProfile(input.customerId);
    return profile?.identifiers.find((identifier) => identifier.type === input.field)?.value;
  });
  const value = outcome.status === "fulfilled" ? outcome.value : undefined;
  audit({
    staffUser: staff.staffUser,
    role: staff.staffRole,
    action: "reveal",
    query: {
      customerId: input.customerId,
      field: input.field,
      ...(input.couponId ? { couponId: input.couponId } : {}),
      ...(value ? { shown: maskForScreen(input.field, value) } : {}),
    },
    result: outcome.status === "rejected" ? "error" : value ? "revealed" : "not_found",
    customerIds: [input.customerId],
    requestIds,
  });
  if (outcome.status === "rejected") throw outcome.reason;
  if (!value) throw new ApiError("not_found", "api.nothingToReveal");
  return value;
}
