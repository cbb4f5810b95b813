// Loopback ports for the servers tests start. A test must talk to the server it started: a port some
// other process already holds would answer health checks for it, so callers check first.
import { createServer } from "node:net";

function listenOnce(port: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () => {
      const address = server.address();
      const bound = typeof address === "object" && address ? address.port : 0;
      server.close(() => resolve(bound));
    });
  });
}

/** A port nothing listens on right now, chosen by the OS. */
export function freePort(): Promise<number> {
  return listenOnce(0);
}

/** Throws, naming the port and who asked, when something already listens on it. */
export async function assertPortFree(port: number, purpose: string): Promise<void> {
  try {
    await listenOnce(port);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new Error(`port ${port} (${purpose}) is not free (${code}); stop what holds it or pick another`);
  }
}
