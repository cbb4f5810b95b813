import "server-only";

import path from "node:path";

import type { CapillaryConfig } from "@/lib/capillary";
import { readApp, type DisplayEnv, type RuntimeEnv, type SessionEnv } from "./app";
import { readBrand, type BrandEnv } from "./brand";
import { readCapillary } from "./capillary";
import { ConfigError } from "./config-error";
import type { RawEnv } from "./fields";
import { readLimits, type LimitsEnv } from "./limits";
import { productionProblems } from "./production";
import { readPasses, type PassesEnv } from "./passes";
import { readReminders, type RemindersEnv } from "./reminders";
import { readStaff, type StaffEnv } from "./staff";
import { readStore, type StoreEnv } from "./store";
import { readTill, type TillEnv } from "./till";

/**
 * The app's whole configuration, from the environment, validated once. This is the only module that reads
 * `process.env` (lint enforces it): everything else asks `getEnv()` for a typed, checked value.
 */
export interface AppEnv {
  capillary: CapillaryConfig;
  session: SessionEnv;
  display: DisplayEnv;
  brand: BrandEnv;
  staff: StaffEnv;
  store: StoreEnv;
  runtime: RuntimeEnv;
  limits: LimitsEnv;
  reminders: RemindersEnv;
  till: TillEnv;
  passes: PassesEnv;
}

/** Every section at once, so a misconfigured deploy hears about every bad variable in one go. */
export function loadEnv(raw: RawEnv = process.env): AppEnv {
  const problems: string[] = [];
  const capillary = readCapillary(raw, problems);
  const app = readApp(raw, problems);
  const brand = readBrand(raw, problems, path.join(process.cwd(), "public"));
  const staff = readStaff(raw, problems);
  const store = readStore(raw, problems);
  const limits = readLimits(raw, problems);
  const reminders = readReminders(raw, problems);
  const till = readTill(raw, problems);
  const passes = readPasses(raw, problems);
  if (reminders?.testToken && app && !app.runtime.demoMode)
    problems.push("REMINDER_TEST_TOKEN is for the demo and tests only (with DEMO_MODE=1)");
  if (raw.NODE_ENV === "production") problems.push(...productionProblems(capillary, app?.runtime, store));
  if (
    !capillary ||
    !app ||
    !brand ||
    !staff ||
    !limits ||
    !reminders ||
    !till ||
    !passes ||
    problems.length > 0
  )
    throw new ConfigError(problems);
  return { capillary, ...app, brand, staff, store, limits, reminders, till, passes };
}

let memo: AppEnv | undefined;

/** Read on first use (not at import) so `next build` works without the deploy's variables. */
export function getEnv(): AppEnv {
  memo ??= loadEnv();
  return memo;
}

export { ConfigError } from "./config-error";
export type { BrandEnv, BrandLogo } from "./brand";
export type { ApplePassEnv, GooglePassEnv, PassesEnv } from "./passes";
export type { DisplayEnv, LimitsEnv, RemindersEnv, RuntimeEnv, SessionEnv, StaffEnv, StoreEnv, TillEnv };
export type { TillChoice } from "./till";
export type { BudgetWindow } from "./limits";
