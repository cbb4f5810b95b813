// The suite's view of the app's languages: each language's own words, read from the same message files
// the app ships, so a spec finds buttons by the accessible names a person hears in that language.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { BrowserContext, Page } from "@playwright/test";
import AxeBuilder from "@axe-core/playwright";
import type en from "../../messages/en.json";
import { ROOT } from "../../test/support/paths";

export type Messages = typeof en;
// Read, not imported: Playwright loads specs as ES modules, where JSON needs an import attribute.
const read = (locale: string) =>
  JSON.parse(readFileSync(path.join(ROOT, "messages", `${locale}.json`), "utf8")) as Messages;

export const LANGUAGES = { en: read("en"), hi: read("hi"), ar: read("ar") } as const;
export type Language = keyof typeof LANGUAGES;

/** What the language switch would remember, set before the first page load. */
export async function chooseLanguage(context: BrowserContext, baseURL: string, locale: Language) {
  await context.addCookies([{ name: "wallet-locale", value: locale, url: baseURL }]);
}

/** The text of a message before its first argument: "Show at till: {title}" → "Show at till: ". */
export const before = (message: string) => message.slice(0, message.indexOf("{"));

/**
 * What makes the page wider than its viewport (a sideways scroll on a phone): empty when nothing does,
 * else the scroll width and the innermost elements that stick out, to say where to look.
 */
export function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const root = document.documentElement;
    if (root.scrollWidth <= root.clientWidth) return [];
    const out = [...document.body.querySelectorAll("*")].filter((el) => {
      const box = el.getBoundingClientRect();
      return box.width > 0 && (box.right > root.clientWidth + 1 || box.left < -1);
    });
    const innermost = out.filter((el) => !out.some((other) => other !== el && el.contains(other)));
    return [
      `scrollWidth ${root.scrollWidth} > clientWidth ${root.clientWidth}`,
      ...innermost.slice(0, 8).map((el) => `${el.tagName.toLowerCase()}.${el.className}`.slice(0, 120)),
    ];
  });
}

export async function axeViolations(page: Page) {
  const result = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"])
    .analyze();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
