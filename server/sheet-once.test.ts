import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";
import { createSheetOnce } from "./sheet-once.mjs";

// Next's own escaping of the inline payload (use-flight-response.js writes each flight chunk with it).
const { htmlEscapeJsonString } = createRequire(import.meta.url)("next/dist/shared/lib/htmlescape") as {
  htmlEscapeJsonString: (json: string) => string;
};

// Characters that each escape differently: quotes and backslashes (JSON), < > & (HTML), multi-byte UTF-8
// (the row's length counts bytes), a line separator.
const SHEET = '@layer base{a::before{content:"→\\"x\\""}}@media (width<40rem){b>i{c:d}}.x\u2028&y{}';
const HREF = "/_next/static/chunks/3xvh2uwayn6gj.css";
const byteLength = (text: string) => Buffer.byteLength(text).toString(16);

const payloadScript = (flight: string) =>
  `<script nonce="n">self.__next_f.push(${htmlEscapeJsonString(JSON.stringify([1, flight]))})</script>`;
const flightWith = (sheetRow: string) =>
  `1:"$Sreact.fragment"\n${sheetRow}5:["$","style","0",{"precedence":"next","href":"${HREF}","children":"$4"}]\n`;
const documentWith = (payload: string) =>
  `<!DOCTYPE html><html><head><style data-precedence="next" data-href="${HREF}">${SHEET}</style>` +
  `</head><body><main><p>Only for you</p></main>` +
  `<script nonce="n">(self.__next_f=self.__next_f||[]).push([0])</script>${payload}</body></html>`;

const SERVED = documentWith(payloadScript(flightWith(`4:T${byteLength(SHEET)},${SHEET}`)));
const SHEET_ONCE = documentWith(payloadScript(flightWith("4:T0,")));

function rewrite(pieces: string[]) {
  const sheetOnce = createSheetOnce();
  return pieces.map((piece) => sheetOnce.push(piece)).join("") + sheetOnce.end();
}

/** The flight text the browser reassembles from the document's push([1, ...]) scripts. */
function payloadOf(html: string) {
  return [...html.matchAll(/self\.__next_f\.push\((\[1,[\s\S]*?\])\)<\/script>/g)]
    .map((match) => (JSON.parse(match[1]!) as [number, string])[1])
    .join("");
}

describe("createSheetOnce", () => {
  it("empties the payload's copy of an inlined sheet and changes nothing else", () => {
    expect(SERVED).not.toBe(SHEET_ONCE);
    expect(rewrite([SERVED])).toBe(SHEET_ONCE);
    expect(payloadOf(rewrite([SERVED]))).toBe(flightWith("4:T0,"));
    expect(rewrite([SERVED]).split(SHEET)).toHaveLength(2);
  });

  it("gives the same document wherever the stream is cut", () => {
    for (let cut = 1; cut < SERVED.length; cut++) {
      expect(rewrite([SERVED.slice(0, cut), SERVED.slice(cut)])).toBe(SHEET_ONCE);
    }
    const pieces = SERVED.match(/[\s\S]{1,7}/g)!;
    expect(rewrite(pieces)).toBe(SHEET_ONCE);
  });

  it("sends the head and markup at once, holding back only what may be the copy", () => {
    const sheetOnce = createSheetOnce();
    const markupEnd = SERVED.indexOf("</main>") + "</main>".length;
    expect(sheetOnce.push(SERVED.slice(0, markupEnd))).toBe(SERVED.slice(0, markupEnd));
    const copyStart = SERVED.indexOf(":T", markupEnd);
    const halfCopy = copyStart + 10;
    expect(sheetOnce.push(SERVED.slice(markupEnd, halfCopy))).toBe(SERVED.slice(markupEnd, copyStart));
  });

  it("holds a sheet back until it has closed", () => {
    const sheetOnce = createSheetOnce();
    const sheetStart = SERVED.indexOf("<style data-precedence");
    expect(sheetOnce.push(SERVED.slice(0, sheetStart + 30))).toBe(SERVED.slice(0, sheetStart));
  });

  it("leaves a copy alone that is not exactly a sheet of the document", () => {
    const other = documentWith(payloadScript(flightWith(`4:T${byteLength(SHEET + " ")},${SHEET} `)));
    expect(rewrite([other])).toBe(other);
    const wrongLength = documentWith(payloadScript(flightWith(`4:T${byteLength(SHEET + "x")},${SHEET}`)));
    expect(rewrite([wrongLength])).toBe(wrongLength);
  });

  it("leaves a copy alone that is split across two payload scripts", () => {
    const flight = flightWith(`4:T${byteLength(SHEET)},${SHEET}`);
    const middle = flight.indexOf("@media");
    const split = documentWith(payloadScript(flight.slice(0, middle)) + payloadScript(flight.slice(middle)));
    expect(rewrite([split])).toBe(split);
  });

  it("passes a document without inlined sheets through unchanged", () => {
    const plain = `<html><head><style nonce="n">:root{--brand:#0b5fff}</style></head><body>a:Tb</body></html>`;
    expect(rewrite([plain])).toBe(plain);
  });
});
