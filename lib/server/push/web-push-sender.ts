import "server-only";

import type { Agent } from "node:https";
import webpush from "web-push";
import { log } from "@/lib/server/log";
import type { Delivery, ReminderMessage } from "./reminders";
import type { PushDevice } from "./subscriptions";

/** How long a push service keeps trying a phone that is off: a reminder older than this is stale. */
const KEEP_TRYING_SECONDS = 12 * 60 * 60;

/** Sends through the browser's push service, encrypted for the device (RFC 8291) and signed (VAPID). */
export function createWebPushSender(
  vapid: { publicKey: string; privateKey: string; subject: string },
  /** Tests: an agent that trusts the stand-in push service's certificate. */
  agent?: Agent,
) {
  return async (device: PushDevice, message: ReminderMessage): Promise<Delivery> => {
    try {
      await webpush.sendNotification(
        { endpoint: device.endpoint, keys: device.keys },
        JSON.stringify(message),
        {
          vapidDetails: vapid,
          TTL: KEEP_TRYING_SECONDS,
          urgency: "normal",
          topic: message.tag,
          timeout: 10_000,
          ...(agent ? { agent } : {}),
        },
      );
      return "sent";
    } catch (error) {
      const status = (error as { statusCode?: unknown }).statusCode;
      if (status === 404 || status === 410) return "gone";
      log.warn("push delivery failed", {
        status: typeof status === "number" ? status : null,
        pushService: new URL(device.endpoint).host,
      });
      return "failed";
    }
  };
}
