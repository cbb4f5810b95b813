/** @type {import('next').NextConfig} */
const nextConfig = {
  // A second checkout of the app (e.g. a parallel test run) can build beside the first.
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  reactStrictMode: true,
  poweredByHeader: false,
  // The emulator and its fixtures are a separate program; keep them out of the server trace.
  outputFileTracingExcludes: { "*": ["emulator/**", "fixtures/**", "e2e/**"] },
};

export default nextConfig;
