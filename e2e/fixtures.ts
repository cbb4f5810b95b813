// The suite's `test`: Playwright's, plus each worker's own servers, the page objects (e2e/pages/) and
// saved sessions. Specs import `test` and `expect` from here, never from @playwright/test.
import { test as base, expect, type BrowserContext } from "@playwright/test";
import { emulatorClient, type EmulatorClient } from "../test/support/emulator-client";
import { SignInPage } from "./pages/sign-in-page";
import { StaffConsolePage } from "./pages/staff-console";
import { StaffSignInPage } from "./pages/staff-sign-in-page";
import { WalletPage } from "./pages/wallet-page";
import { readAuditLines, type AuditLine } from "./support/audit-log";
import { savedSession, type SavedSession } from "./support/saved-sessions";
import { startWorkerServers, type WorkerServers } from "./support/worker-servers";

export { expect } from "@playwright/test";
export type { APIRequestContext, BrowserContext, Page } from "@playwright/test";

interface WorkerFixtures {
  /** This worker's emulator and app, started once for all its tests. */
  servers: WorkerServers;
}

interface TestFixtures {
  /** Start the test signed in with a session the setup project saved (`test.use({ signedInAs })`). */
  signedInAs: SavedSession | undefined;
  /** This worker's emulator's test hooks. */
  emulator: EmulatorClient;
  wallet: WalletPage;
  staffConsole: StaffConsolePage;
  signInPage: SignInPage;
  staffSignInPage: StaffSignInPage;
  /** The staff audit lines this worker's app wrote since `since` (ms). */
  auditLines: (since: number) => { raw: string; entries: AuditLine[] };
  /** Signs this test's browser in with a saved session, as if it had just signed in. */
  restoreSession: (who: SavedSession) => Promise<void>;
  /** Another browser context (a second device), signed in as `who`, or signed out; closed after the test. */
  newContext: (who?: SavedSession) => Promise<BrowserContext>;
  /**
   * Messages a page's client components asked for but were not handed (components/shared/words-client
   * logs "Missing message: …"): every test fails on one, so trimming what a section sends the browser
   * can't silently drop words a screen shows.
   */
  missingMessages: string[];
}

function watchMissingMessages(context: BrowserContext, missing: string[]) {
  context.on("console", (message) => {
    if (message.type() === "error" && message.text().startsWith("Missing message:"))
      missing.push(message.text());
  });
}

// Fixture functions name their callback `provide`, not Playwright's usual `use`: the React hooks lint rule
// would take `use(…)` for React's hook.
export const test = base.extend<TestFixtures, WorkerFixtures>({
  servers: [
    async ({}, provide, workerInfo) => {
      const servers = await startWorkerServers(workerInfo.parallelIndex, workerInfo.project.outputDir);
      await provide(servers);
      await servers.stop();
    },
    { scope: "worker", timeout: 120_000 },
  ],
  baseURL: async ({ servers }, provide) => provide(servers.appUrl),
  signedInAs: [undefined, { option: true }],
  storageState: async ({ signedInAs, storageState, timezoneId }, provide) =>
    provide(signedInAs ? savedSession(signedInAs, timezoneId) : storageState),
  emulator: async ({ servers }, provide) =>
    provide(emulatorClient(servers.emulatorUrl, servers.emulatorToken)),
  wallet: async ({ page }, provide) => provide(new WalletPage(page)),
  staffConsole: async ({ page }, provide) => provide(new StaffConsolePage(page)),
  signInPage: async ({ page, emulator }, provide) => provide(new SignInPage(page, emulator)),
  staffSignInPage: async ({ page }, provide) => provide(new StaffSignInPage(page)),
  auditLines: async ({ servers }, provide) => provide((since) => readAuditLines(servers.auditLogFile, since)),
  restoreSession: async ({ context, timezoneId }, provide) =>
    provide(async (who) => context.addCookies(savedSession(who, timezoneId).cookies)),
  missingMessages: [
    async ({ context }, provide) => {
      const missing: string[] = [];
      watchMissingMessages(context, missing);
      await provide(missing);
      expect(missing, "messages the browser asked for but was not given").toEqual([]);
    },
    { auto: true },
  ],
  newContext: async ({ browser, timezoneId, missingMessages }, provide) => {
    const contexts: BrowserContext[] = [];
    await provide(async (who) => {
      const state = who ? savedSession(who, timezoneId) : { cookies: [], origins: [] };
      const context = await browser.newContext({ storageState: state });
      watchMissingMessages(context, missingMessages);
      contexts.push(context);
      return context;
    });
    await Promise.all(contexts.map((context) => context.close()));
  },
});
