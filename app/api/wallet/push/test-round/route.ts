import { timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { runReminderRoundAt } from "@/lib/server/push";

export const dynamic = "force-dynamic";

const body = z.object({ now: z.number().int().positive() });

function authorised(request: Request, token: string): boolean {
  const given = Buffer.from(request.headers.get("x-reminder-test-token") ?? "");
  const expected = Buffer.from(token);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

/**
 * Demo and tests only: runs one reminder round at the clock given, so the schedule's decisions (which
 * coupon, which day, never at night) can be watched end to end. Without REMINDER_TEST_TOKEN (which the
 * start refuses outside DEMO_MODE) the route does not exist.
 */
export const POST = handleRoute(async (request: Request) => {
  const token = getEnv().reminders.testToken;
  if (!token) throw new ApiError("not_found", "api.notFound");
  if (!authorised(request, token)) throw new ApiError("forbidden", "api.notTestToken");
  const parsed = body.safeParse(await request.json().catch(() => null));
  if (!parsed.success) throw new ApiError("bad_request", "api.testRoundBody");
  return Response.json({ reminded: await runReminderRoundAt(parsed.data.now) });
});
