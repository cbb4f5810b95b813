import "server-only";

/** What the client needs to reach Capillary; read from the environment by lib/server/env. */
export type CapillaryAuthConfig =
  { kind: "oauth"; key: string; secret: string } | { kind: "basic"; username: string; password: string };

export interface CapillaryConfig {
  /** Scheme + host (+ optional path prefix), never a trailing slash. */
  baseUrl: string;
  auth: CapillaryAuthConfig;
  timeoutMs: number;
  maxRetries: number;
  /** IANA zone in which v1.1's zone-less dates are read. */
  orgTimeZone: string;
}
