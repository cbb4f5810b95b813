import "server-only";

import { z } from "zod";
import { requireStaff, type StaffSession } from "@/lib/server/auth/session";
import { assertUnlocked } from "@/lib/server/staff/console-lock";
import type { MessageKey, Saying } from "@/lib/shared/i18n/message-key";
import { ApiError } from "./api-error";
import { assertCsrf } from "./csrf";
import { assertSameOrigin } from "./same-origin";

/** Staff requests are a few fields; anything bigger is not from the console. */
const MAX_BODY_CHARS = 4_096;

async function readJson(request: Request): Promise<unknown> {
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_BODY_CHARS) throw new ApiError("bad_request", "api.tooLarge");
  if (!(request.headers.get("content-type") ?? "").startsWith("application/json"))
    throw new ApiError("bad_request", "api.sendJson");
  const text = await request.text();
  if (text.length > MAX_BODY_CHARS) throw new ApiError("bad_request", "api.tooLarge");
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError("bad_request", "api.notJson");
  }
}

/** The body's fields as code writes them ("{ pin }"), in every language: they are the API's own names. */
function shapeOf(schema: z.ZodType): string {
  if (schema instanceof z.ZodObject) return `{ ${Object.keys(schema.shape).join(", ")} }`;
  if (schema instanceof z.ZodUnion) return (schema.options as z.ZodType[]).map(shapeOf).join(" | ");
  return "JSON";
}

/**
 * What to say of a body that fails its schema: the field's own message when the schema gives one (a
 * message key, written with messageKey()), else which body to send. zod's own English never leaves.
 */
function refusalOf(issue: z.core.$ZodIssue | undefined, schema: z.ZodType): Saying {
  if (issue && issue.path.length > 0 && issue.message.startsWith("api."))
    return { key: issue.message as MessageKey };
  return { key: "api.sendBody", values: { shape: shapeOf(schema) } };
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
  if (!parsed.success) throw new ApiError("bad_request", refusalOf(parsed.error.issues[0], schema));
  return { staff, body: parsed.data };
}
