/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // The emulator and its fixtures are a separate program; keep them out of the server trace.
  outputFileTracingExcludes: { "*": ["emulator/**", "fixtures/**", "e2e/**"] },
};

export default nextConfig;
