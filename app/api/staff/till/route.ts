import { z } from "zod";
import { getEnv } from "@/lib/server/env";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { staffPost } from "@/lib/server/http/staff-post";
import { audit } from "@/lib/server/staff/audit";
import { deviceTill, DEVICE_TILL_COOKIE } from "@/lib/server/staff/till/attribution";

export const dynamic = "force-dynamic";

const body = z.object({ till: z.string().max(80) });
const A_YEAR = 365 * 86_400;

/** Sets which of the configured tills this tablet stands at: redemptions made on it are credited there. */
export const POST = handleRoute(async (request: Request) => {
  const { staff, body: input } = await staffPost(request, body);
  if (getEnv().till.attribution !== "device") throw new ApiError("bad_request", "api.tillPerAccount");
  const till = deviceTill(input.till);
  if (!till) throw new ApiError("bad_request", "api.notOurTill");
  audit({
    staffUser: staff.staffUser,
    action: "set_till",
    query: { till: till.label },
    result: "ok",
    requestIds: [],
  });
  const secure = new URL(request.url).protocol === "https:" ? "; Secure" : "";
  return Response.json(
    { till: input.till, label: till.label },
    {
      headers: {
        "Cache-Control": "no-store",
        "Set-Cookie": `${DEVICE_TILL_COOKIE}=${encodeURIComponent(input.till)}; Path=/; Max-Age=${A_YEAR}; HttpOnly; SameSite=Lax${secure}`,
      },
    },
  );
});
