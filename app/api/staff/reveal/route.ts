import { z } from "zod";
import { messageKey } from "@/lib/shared/i18n/message-key";
import { handleRoute } from "@/lib/server/http/handle-route";
import { staffPost } from "@/lib/server/http/staff-post";
import { revealValue, REVEAL_MS } from "@/lib/server/staff/reveal";

export const dynamic = "force-dynamic";

const body = z.object({
  customerId: z.string().regex(/^[1-9]\d{0,18}$/, messageKey("api.customerId")),
  field: z.enum(["mobile", "email", "cardnumber", "externalId", "code"], messageKey("api.revealField")),
  couponId: z
    .string()
    .regex(/^\d{1,19}$/, messageKey("api.couponIdFormat"))
    .optional(),
});

/** Staff only: one masked value in full, for a minute, with an audit line. */
export const POST = handleRoute(async (request: Request) => {
  const { staff, body: input } = await staffPost(request, body);
  const value = await revealValue(staff, input);
  return Response.json(
    { value, hideAt: new Date(Date.now() + REVEAL_MS).toISOString() },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});
