import "server-only";

import type { CapillaryConfig } from "@/lib/capillary";
import type { RuntimeEnv } from "./app";
import type { StoreEnv } from "./store";

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function insecure(url: string | undefined): boolean {
  if (!url || !URL.canParse(url)) return false;
  const { protocol, hostname } = new URL(url);
  return protocol !== "https:" && !LOOPBACK.has(hostname);
}

/**
 * What a production deployment must not get wrong, however its sections read on their own: credentials
 * and session cookies only over https (loopback excepted, for local runs and tests), and no silent split
 * of limits and sign-outs between instances that share no store.
 */
export function productionProblems(
  capillary: CapillaryConfig | undefined,
  runtime: RuntimeEnv | undefined,
  store: StoreEnv,
): string[] {
  const problems: string[] = [];
  if (capillary && insecure(capillary.baseUrl))
    problems.push("CAPILLARY_BASE_URL must use https in production: the OAuth secret would travel in clear");
  if (runtime && insecure(runtime.publicUrl))
    problems.push("NEXTAUTH_URL must use https in production: session cookies would travel in clear");
  if (runtime && !runtime.demoMode && !store.redisUrl && !runtime.singleInstance)
    problems.push(
      "REDIS_URL is required in production: instances without a shared store each keep their own limits and sign-outs (set WALLET_SINGLE_INSTANCE=1 if exactly one instance runs)",
    );
  return problems;
}
