import "server-only";

import { z } from "zod";

import { LOCALES, type AppLocale } from "@/lib/shared/i18n/locales";
import { blankToUndefined, intInRange, optionalString, readSection, timeZone, type RawEnv } from "./fields";

function isLocale(value: string): boolean {
  try {
    return Intl.getCanonicalLocales(value).length === 1;
  } catch {
    return false;
  }
}

function isCurrency(value: string): boolean {
  try {
    new Intl.NumberFormat("en", { style: "currency", currency: value });
    return /^[A-Z]{3}$/.test(value);
  } catch {
    return false;
  }
}

const schema = z.object({
  NEXTAUTH_SECRET: z.preprocess(
    blankToUndefined,
    z
      .string({ error: "is not set: sessions can't be signed (openssl rand -base64 32)" })
      .min(32, "must be at least 32 characters: a short secret lets anyone forge a session"),
  ),
  NEXTAUTH_URL: optionalString,
  WALLET_SINGLE_INSTANCE: z.preprocess(blankToUndefined, z.enum(["0", "1"]).optional()),
  WALLET_SERVER: z.preprocess(blankToUndefined, z.enum(["1"]).optional()),
  METRICS_TOKEN: z.preprocess(
    blankToUndefined,
    z.string().min(24, "must be at least 24 characters (openssl rand -hex 16)").optional(),
  ),
  SHOPPER_SESSION_MAX_DAYS: intInRange(1, 90, 7),
  WALLET_LOCALE: z.preprocess(
    blankToUndefined,
    z.string().trim().refine(isLocale, "must be a language tag such as en-IN").default("en-IN"),
  ),
  WALLET_DEFAULT_LOCALE: z.preprocess(
    blankToUndefined,
    z
      .enum(LOCALES, { error: `must be one of the languages the app ships: ${LOCALES.join(", ")}` })
      .default("en"),
  ),
  WALLET_CURRENCY: z.preprocess(
    blankToUndefined,
    z.string().trim().refine(isCurrency, "must be an ISO 4217 code such as INR").default("INR"),
  ),
  WALLET_DEFAULT_TIME_ZONE: timeZone("Asia/Kolkata"),
  DEMO_MODE: z.preprocess(blankToUndefined, z.enum(["0", "1"], { error: 'must be "1" or unset' }).optional()),
  AUDIT_LOG_FILE: optionalString,
  NEXT_DIST_DIR: optionalString,
});

export interface SessionEnv {
  /** Signs and encrypts session cookies (NEXTAUTH_SECRET). */
  secret: string;
  /** A shopper signs in again after this many days, however active (SHOPPER_SESSION_MAX_DAYS). */
  shopperMaxDays: number;
}

export interface DisplayEnv {
  /** The brand's formatting locale (WALLET_LOCALE): its region decides grouping and calendar. */
  locale: string;
  /** The language for a visitor who chose none and whose browser asks for none we speak. */
  defaultLanguage: AppLocale;
  currency: string;
  /** The zone used until a browser reports its own. */
  defaultTimeZone: string;
}

export interface RuntimeEnv {
  /** The app's public URL (NEXTAUTH_URL), when set. */
  publicUrl: string | undefined;
  /** The operator says exactly one instance runs, so an in-memory store is the whole truth. */
  singleInstance: boolean;
  /** Served by server.mjs, which puts each connection's real peer in `x-wallet-peer`. */
  walletServer: boolean;
  /** Bearer token for /api/metrics; unset, there are no metrics over HTTP. */
  metricsToken: string | undefined;
  /** Started by `npm start` with the embedded emulator and demo accounts. */
  demoMode: boolean;
  /** Also append the staff audit log to this file. */
  auditLogFile: string | undefined;
  /** Where `next build` wrote the app (tests and benchmarks build into their own). */
  distDir: string;
}

export function readApp(
  raw: RawEnv,
  problems: string[],
): { session: SessionEnv; display: DisplayEnv; runtime: RuntimeEnv } | undefined {
  const values = readSection(schema, raw, problems);
  if (!values) return undefined;
  return {
    session: { secret: values.NEXTAUTH_SECRET, shopperMaxDays: values.SHOPPER_SESSION_MAX_DAYS },
    display: {
      locale: values.WALLET_LOCALE,
      defaultLanguage: values.WALLET_DEFAULT_LOCALE,
      currency: values.WALLET_CURRENCY,
      defaultTimeZone: values.WALLET_DEFAULT_TIME_ZONE,
    },
    runtime: {
      publicUrl: values.NEXTAUTH_URL,
      singleInstance: values.WALLET_SINGLE_INSTANCE === "1",
      metricsToken: values.METRICS_TOKEN,
      walletServer: values.WALLET_SERVER === "1",
      demoMode: values.DEMO_MODE === "1",
      auditLogFile: values.AUDIT_LOG_FILE,
      distDir: values.NEXT_DIST_DIR ?? ".next",
    },
  };
}
