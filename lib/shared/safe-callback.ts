// Where to go after sign-in: only a path on this site, never another origin (open-redirect guard).
//
// The value is parsed as a URL against a stand-in origin of our own, exactly as a browser resolves a
// relative location, and kept only when it resolves to that same origin. String checks ("starts with /")
// are not enough: browsers strip tabs and newlines and read "\" as "/", so "/\t/evil.example" and
// "/\\evil.example" lead off-site.

const HOME = "https://wallet.invalid";

/** A same-site path (with its query and fragment), or `fallback`. */
export function safeCallbackPath(value: unknown, fallback = "/wallet"): string {
  if (typeof value !== "string" || value === "" || value.length > 2048) return fallback;
  // Anything that is not plainly a path (a scheme, "//host", "\") is refused before parsing.
  if (!value.startsWith("/") || /[\u0000-\u001f\u007f\\]/.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, HOME);
  } catch {
    return fallback;
  }
  if (url.origin !== HOME) return fallback;
  // Some proxies and frameworks decode a path again before redirecting: once decoded it must still not
  // begin "//" (or "/" and a space or tab), nor hold a control character or a backslash.
  const decoded = safeDecode(url.pathname);
  if (decoded === null || /^\/[\s\/]|[\u0000-\u001f\u007f\\]/.test(decoded)) return fallback;
  return `${url.pathname}${url.search}${url.hash}`;
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}
