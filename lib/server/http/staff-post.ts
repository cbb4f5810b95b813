import "server-only";

import type { z } from "zod";
import { requireStaff, type StaffSession } from "@/lib/server/auth/session";
import { assertUnlocked } from "@/lib/server/staff/console-lock";
import { ApiError } from "./api-error";
import { assertCsrf } from "./csrf";
import { assertSameOrigin } from "./same-origin";

/** Staff requests are a few fields; anything bigger is not from the console. */
const MAX_BODY_CHARS = 4_096;

async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_CHARS) throw new ApiError("bad_request", "That request is too large.");
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json"))
    throw new ApiError("bad_request", "Send JSON.");
  const text = await request.text();
  if (text.length > MAX_BODY_CHARS) throw new ApiError("bad_request", "That request is too large.");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError("bad_request", "That request is not valid JSON.");
  }
}

/**
 * The gate of every staff POST: the console's own origin, a staff session, next-auth's CSRF token, an
 * unlocked console (unless the route is the one that unlocks it), then a body that passes `schema`. Its
 * first failing check answers; nothing reaches Capillary before all have passed.
 */
export async function staffPost<S extends z.ZodType>(
  request: Request,
  schema: S,
  { whileLocked = false } = {},
): Promise<{ staff: StaffSession; body: z.output<S> }> {
  assertSameOrigin(request, { required: true });
  const staff = await requireStaff();
  await assertCsrf(request);
  if (!whileLocked) await assertUnlocked(staff);
  const parsed = schema.safeParse(await readJson(request));
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    throw new ApiError("bad_request", first?.message ?? "That request is not valid.");
  }
  return { staff, body: parsed.data };
}
