/** Where to go after sign-in: only a path on this site, never another origin (open-redirect guard). */
export function safeCallbackPath(value: unknown, fallback = "/wallet"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.includes("\\")) {
    return fallback;
  }
  return value;
}
