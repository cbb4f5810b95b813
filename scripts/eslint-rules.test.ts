// The lint rules that keep the house in shape, proved able to fail: each plants the mistake it forbids
// where it is forbidden (and, as a control, where it is allowed) and runs the project's own ESLint config.
import { rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import { ESLint } from "eslint";
import { describe, expect, it } from "vitest";

const eslint = new ESLint({ cwd: process.cwd() });

/**
 * Lints `code` as a file at `where`. The file is really written (and removed at once): the type-aware rules
 * only see files that TypeScript's project service finds on disk. Git ignores the probe names.
 */
let probes = 0;
async function ruleIds(where: string, code: string): Promise<string[]> {
  // A new name each time: the project service remembers a file it once saw deleted.
  probes += 1;
  const file = path.join(
    path.dirname(where),
    `__lint_probe_${process.pid}_${probes}_${path.basename(where)}`,
  );
  writeFileSync(file, code);
  try {
    const [result] = await eslint.lintFiles([file]);
    return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
  } finally {
    rmSync(file, { force: true });
  }
}

describe("lint rules", { timeout: 60_000 }, () => {
  it("forbids reading process.env outside lib/server/env", async () => {
    const component = `export function Probe() {\n  return <p>{process.env.WALLET_LOCALE}</p>;\n}\n`;
    expect(await ruleIds("components/wallet/probe.tsx", component)).toContain("no-restricted-syntax");
    const server = `export const locale = () => process.env.WALLET_LOCALE;\n`;
    expect(await ruleIds("lib/server/probe.ts", server)).toContain("no-restricted-syntax");
    expect(await ruleIds("lib/server/env/probe.ts", server)).not.toContain("no-restricted-syntax");
    const nodeEnv = `export const dev = () => process.env.NODE_ENV === "development";\n`;
    expect(await ruleIds("components/wallet/probe.ts", nodeEnv)).not.toContain("no-restricted-syntax");
  });

  it("refuses hard-coded user-facing text in components (it belongs in messages/*.json)", async () => {
    const says = (code: string) => ruleIds("components/wallet/probe.tsx", code);
    expect(await says(`export const P = () => <p>Show at till</p>;\n`)).toContain("no-restricted-syntax");
    expect(await says(`export const P = () => <p>{"Show at till"}</p>;\n`)).toContain("no-restricted-syntax");
    expect(await says(`export const P = () => <button aria-label="Close" />;\n`)).toContain(
      "no-restricted-syntax",
    );
    expect(
      await says(`export const P = ({ c }: { c: string }) => <i title={\`Code \${c}\`} />;\n`),
    ).toContain("no-restricted-syntax");
    expect(await says(`export const P = () => <input placeholder={"Search"} />;\n`)).toContain(
      "no-restricted-syntax",
    );
    expect(await ruleIds("app/wallet/probe.tsx", `export const P = () => <img alt="Logo" />;\n`)).toContain(
      "no-restricted-syntax",
    );
    // Controls: words from messages, symbols, class names and ids are fine.
    const fine = `import { useTranslations } from "next-intl";
export function P() {
  const t = useTranslations("wallet");
  return (
    <p className="text-lg" id="x" aria-label={t("title")}>
      {t("title")} · ({"…"}) <span aria-hidden="true">✓</span>
    </p>
  );
}
`;
    expect(await says(fine)).not.toContain("no-restricted-syntax");
  });

  it("makes client components take their words from words-client, not next-intl", async () => {
    const importing = (from: string, client: boolean) =>
      `${client ? '"use client";\n' : ""}import { useTranslations } from "${from}";
export function P() {
  const t = useTranslations("wallet");
  return <p>{t("title")}</p>;
}
`;
    const says = (code: string) => ruleIds("components/wallet/probe.tsx", code);
    expect(await says(importing("next-intl", true))).toContain("no-restricted-syntax");
    // Controls: a client file with words-client, and a server component with next-intl.
    expect(await says(importing("@/components/shared/words-client", true))).not.toContain(
      "no-restricted-syntax",
    );
    expect(await says(importing("next-intl", false))).not.toContain("no-restricted-syntax");
  });

  it("keeps the staff console and the wallet from importing each other's components", async () => {
    const staff = `import { WalletScreen } from "@/components/wallet/wallet-screen";\nexport const X = WalletScreen;\n`;
    expect(await ruleIds("components/staff/probe.tsx", staff)).toContain(
      "@typescript-eslint/no-restricted-imports",
    );
    const wallet = `import { StaffConsole } from "@/components/staff/staff-console";\nexport const X = StaffConsole;\n`;
    expect(await ruleIds("components/wallet/probe.tsx", wallet)).toContain(
      "@typescript-eslint/no-restricted-imports",
    );
    const shared = `import { CouponCard } from "@/components/shared/coupon-card";\nexport const X = CouponCard;\n`;
    expect(await ruleIds("components/staff/probe.tsx", shared)).toEqual([]);
  });

  it("keeps server-only modules out of browser code, and the Capillary client behind its index", async () => {
    const browser = `import { getEnv } from "@/lib/server/env";\nexport const x = getEnv;\n`;
    expect(await ruleIds("components/shared/probe.tsx", browser)).toContain(
      "@typescript-eslint/no-restricted-imports",
    );
    const deep = `import { createHttp } from "@/lib/capillary/request/http";\nexport const x = createHttp;\n`;
    expect(await ruleIds("lib/server/probe.ts", deep)).toContain("@typescript-eslint/no-restricted-imports");
    const types = `import type { Coupon } from "@/lib/capillary";\nexport type X = Coupon;\n`;
    expect(await ruleIds("components/shared/probe.tsx", types)).toEqual([]);
  });

  it("refuses a floating promise (type-aware)", async () => {
    const floating = `export function go(load: () => Promise<void>) {\n  load();\n}\n`;
    expect(await ruleIds("lib/shared/probe.ts", floating)).toContain(
      "@typescript-eslint/no-floating-promises",
    );
  });
});
