import "server-only";
import { processSingleton } from "@/lib/server/singleton";

import type { Agent } from "undici";

import { createBasicAuth, createOAuthAuth, fetchOAuthToken, type AuthProvider } from "./request/auth";
import type { BreakerOptions } from "./request/breaker";
import { checkCouponCodes, type CheckCouponCodesInput } from "./resources/code-check";
import { getEnv } from "@/lib/server/env";
import { metrics } from "@/lib/server/metrics";
import type { CapillaryConfig } from "./request/config";
import { listCouponPage, type CouponPageQuery } from "./resources/coupon-pages";
import { checkRedeemable, reactivate, redeem, type RedeemInput } from "./resources/redemptions";
import { listCustomerCoupons } from "./resources/coupons";
import {
  getCustomerProfile,
  lookupCustomerDetails,
  lookupCustomerId,
  type CustomerLookup,
} from "./resources/customers";
import { createHttp, type CallObserver } from "./request/http";
import { jsonLineLogger, type Logger } from "./request/log";
import { generateOtp, validateOtp, type OtpTarget, type OtpVerdict } from "./resources/otp";
import type { ResourceContext } from "./request/resource-context";
import { getCouponSeries } from "./resources/series";
import { createKeepAliveAgent, createTransport, type FetchLike } from "./request/transport";
import type {
  CodeCheck,
  Coupon,
  CouponCodeCase,
  CouponPage,
  CustomerProfile,
  Redeemability,
  RedeemOutcome,
  SeriesSummary,
} from "./types";

/**
 * The one door to Capillary. Everything else in the app talks to this interface in its own types; URLs,
 * auth and JSON shapes stay behind it.
 */
export interface CapillaryClient {
  listCustomerCoupons(customerId: string, options?: { codeCase?: CouponCodeCase }): Promise<Coupon[]>;
  /** One page of the paginated list; complete its coupons with `withSeries`. */
  listCouponPage(query: CouponPageQuery): Promise<CouponPage>;
  checkRedeemable(input: { customerId: string; codes: readonly string[] }): Promise<Redeemability[]>;
  redeem(input: RedeemInput): Promise<RedeemOutcome[]>;
  reactivate(redemptionIds: readonly string[]): Promise<void>;
  getCouponSeries(ids: readonly string[]): Promise<Map<string, SeriesSummary>>;
  checkCouponCodes(input: CheckCouponCodesInput): Promise<CodeCheck[]>;
  generateOtp(target: OtpTarget): Promise<void>;
  validateOtp(input: OtpTarget & { code: string }): Promise<OtpVerdict>;
  lookupCustomerId(lookup: CustomerLookup): Promise<string | null>;
  lookupCustomerDetails(lookup: CustomerLookup): Promise<CustomerProfile | null>;
  getCustomerProfile(customerId: string): Promise<CustomerProfile | null>;
  /** Closes pooled connections (tests, graceful shutdown). */
  close(): Promise<void>;
}

