// Runs once when the server starts: a misconfigured deployment stops here with a message naming each bad
// variable, instead of failing on a shopper's first request.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { getCapillaryConfig } = await import("@/lib/capillary/config");
  try {
    getCapillaryConfig();
    if (!process.env.NEXTAUTH_SECRET)
      throw new Error("NEXTAUTH_SECRET is not set: sessions can't be signed.");
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
