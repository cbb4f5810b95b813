import { z } from "zod";
import { messageKey } from "@/lib/shared/i18n/message-key";
import { handleRoute } from "@/lib/server/http/handle-route";
import { staffPost } from "@/lib/server/http/staff-post";
import { setPin } from "@/lib/server/staff/console-pin";

export const dynamic = "force-dynamic";

const body = z.object({ pin: z.string().regex(/^\d{4,8}$/, messageKey("api.pinFormat")) });

/** Sets this shift's PIN, so the locked console opens with a few digits instead of the whole password. */
export const POST = handleRoute(async (request: Request) => {
  const { staff, body: input } = await staffPost(request, body);
  await setPin(staff, input.pin);
  return Response.json({ pinSet: true }, { headers: { "Cache-Control": "no-store" } });
});
