// 1. Page weight: the JavaScript a page loads (gzip -9 of each script body, so app and floor are counted the
// same way whatever the server compresses), next to the bare Next.js page.
import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { Browser, BrowserContext } from "@playwright/test";
import { DEMO_STAFF } from "../test/support/demo";
import type { ShopperSession } from "../test/support/sign-in";
import { URLS } from "./config";
import { phoneContext } from "./browser";

export interface Chunk {
  url: string;
  raw: number;
  gzip: number;
  /** Content hash, to tell which chunks the page shares byte for byte with the floor. */
  sha: string;
  /** Libraries recognised in the chunk (heuristic signatures, for the closing note). */
  contains: string[];
}

export interface PageWeight {
  page: string;
  status: "ok" | "n/a";
  note?: string;
  scripts: number;
  raw: number;
  gzip: number;
  chunks: Chunk[];
  /** The HTML document itself: bytes, and gzip -6 (what a server's default compression sends). */
  document?: DocumentWeight;
}

/** The HTML document, and what its gzip size is made of (each part gzipped on its own, so roughly). */
export interface DocumentWeight {
  raw: number;
  gzip: number;
  stylesheetCopies: number;
  /** One copy of the inline stylesheet; React's payload (inline scripts) less the stylesheet; the markup. */
  parts?: { stylesheetGzip: number; payloadGzip: number; markupGzip: number };
}

const gz = (text: string) => gzipSync(text, { level: 6 }).length;

