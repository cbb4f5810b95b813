import { createSerwistRoute } from "@serwist/turbopack";
import { buildDistDir } from "@/lib/server/env/build";

// Serves /serwist/sw.js, bundled at build time with the list of the build's static files to precache, so
// the wallet (and its till view) work offline after one online visit.
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: "sw/service-worker.ts",
  useNativeEsbuild: true,
  nextConfig: { distDir: buildDistDir() },
  globPatterns: [`${buildDistDir()}/static/**/*.{js,css}`],
});
