import { z } from "zod";
import { messageKey } from "@/lib/shared/i18n/message-key";
import { clientAddress } from "@/lib/server/http/client-address";
import { ApiError } from "@/lib/server/http/api-error";
import { handleRoute } from "@/lib/server/http/handle-route";
import { staffPost } from "@/lib/server/http/staff-post";
import { verifyStaffPassword } from "@/lib/server/auth/staff-sign-in";
import { audit } from "@/lib/server/staff/audit";
import { unlockConsole } from "@/lib/server/staff/console-lock";
import { checkPin } from "@/lib/server/staff/console-pin";

export const dynamic = "force-dynamic";

const body = z.union([
  z.object({ password: z.string().min(1).max(256) }),
  z.object({ pin: z.string().regex(/^\d{4,8}$/, messageKey("api.pinFormat")) }),
]);

/** Opens a locked console again for the member of staff who locked it: their password, or their PIN. */
export const POST = handleRoute(async (request: Request) => {
  const { staff, body: proof } = await staffPost(request, body, { whileLocked: true });
  let ok: boolean;
  if ("pin" in proof) ok = await checkPin(staff, proof.pin);
  else if (staff.staffUser.startsWith("oidc:")) throw new ApiError("bad_request", "api.usePinOrSignIn");
  else
    ok = await verifyStaffPassword(staff.staffUser, proof.password, clientAddress(request.headers)).then(
      () => true,
      (error: unknown) => {
        if (error instanceof Error && error.message.startsWith("throttled"))
          throw new ApiError("throttled", "api.unlockThrottled");
        return false;
      },
    );
  audit({
    staffUser: staff.staffUser,
    role: staff.staffRole,
    action: "unlock",
    query: { with: "pin" in proof ? "pin" : "password" },
    result: ok ? "ok" : "failed",
    requestIds: [],
  });
  if (!ok) throw new ApiError("unauthenticated", "api.unlockMismatch");
  await unlockConsole(staff);
  return Response.json({ locked: false }, { headers: { "Cache-Control": "no-store" } });
});
