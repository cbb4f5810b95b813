// The wallet's and the staff console's own error and not-found pages: in the app's words, with a way back,
// and a retry wired to React's reset where trying again can help.
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it, vi } from "vitest";
import StaffError from "./staff/error";
import StaffNotFound from "./staff/not-found";
import WalletError from "./wallet/error";
import WalletNotFound from "./wallet/not-found";

// The pages' words in English, from the real messages, without a provider: the retry check below calls a
// page as a plain function, where React's context is out of reach. Error pages are client components
// (words-client), not-found pages server ones (next-intl).
const { english } = vi.hoisted(() => ({
  english: async () => {
    const { createTranslator } = await import("next-intl");
    const messages = (await import("@/messages/en.json")).default;
    return (namespace?: string) =>
      createTranslator({ locale: "en", messages, namespace: namespace as never });
  },
}));
vi.mock("next-intl", async (importOriginal) => ({
  ...(await importOriginal<typeof import("next-intl")>()),
  useTranslations: await english(),
}));
vi.mock("@/components/shared/words-client", async () => ({ useTranslations: await english() }));

const failure = Object.assign(new Error("boom"), { digest: "123" });
const render = (page: React.ReactElement) => renderToStaticMarkup(page).replaceAll("&#x27;", "'");

describe("segment error pages", () => {
  it.each([
    ["wallet", WalletError, "Your coupons didn't load", "Back to my coupons"],
    ["staff console", StaffError, "The console hit a problem", "Back to the console"],
  ] as const)(
    "the %s says what happened, never the raw error, and retries with reset",
    (_, Page, title, home) => {
      const reset = vi.fn();
      const html = render(<Page error={failure} reset={reset} />);
      expect(html).toContain(title);
      expect(html).toContain(home);
      expect(html).toMatch(/<button[^>]*>Try again<\/button>/);
      expect(html).toContain('role="alert"');
      expect(html).not.toContain("boom");
      // The button's handler is React's reset: nothing else re-renders the failed segment.
      expect(Page({ error: failure, reset }).props.retry.onRetry).toBe(reset);
    },
  );
});

describe("segment not-found pages", () => {
  it.each([
    ["wallet", WalletNotFound, "This page isn't part of your wallet", 'href="/wallet"'],
    ["staff console", StaffNotFound, "This page isn't part of the staff console", 'href="/staff"'],
  ] as const)("the %s points back home, with no retry to offer", (_, Page, text, link) => {
    const html = render(<Page />);
    expect(html).toContain(text);
    expect(html).toContain(link);
    expect(html).not.toContain("Try again");
  });
});
