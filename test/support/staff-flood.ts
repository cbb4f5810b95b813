// Staff sign-ins with rotating usernames, sent from a process of their own (staff-sign-in-flood.ts):
// the e2e suite checks what the audit makes of them, the system run what they do to the wallet's latency.
import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./paths";

const FLOOD_SCRIPT = path.join(ROOT, "test", "support", "staff-sign-in-flood.ts");

export interface StaffFlood {
  /** Resolves when the attacker's process has started and sends its first round. */
  started: Promise<void>;
  /** Each round's HTTP statuses, once the last round is answered. */
  rounds: Promise<number[][]>;
}

export interface FloodOptions {
  /** Addresses each round comes from: 127.0.<round>.<firstOctet + i>. */
  addresses?: number;
  /** Round after round for this long; 0: one round. */
  durationMs?: number;
}

/** `count` sign-ins at once from each of the round's addresses (one, 127.0.0.<firstOctet>, by default). */
export function floodStaffSignIns(
  appUrl: string,
  firstOctet: number,
  count: number,
  { addresses = 1, durationMs = 0 }: FloodOptions = {},
): StaffFlood {
  const flood = spawn(
    process.execPath,
    ["--import", "tsx", FLOOD_SCRIPT, appUrl, ...[firstOctet, count, addresses, durationMs].map(String)],
    { cwd: ROOT, stdio: ["ignore", "pipe", "inherit"] },
  );
  let out = "";
  let markStarted: () => void;
  const started = new Promise<void>((resolve) => (markStarted = resolve));
  flood.stdout.on("data", (chunk: Buffer) => {
    out += chunk.toString();
    if (out.startsWith("ready\n")) markStarted();
  });
  const rounds = new Promise<number[][]>((resolve, reject) => {
    flood.on("error", reject);
    flood.on("exit", (code) =>
      code === 0
        ? resolve(JSON.parse(out.slice("ready\n".length)) as number[][])
        : reject(new Error(`flood exited ${code}`)),
    );
  });
  return { started: Promise.race([started, rounds.then(() => undefined)]), rounds };
}
