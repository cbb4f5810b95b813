// CPU time used by a server and everything it started, from Linux's /proc (user + system time of each live
// process). A count of work done, unlike a latency: what the machine's other load does not change.
import { readFileSync } from "node:fs";
import { processTree } from "./memory";

// Linux reports times in clock ticks; 100 a second on every architecture Node ships for.
const MS_PER_TICK = 10;

function cpuTicks(pid: number): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return Number(fields[11]) + Number(fields[12]); // utime, stime
  } catch {
    return undefined; // gone
  }
}

/** Milliseconds of CPU `pid` and its descendants have used so far. */
export function treeCpuMs(pid: number): number {
  return processTree(pid).reduce((ticks, each) => ticks + (cpuTicks(each) ?? 0), 0) * MS_PER_TICK;
}
