import { withSerwist } from "@serwist/turbopack";
import createNextIntlPlugin from "next-intl/plugin";
import { API_CONTENT_SECURITY_POLICY, securityHeaders } from "./lib/server/security/static-headers.js";

/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second checkout of the app (e.g. a parallel test run) can build beside the first.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  // A self-contained server folder (<distDir>/standalone) that runs with plain node and no node_modules of
  // ours; scripts/standalone.mjs adds what Next leaves out (server.mjs, public/, static files).
  output: "standalone",
  poweredByHeader: false,
  // `npm test` type-checks the whole project first (its typecheck step, tsc) and then builds for the
  // end-to-end and system tests: it sets WALLET_TYPES_CHECKED so that build doesn't check the same sources
  // again (about 30 s here). Every other build (npm start, npm run build, Docker, a lone test:e2e) checks.
  typescript: { ignoreBuildErrors: process.env.WALLET_TYPES_CHECKED === "1" },
  experimental: {
    // The stylesheet is small (about 6 kB): inlined, it costs no render-blocking request before first paint.
    inlineCss: true,
  },
  // The emulator and its fixtures are a separate program; keep them out of the server trace.
  outputFileTracingExcludes: { "*": ["emulator/**", "fixtures/**", "e2e/**"] },
  // Headers every response gets, static files included; a page's CSP (with its nonce) comes from proxy.ts.
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders(process.env.NODE_ENV === "production") },
      {
        source: "/api/:path*",
        headers: [{ key: "Content-Security-Policy", value: API_CONTENT_SECURITY_POLICY }],
      },
    ];
  },
};

// Languages (docs/i18n.md): the request config in i18n/request.ts, and the messages precompiled at build
// time so the browser formats them with a few hundred bytes of code instead of an ICU message parser.
const withNextIntl = createNextIntlPlugin({
  requestConfig: "./i18n/request.ts",
  experimental: { messages: { path: "./messages", format: "json", locales: "infer", precompile: true } },
});

export default withSerwist(withNextIntl(nextConfig));
