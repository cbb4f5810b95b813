// The setup project: signs each saved role in once, through the real sign-in pages, and saves the
// session (e2e/support/saved-sessions.ts) for the tests that only need someone signed in.
import { test } from "./fixtures";
import { SAVED_SHOPPERS, SAVED_STAFF, sessionFile } from "./support/saved-sessions";

for (const [name, shopper] of Object.entries(SAVED_SHOPPERS)) {
  test(`sign in shopper ${name} with a one-time code`, async ({ page, signInPage }) => {
    await signInPage.signIn(shopper.mobile);
    await page.context().storageState({ path: sessionFile(name as keyof typeof SAVED_SHOPPERS) });
  });
}

for (const [name, member] of Object.entries(SAVED_STAFF)) {
  test(`sign in ${member.username} at the staff console`, async ({ page, staffSignInPage }) => {
    await staffSignInPage.signIn(member);
    await page.context().storageState({ path: sessionFile(name as keyof typeof SAVED_STAFF) });
  });
}
