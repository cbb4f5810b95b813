"use client";

import { browserTimeZone } from "@/lib/client/browser-time-zone";
import { useProblemText } from "@/components/shared/problem-text";
import { useTranslations } from "@/components/shared/words-client";
import { useEffect, useState } from "react";
import { ApiRequestError, fetchJson } from "@/lib/client/fetch-json";

type State = "checking" | "home-screen" | "unsupported" | "blocked" | "off" | "on" | "working";

const BUTTON =
  "focus-visible:outline-brand-ink mt-3 min-h-11 rounded-lg px-4 font-semibold focus-visible:outline-3 focus-visible:outline-offset-2";

/** iPhones and iPads get web push only in a web app opened from the Home Screen (iOS 16.4 and later). */
function needsHomeScreen(): boolean {
  const ios =
    /iPad|iPhone|iPod/.test(navigator.userAgent) ||
    (/Macintosh/.test(navigator.userAgent) && navigator.maxTouchPoints > 1);
  const standalone =
    window.matchMedia("(display-mode: standalone)").matches ||
    (navigator as Navigator & { standalone?: boolean }).standalone === true;
  return ios && !standalone;
}

const supported = () => "serviceWorker" in navigator && "PushManager" in window && "Notification" in window;

async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration("/");
  return (await registration?.pushManager.getSubscription()) ?? null;
}

async function tellServer(method: "POST" | "DELETE", subscription: PushSubscription): Promise<void> {
  const { endpoint, keys } = subscription.toJSON();
  const timeZone = browserTimeZone();
  await fetchJson<void>(
    "/api/wallet/push",
    {},
    {
      method,
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(method === "POST" ? { endpoint, keys, timeZone } : { endpoint }),
    },
  );
}

function toBytes(base64url: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64url.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Opt in or out of expiry reminders on this device, with what they are said first and permission asked last. */
export function RemindersPanel({ publicKey }: { publicKey: string }) {
  const t = useTranslations("wallet.reminders");
  const problemText = useProblemText();
  // Rendered in the browser only (loaded on a tap), so the browser can be asked at once.
  const [state, setState] = useState<State>(() => {
    if (needsHomeScreen()) return "home-screen";
    if (!supported()) return "unsupported";
    return Notification.permission === "denied" ? "blocked" : "checking";
  });
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    if (state !== "checking") return;
    void currentSubscription().then(async (subscription) => {
      setState(subscription ? "on" : "off");
      // Keeps the server's copy (and this device's time zone) fresh.
      if (subscription) await tellServer("POST", subscription).catch(() => undefined);
    });
  }, [state]);

  async function turnOn() {
    setState("working");
    setProblem(null);
    try {
      const permission = await Notification.requestPermission();
      if (permission !== "granted") return setState(permission === "denied" ? "blocked" : "off");
      const registration = await navigator.serviceWorker.getRegistration("/");
      if (!registration) throw new Error(t("notReady"));
      const subscription = await registration.pushManager.subscribe({
        userVisibleOnly: true,
        applicationServerKey: toBytes(publicKey),
      });
      await tellServer("POST", subscription);
      setState("on");
    } catch (error) {
      // The server's words are in the shopper's language; the browser's own refusals come worded by it.
      const reason = error instanceof ApiRequestError ? problemText(error, "problem.request.failed") : "";
      setProblem(t("failed", { reason: reason || (error instanceof Error ? error.message : "") }).trim());
      setState("off");
    }
  }

  async function turnOff() {
    setState("working");
    const subscription = await currentSubscription();
    if (subscription) {
      await tellServer("DELETE", subscription).catch(() => undefined);
      await subscription.unsubscribe();
    }
    setState("off");
  }

  return (
    <div className="mt-3" aria-live="polite">
      {state === "home-screen" && <p>{t("homeScreen")}</p>}
      {state === "unsupported" && <p>{t("unsupported")}</p>}
      {state === "blocked" && <p>{t("blocked")}</p>}
      {(state === "off" || state === "working") && (
        <>
          <p>{t("explain")}</p>
          <button
            type="button"
            disabled={state === "working"}
            onClick={() => void turnOn()}
            className={`${BUTTON} bg-brand hover:bg-brand-dark text-white`}
          >
            {t("turnOn")}
          </button>
        </>
      )}
      {state === "on" && (
        <>
          <p>{t("on")}</p>
          <button
            type="button"
            onClick={() => void turnOff()}
            className={`${BUTTON} border-line-strong bg-surface border`}
          >
            {t("turnOff")}
          </button>
        </>
      )}
      {problem && <p className="text-bad mt-2">{problem}</p>}
    </div>
  );
}
