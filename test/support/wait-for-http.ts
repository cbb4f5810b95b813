import type { Started } from "./processes";

/**
 * Polls `url` until it answers (any status below 500), at most `timeoutMs`. Given the process that should
 * answer, fails at once (with its last lines) when it exits instead, e.g. on a port already in use.
 */
export async function waitForHttp(url: string, timeoutMs: number, proc?: Started): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (proc && proc.child.exitCode !== null)
      throw new Error(`${proc.name} exited before ${url} answered:\n${proc.tail()}`);
    try {
      const response = await fetch(url, { signal: AbortSignal.timeout(2000), redirect: "manual" });
      await response.arrayBuffer();
      if (response.status < 500) return;
    } catch {
      // not yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`${url} did not answer within ${timeoutMs} ms${proc ? `:\n${proc.tail()}` : ""}`);
}
