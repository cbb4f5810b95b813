import os from "node:os";
import path from "node:path";
import { readFileSync } from "node:fs";
import { expect, type Page } from "@playwright/test";
import { E2E_PORTS } from "./ports";

export const DEMO_STAFF = { username: "staff.demo", password: "demo-staff-pass" } as const;

// Outside test-results/, which a parallel Playwright run may wipe; one file per app port.
export const AUDIT_LOG_FILE = path.join(os.tmpdir(), `coupon-wallet-audit-${E2E_PORTS.app}.log`);

export interface AuditLine {
  type: string;
  time: string;
  staffUser: string;
  action: string;
  query: Record<string, string>;
  result: string;
  customerIds?: string[];
  verdicts?: string[];
  requestIds: string[];
}

/** Audit lines written since `since` (the app appends; earlier runs' lines stay in the file). */
export function readAuditLines(since: number): { raw: string; entries: AuditLine[] } {
  let text = "";
  try {
    text = readFileSync(AUDIT_LOG_FILE, "utf8");
  } catch {
    return { raw: "", entries: [] };
  }
  const lines = text.split("\n").filter((line) => line.trim() !== "");
  const fresh = lines.filter((line) => Date.parse((JSON.parse(line) as AuditLine).time) >= since);
  return { raw: fresh.join("\n"), entries: fresh.map((line) => JSON.parse(line) as AuditLine) };
}

export async function signInAsStaff(page: Page) {
  await page.goto("/staff/signin");
  await page.getByLabel("Username").fill(DEMO_STAFF.username);
  await page.getByLabel("Password").fill(DEMO_STAFF.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/staff");
  await expect(page.getByRole("heading", { name: "Staff console" })).toBeVisible();
}
