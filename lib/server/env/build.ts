// Where `next build` writes the app. Read at build time by the service worker route, before (and without)
// the deploy's runtime settings, so it stands apart from `getEnv()`.
export function buildDistDir(): string {
  return process.env.NEXT_DIST_DIR?.trim() || ".next";
}
