import "server-only";

import { z } from "zod";

import { parseLead, type Lead } from "@/lib/shared/coupons/reminder-times";
import { blankToUndefined, intInRange, optionalString, readSection, type RawEnv } from "./fields";

/** Where browsers' push services live (Chrome, Firefox, Safari, Edge): the only hosts the app posts to. */
const KNOWN_PUSH_SERVICES =
  "fcm.googleapis.com,updates.push.services.mozilla.com,*.push.apple.com,*.notify.windows.com";

const BASE64URL = /^[A-Za-z0-9_-]+$/;

const schema = z.object({
  VAPID_PUBLIC_KEY: optionalString,
  VAPID_PRIVATE_KEY: optionalString,
  VAPID_SUBJECT: z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .regex(/^(mailto:.+@.+|https:\/\/.+)$/, "must be a mailto: address or an https URL (push services ask)")
      .default("mailto:reminders@example.com"),
  ),
  REMINDER_LEAD_TIMES: z.preprocess(
    blankToUndefined,
    z
      .string()
      .default("7d,1d,morning")
      .transform((text, ctx) => {
        const leads = text.split(",").map((part) => parseLead(part.trim()));
        if (leads.length === 0 || leads.includes(null))
          ctx.addIssue({ code: "custom", message: 'must be lead times like "7d,1d,morning" (days, hours)' });
        return leads.filter((lead): lead is Lead => lead !== null);
      }),
  ),
  REMINDER_SWEEP_SECONDS: intInRange(1, 3600, 900),
  PUSH_SERVICE_HOSTS: z.preprocess(blankToUndefined, z.string().default(KNOWN_PUSH_SERVICES)),
  REMINDER_TEST_TOKEN: z.preprocess(
    blankToUndefined,
    z.string().min(24, "must be at least 24 characters (openssl rand -hex 16)").optional(),
  ),
});

export interface RemindersEnv {
  /** Reminders by web push are on when a VAPID key pair is configured. */
  vapid: { publicKey: string; privateKey: string; subject: string } | undefined;
  leads: Lead[];
  /** How often the schedule looks for reminders due (one instance per round, see lib/server/push). */
  sweepSeconds: number;
  /** Host names (a leading `*.` for any subdomain) a subscription's endpoint may name. */
  pushServiceHosts: string[];
  /**
   * Demo and tests only (refused without DEMO_MODE=1): who may run a round at a chosen clock through
   * POST /api/wallet/push/test-round, so a test sees the 7-day reminder without waiting a week.
   */
  testToken: string | undefined;
}

export function readReminders(raw: RawEnv, problems: string[]): RemindersEnv | undefined {
  const v = readSection(schema, raw, problems);
  if (!v) return undefined;
  const { VAPID_PUBLIC_KEY: publicKey, VAPID_PRIVATE_KEY: privateKey } = v;
  if (Boolean(publicKey) !== Boolean(privateKey))
    problems.push("VAPID_PUBLIC_KEY and VAPID_PRIVATE_KEY go together (npx web-push generate-vapid-keys)");
  for (const [name, key] of [
    ["VAPID_PUBLIC_KEY", publicKey],
    ["VAPID_PRIVATE_KEY", privateKey],
  ] as const)
    if (key && !BASE64URL.test(key)) problems.push(`${name} must be base64url, as web-push prints it`);
  return {
    vapid: publicKey && privateKey ? { publicKey, privateKey, subject: v.VAPID_SUBJECT } : undefined,
    leads: v.REMINDER_LEAD_TIMES,
    sweepSeconds: v.REMINDER_SWEEP_SECONDS,
    testToken: v.REMINDER_TEST_TOKEN,
    pushServiceHosts: v.PUSH_SERVICE_HOSTS.split(",")
      .map((host) => host.trim().toLowerCase())
      .filter(Boolean),
  };
}
