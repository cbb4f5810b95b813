import { z } from "zod";
import { messageKey } from "@/lib/shared/i18n/message-key";
import { handleRoute } from "@/lib/server/http/handle-route";
import { staffPost } from "@/lib/server/http/staff-post";
import { undoRedemption } from "@/lib/server/staff/till/undo-redemption";

export const dynamic = "force-dynamic";

const body = z.object({ ref: z.string().regex(/^[\w-]{16}$/, messageKey("api.undoRef")) });

/** The member of staff who redeemed (or a manager), within the undo window: put the coupon's use back. */
export const POST = handleRoute(async (request: Request) => {
  const { staff, body: input } = await staffPost(request, body);
  const answer = await undoRedemption(staff, input.ref);
  return Response.json(answer, { headers: { "Cache-Control": "private, no-store" } });
});
