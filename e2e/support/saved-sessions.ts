// Sessions the setup project (e2e/sessions.setup.ts) signs in once per run through the real sign-in
// pages and saves, so a test that only needs someone signed in starts signed in instead of signing in
// again. Sessions are JWTs signed with the suite's secret: one saved on any worker's app works on all.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContextOptions } from "@playwright/test";
import {
  ASHA,
  BEN_EMPTY,
  BULK_1000,
  DEMO_LOOKUP_STAFF,
  DEMO_MANAGER,
  DEMO_STAFF,
  DOCS_343040815,
} from "../../test/support/demo";
import { ROOT } from "../../test/support/paths";

/** Shoppers with a saved session; the names are what tests pass as `signedInAs`. */
export const SAVED_SHOPPERS = {
  asha: ASHA,
  ben: BEN_EMPTY,
  docs343040815: DOCS_343040815,
  bulk1000: BULK_1000,
} as const;
/** Members of staff with a saved session, one per role. */
export const SAVED_STAFF = {
  staff: DEMO_STAFF,
  staffLookup: DEMO_LOOKUP_STAFF,
  staffManager: DEMO_MANAGER,
} as const;
export type SavedSession = keyof typeof SAVED_SHOPPERS | keyof typeof SAVED_STAFF;

/** Git-ignored; rewritten by every run's setup project. */
const DIR = path.join(ROOT, "e2e", ".auth");

export function sessionFile(who: SavedSession): string {
  return path.join(DIR, `${who}.json`);
}

type StorageState = Exclude<BrowserContextOptions["storageState"], string | undefined>;

/**
 * The saved session as a fresh device signed in as `who` would hold it: next-auth's cookies only. The
 * setup browser's localStorage (a copy of the wallet, under another worker's origin) is left behind, and
 * a shopper gets the `tz` cookie the sign-in form writes with the browser's own zone, so the first
 * wallet render uses this test's zone as it did after a real sign-in.
 */
export function savedSession(who: SavedSession, timezoneId: string | undefined): StorageState {
  const saved = JSON.parse(readFileSync(sessionFile(who), "utf8")) as StorageState;
  const cookies = saved.cookies.filter((cookie) => cookie.name.includes("next-auth."));
  const session = cookies.find((cookie) => cookie.name.includes("next-auth.session-token"));
  if (!session) throw new Error(`${sessionFile(who)} holds no session: did the setup project run?`);
  if (!(who in SAVED_STAFF)) {
    const zone = timezoneId ?? Intl.DateTimeFormat().resolvedOptions().timeZone;
    cookies.push({
      name: "tz",
      value: encodeURIComponent(zone),
      domain: session.domain,
      path: "/",
      expires: Math.floor(Date.now() / 1000) + 31_536_000,
      httpOnly: false,
      secure: false,
      sameSite: "Lax",
    });
  }
  return { cookies, origins: [] };
}
