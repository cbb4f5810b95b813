// Requests from a loopback address of the test's choosing (127.0.0.x), so a per-address budget they spend
// is theirs alone and not that of every browser in the worker (which all come from 127.0.0.1). Node's own
// http client: undici's Agent drops `connect.localAddress` and sends from 127.0.0.1.
import { request, type IncomingHttpHeaders } from "node:http";

export interface SentAnswer {
  status: number;
  headers: IncomingHttpHeaders;
  text: string;
}

export function sendFrom(
  localAddress: string,
  url: string,
  init: { method?: string; headers?: Record<string, string>; body?: string } = {},
): Promise<SentAnswer> {
  return new Promise((resolve, reject) => {
    const sent = request(
      url,
      { method: init.method ?? "GET", headers: init.headers, localAddress },
      (res) => {
        let text = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (text += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, text }));
        res.on("error", reject);
      },
    );
    sent.on("error", reject);
    sent.end(init.body);
  });
}
