/**
 * The Content-Security-Policy for one response. Scripts need this response's nonce ('strict-dynamic' lets
 * Next's own chunk loader add more); no 'unsafe-eval' outside development, where React needs it.
 * Inline styles stay allowed: React's style attributes and Next's route announcer use them, and styles
 * can't run code. Images come from this origin, and from the brand's logo host when it has one.
 */
export function contentSecurityPolicy(
  nonce: string,
  options: { development: boolean; imageOrigins?: readonly string[] },
): string {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets the staff scanner compile its barcode reader; it does not allow eval().
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic' 'wasm-unsafe-eval'${options.development ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
    // Plus the brand's logo host when WALLET_BRAND_LOGO is an https address.
    ["img-src 'self' data: blob:", ...(options.imageOrigins ?? [])].join(" "),
    "font-src 'self'",
    "connect-src 'self'",
    "media-src 'self' blob:",
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}
