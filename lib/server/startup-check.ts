import { getEnv } from "@/lib/server/env";

// A misconfigured deployment stops here with a message naming each bad variable, instead of failing on a
// shopper's first request.
try {
  getEnv();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
