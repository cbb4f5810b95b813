import "server-only";

import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from "prom-client";
import { processSingleton } from "@/lib/server/singleton";

/**
 * What the people who run the app watch (Prometheus, scraped from /api/metrics with a token): Capillary
 * calls by endpoint template and outcome with their latency, the circuit breaker, cache hits, one-time codes
 * sent and every budget that refused someone.
 */
function create() {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const registers = [registry];
  return {
    registry,
    capillaryCalls: new Counter({
      name: "capillary_calls_total",
      help: "Calls to Capillary by endpoint template, method and outcome (ok or the error kind).",
      labelNames: ["endpoint", "method", "outcome"] as const,
      registers,
    }),
    capillaryDuration: new Histogram({
      name: "capillary_call_duration_seconds",
      help: "Time per Capillary call (one attempt), by endpoint template and outcome.",
      labelNames: ["endpoint", "method", "outcome"] as const,
      buckets: [0.025, 0.05, 0.1, 0.25, 0.5, 1, 2, 4, 8],
      registers,
    }),
    breakerOpen: new Gauge({
      name: "capillary_circuit_open",
      help: "1 while the circuit breaker fails calls fast, 0 otherwise.",
      registers,
    }),
    cacheLookups: new Counter({
      name: "cache_lookups_total",
      help: "Cache lookups by cache and result (hit, miss, stale).",
      labelNames: ["cache", "result"] as const,
      registers,
    }),
    otpSends: new Counter({
      name: "otp_sends_total",
      help: "One-time codes asked of Capillary, by outcome.",
      labelNames: ["outcome"] as const,
      registers,
    }),
    budgetRejections: new Counter({
      name: "budget_rejections_total",
      help: "Requests refused by a budget (sign-in sends and guesses, staff sign-ins and look-ups).",
      labelNames: ["budget"] as const,
      registers,
    }),
  };
}

export const metrics = () => processSingleton("metrics", create);
