// Which compression a client takes: shared by the pages' rewrite (document-rewrite.mjs) and the built
// scripts' brotli copies (static-brotli.mjs).

/**
 * The coding to send an answer in, from a request's Accept-Encoding: brotli where the client takes it (every
 * current browser), else gzip, else none. A coding the client gives q=0 is refused; a higher q wins,
 * brotli on a tie.
 */
export function preferredEncoding(header) {
  const weights = new Map();
  for (const part of String(header ?? "").split(",")) {
    const [coding, ...params] = part.trim().split(";");
    const q = params.map((p) => p.trim()).find((p) => p.startsWith("q="));
    weights.set(coding?.trim().toLowerCase(), q === undefined ? 1 : Number(q.slice(2)) || 0);
  }
  const weight = (coding) => weights.get(coding) ?? weights.get("*") ?? 0;
  const best = ["br", "gzip"].reduce((a, b) => (weight(b) > weight(a) ? b : a));
  return weight(best) > 0 ? best : null;
}
