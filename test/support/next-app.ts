// A finished build served on a loopback port, as its own process with an explicit environment, ready once
// /<healthPath> answers. Each caller picks the port and the build (dir and dist dir). A project with its own
// server.mjs (main's, which hands the app each connection's real peer address) is served by it, as in
// production; otherwise by `next start`.
import { existsSync } from "node:fs";
import path from "node:path";
import { assertPortFree } from "./ports";
import { NEXT_BIN, ROOT } from "./paths";
import { start, type Started } from "./processes";
import { waitForHttp } from "./wait-for-http";

export interface NextAppOptions {
  name: string;
  port: number;
  /** What the server sees on top of this process's environment. */
  env: Record<string, string>;
  /** The project to serve (default: this checkout) and its build folder (default: `.next`). */
  dir?: string;
  distDir?: string;
  healthPath?: string;
  logFile?: string;
  /** Options for node itself, e.g. ["--cpu-prof"]. */
  nodeArgs?: string[];
  echo?: boolean;
}

export interface NextApp extends Started {
  url: string;
  pid: number;
}

export async function startNextApp(options: NextAppOptions): Promise<NextApp> {
  const { name, port, dir = ROOT, healthPath = "/api/health" } = options;
  await assertPortFree(port, name);
  const server = path.join(dir, "server.mjs");
  const serve = existsSync(server) ? [server] : [NEXT_BIN, "start", "-p", String(port), "-H", "127.0.0.1"];
  const args = [...(options.nodeArgs ?? []), ...serve];
  const proc = start(name, process.execPath, args, {
    cwd: dir,
    env: {
      ...process.env,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      ...options.env,
      ...(options.distDir ? { NEXT_DIST_DIR: options.distDir } : {}),
      PORT: String(port),
      HOSTNAME: "127.0.0.1",
    },
    logFile: options.logFile,
    echo: options.echo,
  });
  const url = `http://127.0.0.1:${port}`;
  try {
    await waitForHttp(`${url}${healthPath}`, 60_000, proc);
  } catch (error) {
    await proc.stop();
    throw error;
  }
  return { ...proc, url, pid: proc.child.pid ?? 0 };
}
