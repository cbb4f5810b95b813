// The browser's formatter with messages as the build precompiles them: plurals by the language's rules,
// rich text as React nodes, and a missing message shown as its key rather than a crash.
import compile from "icu-minify/compile";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import { translator } from "./words-client";

const precompiled = (tree: Record<string, unknown>): Record<string, unknown> =>
  Object.fromEntries(
    Object.entries(tree).map(([key, value]) => [
      key,
      typeof value === "string" ? compile(value) : precompiled(value as Record<string, unknown>),
    ]),
  );

const messages = precompiled({
  coupon: { uses: { left: "{left, plural, one {# use left} other {# uses left}}" } },
  ar: { days: "{count, plural, one {يوم واحد} two {يومين} few {# أيام} other {# يومًا}}" },
  staff: { lock: { text: "Locked for <user></user>." } },
}) as never;

describe("words-client translator", () => {
  it("formats plurals by each language's rules", () => {
    const t = translator("en", messages, "coupon.uses");
    expect(t("left", { left: 1 })).toBe("1 use left");
    expect(t("left", { left: 2 })).toBe("2 uses left");
    const ar = translator("ar-AE", messages, "ar");
    expect(ar("days", { count: 2 })).toBe("يومين");
    expect(ar("days", { count: 3 })).toBe("3 أيام");
  });

  it("renders rich text as React nodes", () => {
    const t = translator("en", messages, "staff.lock");
    const html = renderToStaticMarkup(<p>{t.rich("text", { user: () => <bdi>staff.demo</bdi> })}</p>);
    expect(html).toBe("<p>Locked for <bdi>staff.demo</bdi>.</p>");
  });

  it("shows a missing message's key", () => {
    const error = vi.spyOn(console, "error").mockImplementation(() => undefined);
    expect(translator("en", messages, undefined)("wallet.nothing")).toBe("wallet.nothing");
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
