// Resident memory of a server and everything it started (`next start` may fork workers), from Linux's
// /proc: the parent links come from every process's stat line, so children of any thread are found.
import { readdirSync, readFileSync } from "node:fs";

function childrenByParent(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      // The command name may hold spaces and parentheses: fields after the last ")" are fixed.
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we looked
    }
  }
  return children;
}

function rssKiB(pid: number): number | undefined {
  try {
    const match = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return Number(match?.[1] ?? 0);
  } catch {
    return undefined; // gone
  }
}

/** `pid` and its descendants (at most 64), parents first. */
export function processTree(pid: number): number[] {
  const children = childrenByParent();
  const tree: number[] = [];
  const queue = [pid];
  while (queue.length > 0 && tree.length < 64) {
    const next = queue.shift()!;
    tree.push(next);
    queue.push(...(children.get(next) ?? []));
  }
  return tree;
}

/** Bytes resident in `pid` and its descendants, in total and per process. */
export function treeRssBytes(pid: number): { total: number; processes: { pid: number; rss: number }[] } {
  const processes = processTree(pid).flatMap((each) => {
    const kib = rssKiB(each);
    return kib === undefined ? [] : [{ pid: each, rss: kib * 1024 }];
  });
  return { total: processes.reduce((sum, p) => sum + p.rss, 0), processes };
}

/** The same, in whole MB, as the system tests report it. */
export function treeRssMb(pid: number): number {
  return Math.round(treeRssBytes(pid).total / 1024 / 1024);
}
