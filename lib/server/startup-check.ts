import { getCapillaryConfig } from "@/lib/capillary/request/config";
import { readRedisUrl } from "@/lib/server/store";

// A misconfigured deployment stops here with a message naming each bad variable, instead of failing on a
// shopper's first request.
try {
  getCapillaryConfig();
  readRedisUrl();
  if (!process.env.NEXTAUTH_SECRET) throw new Error("NEXTAUTH_SECRET is not set: sessions can't be signed.");
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
