import { readFile } from "node:fs/promises";
import path from "node:path";

// The barcode reader's WebAssembly, served from our own origin (no CDN: the CSP allows only 'self', and
// a shop's network may block third parties). Only this one file name is served.
const WASM_FILE = "zxing_reader.wasm";

export const dynamic = "force-static";

export function generateStaticParams() {
  return [{ file: WASM_FILE }];
}

export async function GET(_request: Request, { params }: RouteContext<"/scanner/[file]">) {
  const { file } = await params;
  if (file !== WASM_FILE) return new Response("Not found", { status: 404 });
  const wasm = await readFile(path.join(process.cwd(), "node_modules/zxing-wasm/dist/reader", WASM_FILE));
  return new Response(new Uint8Array(wasm), {
    headers: { "Content-Type": "application/wasm", "Cache-Control": "public, max-age=31536000, immutable" },
  });
}
