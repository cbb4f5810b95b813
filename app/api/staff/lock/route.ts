import { z } from "zod";
import { handleRoute } from "@/lib/server/http/handle-route";
import { staffPost } from "@/lib/server/http/staff-post";
import { lockConsole } from "@/lib/server/staff/console-lock";

export const dynamic = "force-dynamic";

/** The console locks (its idle timer, or "Lock now"): until unlocked, no staff route answers this session. */
export const POST = handleRoute(async (request: Request) => {
  const { staff } = await staffPost(request, z.object({}), { whileLocked: true });
  await lockConsole(staff);
  return Response.json({ locked: true }, { headers: { "Cache-Control": "no-store" } });
});
