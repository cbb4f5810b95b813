// With `experimental.inlineCss` Next writes each page's stylesheet twice into the HTML: once as the <style>
// the browser paints with, and again, escaped, inside React's payload (a text row of the inline
// `self.__next_f.push` scripts) for the client router. On hydration React adopts the <style> already in the
// document by its href and never reads the payload's copy, so that copy is 5 kB gzip of every document sent
// for nothing (upstream: vercel/next.js#98397, #98084, still open). This empties it, byte-exactly: a row
// `<id>:T<hex byte length>,<text>` whose text is exactly an inlined sheet seen earlier in the same document
// becomes `<id>:T0,`. Anything that does not match exactly (a sheet split across two scripts, other escaping,
// a Next that no longer writes the copy) passes through unchanged.

const STYLE_OPEN = '<style data-precedence="';
const INLINED_SHEET = /<style data-precedence="[^"]*" data-href="[^"]*"[^>]*>([\s\S]*?)<\/style>/g;
/** Sheets larger than this are left alone: holding one back while it streams would delay the page. */
const MAX_SHEET_CHARS = 512 * 1024;
const MAX_SHEETS = 16;

const HTML_ESCAPES = {
  "&": "\\u0026",
  "<": "\\u003c",
  ">": "\\u003e",
  "\u2028": "\\u2028",
  "\u2029": "\\u2029",
};

/** The text as Next writes it inside an inline payload script: a JSON string, then HTML-safe. */
function asInlinePayload(text) {
  return JSON.stringify(text)
    .slice(1, -1)
    .replace(/[&<>\u2028\u2029]/g, (c) => HTML_ESCAPES[c]);
}

/**
 * A streaming rewrite of one HTML document. `push` takes the next decoded piece of the document and returns
 * what may be sent now; `end` returns the rest. Text is held back only while it may be the start of a sheet
 * or of a payload copy still arriving.
 */
export function createSheetOnce() {
  /** `:T<hex>,<escaped text>` for each sheet seen. */
  const copies = new Set();
  let longestCopy = 0;
  let pending = "";

  function learn() {
    for (const match of pending.matchAll(INLINED_SHEET)) {
      const text = match[1];
      if (text.length === 0 || text.length > MAX_SHEET_CHARS || copies.size >= MAX_SHEETS) continue;
      const copy = `:T${Buffer.byteLength(text).toString(16)},${asInlinePayload(text)}`;
      copies.add(copy);
      longestCopy = Math.max(longestCopy, copy.length);
    }
  }

  function dropCopies() {
    for (const copy of copies) if (pending.includes(copy)) pending = pending.replaceAll(copy, ":T0,");
  }

  /** Where the text that may still grow into a sheet or a copy begins (pending.length when none). */
  function holdFrom() {
    let hold = pending.length;
    const open = pending.lastIndexOf(STYLE_OPEN);
    if (open >= 0 && pending.indexOf("</style>", open) < 0) hold = open;
    for (let k = Math.max(0, pending.length - STYLE_OPEN.length); k < hold; k++) {
      if (STYLE_OPEN.startsWith(pending.slice(k))) {
        hold = k;
        break;
      }
    }
    if (copies.size === 0) return hold;
    if (pending.endsWith(":")) hold = Math.min(hold, pending.length - 1);
    for (let k = pending.lastIndexOf(":T"); k >= 0; k = k > 0 ? pending.lastIndexOf(":T", k - 1) : -1) {
      const tail = pending.length - k;
      if (tail >= longestCopy) break;
      const start = pending.slice(k);
      if ([...copies].some((copy) => copy.startsWith(start))) hold = Math.min(hold, k);
    }
    return hold;
  }

  return {
    push(piece) {
      pending += piece;
      learn();
      dropCopies();
      const hold = holdFrom();
      const ready = pending.slice(0, hold);
      pending = pending.slice(hold);
      return ready;
    },
    end() {
      dropCopies();
      const rest = pending;
      pending = "";
      return rest;
    },
  };
}
