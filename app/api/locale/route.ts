import { NextResponse } from "next/server";
import { z } from "zod";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { assertSameOrigin } from "@/lib/server/http/same-origin";
import { LOCALE_COOKIE, LOCALES } from "@/lib/shared/i18n/locales";
import { safeCallbackPath } from "@/lib/shared/safe-callback";

export const dynamic = "force-dynamic";

const form = z.object({ locale: z.enum(LOCALES), returnTo: z.string().optional() });
const ONE_YEAR_SECONDS = 365 * 24 * 60 * 60;

/**
 * The language switch: a plain form post (no script on the page), answered with the cookie and a 303 back
 * to the page it came from, which the server then renders in the chosen language.
 */
export const POST = handleRoute(async (request: Request) => {
  assertSameOrigin(request);
  const data = await request.formData().catch(() => null);
  const parsed = form.safeParse({
    locale: data?.get("locale") ?? undefined,
    returnTo: data?.get("returnTo") ?? undefined,
  });
  if (!parsed.success) throw new ApiError("bad_request", `Choose one of: ${LOCALES.join(", ")}.`);
  const { locale, returnTo } = parsed.data;
  // A relative Location: behind a proxy, the app's own idea of its host may not be the visitor's.
  const response = new NextResponse(null, {
    status: 303,
    headers: { Location: safeCallbackPath(returnTo, "/wallet"), "Cache-Control": "no-store" },
  });
  response.cookies.set(LOCALE_COOKIE, locale, {
    path: "/",
    maxAge: ONE_YEAR_SECONDS,
    sameSite: "lax",
    httpOnly: true,
  });
  return response;
});
