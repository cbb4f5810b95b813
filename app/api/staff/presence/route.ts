import { z } from "zod";
import { handleRoute } from "@/lib/server/http/handle-route";
import { staffPost } from "@/lib/server/http/staff-post";

export const dynamic = "force-dynamic";

/**
 * The console is in use (a touch, a key) though it asked nothing of the server: keeps the server's idle
 * lock in step with the tablet's. Answers 423 when the console is already locked.
 */
export const POST = handleRoute(async (request: Request) => {
  await staffPost(request, z.object({}));
  return Response.json({ locked: false }, { headers: { "Cache-Control": "no-store" } });
});
