import "server-only";

import { z } from "zod";

import { MOBILE_COUNTRIES, type MobileCountry } from "@/lib/shared/mobile-countries";
import { blankToUndefined, intInRange, readSection, type RawEnv } from "./fields";

/** One window of a budget: `points` attempts per `seconds`. */
export interface BudgetWindow {
  points: number;
  seconds: number;
}

const UNITS: Record<string, number> = { s: 1, m: 60, h: 3600, d: 86_400 };

/** "5/15m,10/1d" → two windows; empty or malformed → null (the caller names the variable). */
export function parseBudget(text: string): BudgetWindow[] | null {
  const windows: BudgetWindow[] = [];
  for (const part of text.split(",").map((p) => p.trim())) {
    const match = /^(\d{1,7})\/(\d{1,4})([smhd])$/.exec(part);
    if (!match) return null;
    const points = Number(match[1]);
    const seconds = Number(match[2]) * UNITS[match[3]!]!;
    if (points < 1 || seconds < 1 || seconds > 7 * 86_400) return null;
    windows.push({ points, seconds });
  }
  return windows.length > 0 ? windows : null;
}

const budget = (fallback: string) =>
  z.preprocess(
    blankToUndefined,
    z
      .string()
      .trim()
      .default(fallback)
      .transform((text, ctx) => {
        const parsed = parseBudget(text);
        if (!parsed)
          ctx.addIssue({ code: "custom", message: 'must be budgets like "5/15m,10/1d" (s, m, h or d)' });
        return parsed ?? [];
      }),
  );

const countries = z.preprocess(
  blankToUndefined,
  z
    .string()
    .default("IN")
    .transform((text, ctx) => {
      const ids = text
        .split(",")
        .map((id) => id.trim().toUpperCase())
        .filter(Boolean);
      const unknown = ids.filter((id) => !MOBILE_COUNTRIES[id]);
      if (ids.length === 0 || unknown.length > 0)
        ctx.addIssue({
          code: "custom",
          message: `must list countries the wallet knows (${Object.keys(MOBILE_COUNTRIES).join(", ")})`,
        });
      return ids.flatMap((id) => (MOBILE_COUNTRIES[id] ? [MOBILE_COUNTRIES[id]] : []));
    }),
);

const schema = z.object({
  OTP_COUNTRIES: countries,
  OTP_SEND_BUDGET_MOBILE: budget("5/15m,10/1d"),
  OTP_SEND_BUDGET_ADDRESS: budget("5/1m,20/1d"),
  OTP_SEND_BUDGET_TOTAL: budget("100/1m,10000/1d"),
  OTP_GUESS_BUDGET_MOBILE_ADDRESS: budget("5/15m"),
  OTP_GUESS_BUDGET_ADDRESS: budget("20/15m,100/1d"),
  OTP_GUESS_BUDGET_MOBILE: budget("30/1d"),
  STAFF_SIGN_IN_BUDGET_ADDRESS: budget("10/15m,100/1d"),
  STAFF_SIGN_IN_BUDGET_USERNAME: budget("20/15m"),
  STAFF_LOOKUP_BUDGET: budget("60/1m"),
  USABLE_HERE_BUDGET: budget("20/1m,300/1d"),
  PASS_BUDGET: budget("20/1m,200/1d"),
  TRUSTED_PROXY_HOPS: intInRange(0, 5, 0),
});

/** Sign-in and look-up budgets, and how far to trust X-Forwarded-For (every default is safe). */
export interface LimitsEnv {
  /** Where one-time codes may be sent; the first is the default for a 10-digit number typed without a code. */
  otpCountries: MobileCountry[];
  otpSend: { mobile: BudgetWindow[]; address: BudgetWindow[]; total: BudgetWindow[] };
  /** Guessing a code: per number and address, per address, and a higher cap per number. */
  otpGuess: { mobileAddress: BudgetWindow[]; address: BudgetWindow[]; mobile: BudgetWindow[] };
  staffSignIn: { address: BudgetWindow[]; username: BudgetWindow[] };
  staffLookups: BudgetWindow[];
  /** "Can I use this here, now?" per shopper: each may cost a Capillary call. */
  usableHere: BudgetWindow[];
  /** Apple and Google Wallet passes per shopper: each is signed, which costs the server real work. */
  passes: BudgetWindow[];
  /** Proxies in front of the app whose X-Forwarded-For entries are believed; 0 = the socket's address. */
  trustedProxyHops: number;
}

export function readLimits(raw: RawEnv, problems: string[]): LimitsEnv | undefined {
  const v = readSection(schema, raw, problems);
  if (!v) return undefined;
  return {
    otpCountries: v.OTP_COUNTRIES,
    otpSend: {
      mobile: v.OTP_SEND_BUDGET_MOBILE,
      address: v.OTP_SEND_BUDGET_ADDRESS,
      total: v.OTP_SEND_BUDGET_TOTAL,
    },
    otpGuess: {
      mobileAddress: v.OTP_GUESS_BUDGET_MOBILE_ADDRESS,
      address: v.OTP_GUESS_BUDGET_ADDRESS,
      mobile: v.OTP_GUESS_BUDGET_MOBILE,
    },
    staffSignIn: { address: v.STAFF_SIGN_IN_BUDGET_ADDRESS, username: v.STAFF_SIGN_IN_BUDGET_USERNAME },
    staffLookups: v.STAFF_LOOKUP_BUDGET,
    usableHere: v.USABLE_HERE_BUDGET,
    passes: v.PASS_BUDGET,
    trustedProxyHops: v.TRUSTED_PROXY_HOPS,
  };
}
