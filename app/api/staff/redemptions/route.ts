import { requireStaff } from "@/lib/server/auth/session";
import { getEnv } from "@/lib/server/env";
import { handleRoute } from "@/lib/server/http/handle-route";
import { assertUnlocked } from "@/lib/server/staff/console-lock";
import { receiptFor, recentRecords } from "@/lib/server/staff/till/records";
import type { RedemptionReceipt } from "@/lib/shared/staff/till-types";

export const dynamic = "force-dynamic";

/** Staff: the redemptions they may still undo (a manager: everyone's), newest first. */
export const GET = handleRoute(async () => {
  const staff = await requireStaff();
  await assertUnlocked(staff);
  const { undoMs } = getEnv().till;
  const receipts: RedemptionReceipt[] = (await recentRecords(staff, undoMs)).map((record) =>
    receiptFor(record, staff, undoMs),
  );
  return Response.json({ receipts }, { headers: { "Cache-Control": "private, no-store" } });
});
