// Starts a throwaway Debian `redis-server` on a free loopback port for tests: no persistence, no system
// service involved, stopped by the caller. Never imported by the app.
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { freePort } from "./ports";

export interface RunningRedis {
  url: string;
  port: number;
  stop(): Promise<void>;
}

const CANDIDATES = [process.env.REDIS_SERVER, "/usr/bin/redis-server", "/usr/local/bin/redis-server"];

// lib/store/redis-store.test.ts takes its port from here too.
export { freePort };

export function findRedisServer(): string | undefined {
  return CANDIDATES.find((candidate): candidate is string => !!candidate && existsSync(candidate));
}

export async function startRedisServer(port?: number): Promise<RunningRedis> {
  const binary = findRedisServer();
  if (!binary) throw new Error("redis-server not found: sudo apt-get install -y redis-server");
  const chosen = port ?? (await freePort());
  const child = spawn(
    binary,
    [
      "--port",
      String(chosen),
      "--bind",
      "127.0.0.1",
      "--save",
      "",
      "--appendonly",
      "no",
      "--protected-mode",
      "yes",
    ],
    { stdio: ["ignore", "pipe", "pipe"] },
  );
  let output = "";
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`redis-server did not start:\n${output}`)), 10_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes("Ready to accept connections")) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout.on("data", onData);
    child.stderr.on("data", onData);
    child.once("exit", (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited (${code}):\n${output}`));
    });
  });
  child.stdout.removeAllListeners("data");
  child.stderr.removeAllListeners("data");
  child.stdout.resume();
  child.stderr.resume();
  return {
    url: `redis://127.0.0.1:${chosen}`,
    port: chosen,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once("exit", () => resolve());
        child.kill("SIGTERM");
      }),
  };
}
