import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { ACTIVITY_DAYS, readActivity } from "@/lib/server/activity/shopper-activity";
import { getShopperSession } from "@/lib/server/auth/session";
import { getDisplaySettings } from "@/lib/server/display-settings";
import { formatAbsolute } from "@/lib/shared/coupons";
import { ACTIVITY_WORDS } from "@/lib/shared/wallet/activity";

export const metadata: Metadata = { title: "Who looked at my account" };
export const dynamic = "force-dynamic";

/** When store staff looked up this shopper, checked or redeemed their coupons: when, where, what; never who. */
export default async function ActivityPage() {
  const session = await getShopperSession();
  if (!session) redirect("/signin?callbackUrl=%2Fwallet%2Factivity");
  const [events, display] = await Promise.all([readActivity(session.customerId), getDisplaySettings()]);
  return (
    <main className="mx-auto flex max-w-2xl flex-col gap-4 px-4 py-6">
      <header className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold sm:text-3xl">Who looked at my account</h1>
        <Link
          href="/wallet"
          className="focus-visible:outline-brand flex min-h-11 items-center rounded-lg border border-slate-300 bg-white px-4 font-semibold text-slate-800 hover:bg-slate-100 focus-visible:outline-3"
        >
          Back to my coupons
        </Link>
      </header>
      <p className="text-slate-700">
        Every time store staff looked up your account, checked one of your coupon codes, or redeemed or undid
        a redemption in the last {ACTIVITY_DAYS} days.
      </p>
      {events.length === 0 ? (
        <p className="rounded-xl bg-white p-6 text-center shadow-sm">
          Nobody has looked at your account lately.
        </p>
      ) : (
        <ol aria-label="Staff activity" className="flex flex-col gap-2">
          {events.map((event) => (
            <li
              key={`${event.at}:${event.kind}:${event.code ?? ""}`}
              className="rounded-xl bg-white p-4 shadow-sm"
            >
              <p className="font-semibold">
                {ACTIVITY_WORDS[event.kind]}
                {event.code && (
                  <>
                    {" "}
                    (code ending <span dir="ltr">{event.code.replace("…", "")}</span>)
                  </>
                )}
              </p>
              <p className="text-slate-700">
                <time dateTime={event.at}>{formatAbsolute(Date.parse(event.at), display).text}</time>
                {event.place ? ` · ${event.place}` : " · at a store"}
              </p>
            </li>
          ))}
        </ol>
      )}
    </main>
  );
}
