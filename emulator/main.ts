// CLI: `npx tsx emulator/main.ts` (or `npm run emulator`). Configured by environment variables:
// EMULATOR_PORT (4010), EMULATOR_HOST (127.0.0.1), EMULATOR_TOKEN_TTL_SECONDS (3600),
// EMULATOR_LATENCY_MS (0), EMULATOR_ERROR_RATE (0), EMULATOR_CONTROL_TOKEN (a random one, printed).
import { DEMO_CREDENTIALS } from "./credentials";
import { startEmulator } from "./server";

function numberFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw.trim() === "") return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0) {
    console.error(`${name} must be a non-negative number, got "${raw}"`);
    process.exit(1);
  }
  return value;
}

const emulator = await startEmulator({
  port: numberFromEnv("EMULATOR_PORT", 4010),
  host: process.env.EMULATOR_HOST || "127.0.0.1",
  oauth: {
    key: DEMO_CREDENTIALS.oauthKey,
    secret: DEMO_CREDENTIALS.oauthSecret,
    ttlSeconds: numberFromEnv("EMULATOR_TOKEN_TTL_SECONDS", 3600),
  },
  latencyMs: numberFromEnv("EMULATOR_LATENCY_MS", 0),
  errorRate: Math.min(1, numberFromEnv("EMULATOR_ERROR_RATE", 0)),
  ...(process.env.EMULATOR_CONTROL_TOKEN ? { controlToken: process.env.EMULATOR_CONTROL_TOKEN } : {}),
});
console.log(`Capillary emulator listening on ${emulator.url}`);
console.log(
  `Test hooks under ${emulator.url}/__emulator/ need the header x-emulator-token: ${emulator.controlToken}`,
);

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log(`Capillary emulator stopping (${signal})`);
  await emulator.close();
  process.exit(0);
}
process.on("SIGINT", () => void stop("SIGINT"));
process.on("SIGTERM", () => void stop("SIGTERM"));
