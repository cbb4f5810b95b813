// The configuration `next start` / `next dev` would see: the process environment over the project's .env
// files (.env.$mode.local, .env.local, .env.$mode, .env: earlier wins), read by Next's own loader so that
// quoting, comments and $EXPANSION read exactly as Next reads them.
import nextEnv from "@next/env";

export function loadProjectEnv(
  dir: string,
  mode: "start" | "dev",
  processEnv: Readonly<Record<string, string | undefined>>,
): Record<string, string | undefined> {
  // Copied first: the caller may pass process.env itself, which is emptied below while the loader runs.
  const given = { ...processEnv };
  const saved = { ...process.env };
  // The loader reads and writes process.env (and a snapshot of it taken on first use): run it on an empty
  // one, so what comes back is the files alone, then put everything back.
  const nodeEnv = mode === "dev" ? "development" : "production";
  const emptied = Object.fromEntries(Object.keys(saved).map((key) => [key, undefined]));
  for (const key of Object.keys(process.env)) delete process.env[key];
  Object.assign(process.env, { NODE_ENV: nodeEnv });
  nextEnv.updateInitialEnv({ ...emptied, NODE_ENV: nodeEnv });
  try {
    const quiet = { info: () => {}, error: console.error };
    const { combinedEnv } = nextEnv.loadEnvConfig(dir, mode === "dev", quiet, true);
    const { NODE_ENV: _mode, __NEXT_PROCESSED_ENV: _marker, ...fromFiles } = combinedEnv;
    return { ...fromFiles, ...given };
  } finally {
    for (const key of Object.keys(process.env)) delete process.env[key];
    Object.assign(process.env, saved);
    nextEnv.updateInitialEnv(saved);
  }
}