export function documentWeight(html: Buffer): DocumentWeight {
  const text = html.toString("utf8");
  const css = /<style[^>]*>([\s\S]*?)<\/style>/.exec(text)?.[1] ?? "";
  const scripts = [...text.matchAll(/<script[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? "").join("");
  // In the payload the stylesheet is a string inside a script: JSON-escaped, and <, >, & as \uXXXX.
  const escaped = JSON.stringify(css)
    .slice(1, -1)
    .replace(/[<>&\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
  const markup = text.replace(/<script[^>]*>[\s\S]*?<\/script>/g, "");
  return {
    raw: html.length,
    gzip: gz(text),
    stylesheetCopies: stylesheetCopies(text),
    parts: {
      stylesheetGzip: css ? gz(css) : 0,
      payloadGzip: gz(css ? scripts.split(escaped).join("") : scripts),
      markupGzip: gz(css ? markup.split(css).join("") : markup),
    },
  };
}

/** How many times the document carries its first inline stylesheet (in <style> and in React's payload). */
export function stylesheetCopies(html: string): number {
  const css = /<style[^>]*>([\s\S]{40})/.exec(html)?.[1];
  if (!css) return 0;
  const escaped = JSON.stringify(css).slice(1, -1);
  const count = (text: string) => html.split(text).length - 1;
  // The payload is a JS string inside a JS string: quotes escaped once more.
  const twice = JSON.stringify(escaped).slice(1, -1);
  return count(css) + (escaped !== css ? count(escaped) : 0) + (twice !== escaped ? count(twice) : 0);
}

// Strings that survive minification and name a library. Heuristic: used only to explain a weight.
const SIGNATURES: [string, RegExp][] = [
  ["react-dom", /react-dom|__reactContainer|reactFiber/],
  ["next router", /__NEXT_DATA__|next-router-state-tree|nextjs__container/],
  ["@tanstack/react-query", /QueryClient|HydrationBoundary|queryCache/],
  ["next-auth", /next-auth|\/api\/auth\/session|__NEXTAUTH/],
  ["jsbarcode", /JsBarcode|CODE128/],
  ["uqr (QR)", /QRCode|qrcode|ecc:|ECC/],
  ["zod", /ZodError|zod/],
  ["date-fns", /date-fns|formatDistance|differenceIn/],
  ["serwist (offline)", /Serwist|precacheAndRoute|workbox/],
  ["service-worker registration", /serviceWorker\.register/],
  ["barcode scanner", /BarcodeDetector|zxing|getUserMedia/],
];

/** Libraries that must not be in a page's first load ("loaded only when used"). */
export const HEAVY = ["jsbarcode", "uqr (QR)", "serwist (offline)", "barcode scanner"] as const;

async function measure(context: BrowserContext, url: string, label: string): Promise<PageWeight> {
  const page = await context.newPage();
  const bodies: Promise<Chunk | null>[] = [];
  page.on("response", (response) => {
    const request = response.request();
    if (request.resourceType() !== "script" && !/\.m?js(\?|$)/.test(response.url())) return;
    bodies.push(
      response
        .body()
        .then((body) => {
          const text = body.toString("utf8");
          return {
            url: new URL(response.url()).pathname,
            raw: body.length,
            gzip: gzipSync(body, { level: 9 }).length,
            sha: createHash("sha256").update(body).digest("hex").slice(0, 16),
            contains: SIGNATURES.filter(([, re]) => re.test(text)).map(([name]) => name),
          };
        })
        .catch(() => null),
    );
  });
  const response = await page.goto(url, { waitUntil: "networkidle", timeout: 60_000 });
  const html = await response?.body().catch(() => null);
  const finalPath = new URL(page.url()).pathname;
  const chunks = (await Promise.all(bodies)).filter((c): c is Chunk => c !== null);
  await page.close();
  const expectedPath = new URL(url).pathname;
  if (!response || response.status() >= 400 || finalPath !== expectedPath) {
    return {
      page: label,
      status: "n/a",
      note: `answered ${response?.status() ?? "nothing"} at ${finalPath}`,
      scripts: 0,
      raw: 0,
      gzip: 0,
      chunks: [],
    };
  }
  const unique = new Map(chunks.map((c) => [c.url, c]));
  const list = [...unique.values()].sort((a, b) => b.gzip - a.gzip);
  return {
    page: label,
    status: "ok",
    scripts: list.length,
    raw: list.reduce((s, c) => s + c.raw, 0),
    gzip: list.reduce((s, c) => s + c.gzip, 0),
    chunks: list,
    ...(html ? { document: documentWeight(html) } : {}),
  };
}

type Cookies = Awaited<ReturnType<BrowserContext["cookies"]>>;

/** Signs in as the demo member of staff; the cookies, or why not. */
async function signInStaff(context: BrowserContext): Promise<Cookies | string> {
  const page = await context.newPage();
  try {
    const response = await page.goto(`${URLS.app}/staff/signin`, { waitUntil: "load" });
    if (!response || response.status() >= 400)
      return `/staff/signin answered ${response?.status() ?? "nothing"}`;
    await page.getByLabel("Username").fill(DEMO_STAFF.username);
    await page.getByLabel("Password").fill(DEMO_STAFF.password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.waitForURL((u) => u.pathname === "/staff", { timeout: 20_000 });
    return await context.cookies();
  } catch (error) {
    return `staff sign-in failed: ${error instanceof Error ? error.message.split("\n")[0] : String(error)}`;
  } finally {
    await page.close();
  }
}

export interface PageWeightResult {
  floor: PageWeight;
  pages: PageWeight[];
}

export async function pageWeight(browser: Browser, asha: ShopperSession): Promise<PageWeightResult> {
  const fresh = async <T>(session: ShopperSession | undefined, fn: (c: BrowserContext) => Promise<T>) => {
    const context = await phoneContext(browser, session);
    try {
      return await fn(context);
    } finally {
      await context.close();
    }
  };
  const floor = await fresh(undefined, (c) => measure(c, `${URLS.floor}/`, "floor"));
  const wallet = await fresh(asha, (c) => measure(c, `${URLS.app}/wallet`, "/wallet"));
  const signin = await fresh(undefined, (c) => measure(c, `${URLS.app}/signin`, "/signin"));
  // Signed in in one context, measured in a fresh one (an empty cache) holding the same cookies.
  const staffCookies = await fresh(undefined, signInStaff);
  const staff =
    typeof staffCookies === "string"
      ? ({
          page: "/staff",
          status: "n/a",
          note: staffCookies,
          scripts: 0,
          raw: 0,
          gzip: 0,
          chunks: [],
        } as PageWeight)
      : await fresh(undefined, async (c) => {
          await c.addCookies(staffCookies);
          return measure(c, `${URLS.app}/staff`, "/staff");
        });
  return { floor, pages: [wallet, signin, staff] };
}
