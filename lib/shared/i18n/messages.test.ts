// Every language says everything English says, with the same placeholders: a key missing in hi.json, or
// a translation that drops "{amount}" or renames "{count}", fails here rather than on a shopper's screen.
import { readFileSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "./locales";

type Tree = { [key: string]: string | Tree };

const read = (locale: string): Tree =>
  JSON.parse(readFileSync(path.join(process.cwd(), "messages", `${locale}.json`), "utf8")) as Tree;

/** "coupon.uses.left" → its ICU text, for every leaf. */
export function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

/** The message's arguments ("count:plural", "amount:text") and rich-text tags ("<bill>"), sorted. */
export function argumentsOf(message: string): string[] {
  const found = new Set<string>();
  const walk = (elements: MessageFormatElement[]) => {
    for (const el of elements) {
      if (el.type === TYPE.argument) found.add(`${el.value}:text`);
      else if (el.type === TYPE.number || el.type === TYPE.date || el.type === TYPE.time)
        found.add(`${el.value}:${TYPE[el.type]}`);
      else if (el.type === TYPE.plural || el.type === TYPE.select) {
        // A plural used only to pick words ("one"/"other") is still the same number argument.
        found.add(`${el.value}:${el.type === TYPE.select ? "select" : "plural"}`);
        for (const option of Object.values(el.options)) walk(option.value);
      } else if (el.type === TYPE.tag) {
        found.add(`<${el.value}>`);
        walk(el.children);
      }
    }
  };
  walk(parse(message, { requiresOtherClause: true }));
  return [...found].sort();
}

const english = flatten(read("en"));

describe("message files", () => {
  it.each(LOCALES.filter((l) => l !== "en"))("%s has every key English has, and no other", (locale) => {
    const other = flatten(read(locale));
    expect([...english.keys()].filter((key) => !other.has(key))).toEqual([]);
    expect([...other.keys()].filter((key) => !english.has(key))).toEqual([]);
  });

  it.each(LOCALES)("%s parses as ICU and uses English's arguments in every message", (locale) => {
    const other = flatten(read(locale));
    const mismatched = [...english]
      .filter(([key]) => other.has(key))
      .filter(([key, text]) => {
        const theirs = argumentsOf(other.get(key)!).map((a) => a.replace(/:(text|plural)$/, ""));
        const ours = argumentsOf(text).map((a) => a.replace(/:(text|plural)$/, ""));
        return theirs.join() !== ours.join();
      })
      .map(([key]) => key);
    expect(mismatched).toEqual([]);
  });

  it("notices a missing key and a dropped argument (the checks can fail)", () => {
    const broken = flatten({ coupon: { value: { amountOff: "off" } } });
    expect(english.has("coupon.uses.left")).toBe(true);
    expect(broken.has("coupon.uses.left")).toBe(false);
    expect(argumentsOf("{amount} off")).toEqual(["amount:text"]);
    expect(argumentsOf("off")).toEqual([]);
    expect(argumentsOf("{left, plural, one {# use} other {# uses}}")).toEqual(["left:plural"]);
    expect(argumentsOf("Redeemed on bill <bill></bill>.")).toEqual(["<bill>"]);
  });
});