export interface CapillaryClientDeps {
  /** Replaces undici's fetch (then no agent is created). */
  fetch?: FetchLike;
  /** An undici Agent/dispatcher to use instead of creating one. */
  dispatcher?: Agent;
  /** Clock for token expiry, in epoch milliseconds. */
  now?: () => number;
  /** Wait between retries. */
  sleep?: (ms: number) => Promise<void>;
  /** First retry backoff step in ms (default 200). */
  retryBaseDelayMs?: number;
  /** Circuit breaker thresholds (default 5 failed calls, 10 s open). */
  breaker?: BreakerOptions;
  /** Told of every call and of the breaker's state (metrics). */
  observer?: CallObserver;
  logger?: Logger;
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function createCapillaryClient(
  config: CapillaryConfig,
  deps: CapillaryClientDeps = {},
): CapillaryClient {
  const logger = deps.logger ?? jsonLineLogger;
  const transport = createTransport({
    ...(deps.fetch
      ? { fetch: deps.fetch }
      : { agent: deps.dispatcher ?? createKeepAliveAgent(config.timeoutMs) }),
  });
  const configAuth = config.auth;
  const auth: AuthProvider =
    configAuth.kind === "basic"
      ? createBasicAuth(configAuth.username, configAuth.password)
      : createOAuthAuth({
          fetchToken: () =>
            fetchOAuthToken({
              transport,
              baseUrl: config.baseUrl,
              key: configAuth.key,
              secret: configAuth.secret,
              timeoutMs: config.timeoutMs,
              logger,
            }),
          logger,
          ...(deps.now ? { now: deps.now } : {}),
        });
  const http = createHttp({
    baseUrl: config.baseUrl,
    auth,
    transport,
    timeoutMs: config.timeoutMs,
    maxRetries: config.maxRetries,
    retryBaseDelayMs: deps.retryBaseDelayMs ?? 200,
    sleep: deps.sleep ?? defaultSleep,
    logger,
    ...(deps.breaker ? { breaker: deps.breaker } : {}),
    ...(deps.observer ? { observer: deps.observer } : {}),
  });
  const ctx: ResourceContext = { http, logger, timeZone: config.orgTimeZone };

  return {
    listCustomerCoupons: (customerId, options) => listCustomerCoupons(ctx, customerId, options),
    listCouponPage: (query) => listCouponPage(ctx, query),
    checkRedeemable: (input) => checkRedeemable(ctx, input),
    redeem: (input) => redeem(ctx, input),
    reactivate: (ids) => reactivate(ctx, ids),
    getCouponSeries: (ids) => getCouponSeries(ctx, ids),
    checkCouponCodes: (input) => checkCouponCodes(ctx, input),
    generateOtp: (target) => generateOtp(ctx, target),
    validateOtp: (input) => validateOtp(ctx, input),
    lookupCustomerId: (lookup) => lookupCustomerId(ctx, lookup),
    lookupCustomerDetails: (lookup) => lookupCustomerDetails(ctx, lookup),
    getCustomerProfile: (customerId) => getCustomerProfile(ctx, customerId),
    close: () => transport.close(),
  };
}

const circuit = () => processSingleton("capillary-circuit", () => ({ open: false, since: Date.now() }));

/** Whether this instance's circuit breaker is failing Capillary calls fast, and since when (readiness). */
export function capillaryCircuit(): { open: boolean; since: number } {
  return { ...circuit() };
}

/** Capillary's calls and breaker, counted for /api/metrics. */
const metricsObserver: CallObserver = {
  call: ({ endpoint, method, outcome, seconds }) => {
    const m = metrics();
    m.capillaryCalls.inc({ endpoint, method, outcome });
    m.capillaryDuration.observe({ endpoint, method, outcome }, seconds);
  },
  breaker: (open) => {
    metrics().breakerOpen.set(open ? 1 : 0);
    Object.assign(circuit(), { open, since: Date.now() });
  },
};

/** The process-wide client (one connection pool, one OAuth token), built on first use from the environment. */
export function getCapillary(): CapillaryClient {
  return processSingleton("capillary", () =>
    createCapillaryClient(getEnv().capillary, { observer: metricsObserver }),
  );
}

export type { CheckCouponCodesInput } from "./resources/code-check";
export type { CallObserver } from "./request/http";
export type { CouponPageQuery } from "./resources/coupon-pages";
export type { RedeemInput } from "./resources/redemptions";
export { withSeries } from "./mappers/to-listed-coupon";
export type { CapillaryAuthConfig, CapillaryConfig } from "./request/config";
export type { CustomerLookup } from "./resources/customers";
export {
  CapillaryError,
  isCapillaryError,
  isOutage,
  OUTAGE_KINDS,
  type CapillaryErrorKind,
} from "./request/errors";
export type { Logger, LogEntry } from "./request/log";
export type { OtpTarget, OtpVerdict } from "./resources/otp";
export { collectRequestIds } from "./request/request-ids";
export type * from "./types";
