import { z } from "zod";
import { requireShopper } from "@/lib/server/auth/session";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { getAppLocale } from "@/lib/server/i18n/locale";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { pushDevices } from "@/lib/server/push";
import { isPushServiceEndpoint } from "@/lib/server/push/endpoint";
import { isTimeZone } from "@/lib/shared/time-zone";

export const dynamic = "force-dynamic";

const key = (max: number) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+={0,2}$/)
    .max(max);
const endpoint = z.string().max(2048);
const subscribeBody = z.object({
  endpoint,
  keys: z.object({ p256dh: key(128), auth: key(64) }),
  timeZone: z.string().refine(isTimeZone),
});

async function body<T extends z.ZodType>(request: Request, schema: T): Promise<z.output<T>> {
  const parsed = schema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) throw new ApiError("bad_request", "api.notPushSubscription");
  return parsed.data;
}

function reminders() {
  const env = getEnv().reminders;
  if (!env.vapid) throw new ApiError("not_found", "api.remindersNotOffered");
  return env;
}

/** This device wants expiry reminders: its push subscription, kept for the signed-in shopper. */
export const POST = handleRoute(async (request: Request) => {
  assertSameOrigin(request);
  const { pushServiceHosts } = reminders();
  const { customerId, sessionId } = await requireShopper();
  const subscription = await body(request, subscribeBody);
  if (!isPushServiceEndpoint(subscription.endpoint, pushServiceHosts))
    throw new ApiError("bad_request", "api.pushServiceRefused");
  // The shopper's language now, while there is a visitor to ask: reminders are sent in it later.
  const locale = await getAppLocale();
  await pushDevices().save(customerId, { ...subscription, locale, sid: sessionId, savedAt: Date.now() });
  return new Response(null, { status: 204 });
});

/** This device wants no more reminders. */
export const DELETE = handleRoute(async (request: Request) => {
  assertSameOrigin(request);
  reminders();
  const { customerId } = await requireShopper();
  const { endpoint: gone } = await body(request, z.object({ endpoint }));
  await pushDevices().removeEndpoint(customerId, gone);
  return new Response(null, { status: 204 });
});
