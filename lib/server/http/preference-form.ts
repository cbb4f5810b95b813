import "server-only";

import { NextResponse } from "next/server";
import { z } from "zod";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import type { MessageKey, Saying } from "@/lib/shared/i18n/message-key";
import { safeCallbackPath } from "@/lib/shared/safe-callback";

const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The POST behind a preference menu (components/shared/preference-menu.tsx): a plain form post, no script
 * on the page, answered with the cookie and a 303 back to the page it came from, which the server then
 * renders with the choice. Choosing `forgetOn` deletes the cookie instead (back to the default).
 */
export function preferenceFormRoute<Value extends string>(options: {
  field: string;
  values: readonly [Value, ...Value[]];
  cookie: string;
  refusal: MessageKey | Saying;
  forgetOn?: Value;
}) {
  const form = z.object({ value: z.enum(options.values), returnTo: z.string().optional() });
  return handleRoute(async (request: Request) => {
    assertSameOrigin(request);
    const data = await request.formData().catch(() => null);
    const parsed = form.safeParse({
      value: data?.get(options.field) ?? undefined,
      returnTo: data?.get("returnTo") ?? undefined,
    });
    if (!parsed.success) throw new ApiError("bad_request", options.refusal);
    const { value, returnTo } = parsed.data;
    // A relative Location: behind a proxy, the app's own idea of its host may not be the visitor's.
    const response = new NextResponse(null, {
      status: 303,
      headers: { Location: safeCallbackPath(returnTo, "/wallet"), "Cache-Control": "no-store" },
    });
    if (value === options.forgetOn) response.cookies.delete(options.cookie);
    else
      response.cookies.set(options.cookie, value, {
        path: "/",
        maxAge: ONE_YEAR_SECONDS,
        sameSite: "lax",
        httpOnly: true,
      });
    return response;
  });
}
