#!/usr/bin/env node
// Fails when a configured secret shows up in the browser bundle (<distDir>/static). Run after every build
// (finish-build.mjs); secrets are only ever meant for the server.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const SECRET_VARIABLES = [
  "CAPILLARY_OAUTH_KEY",
  "CAPILLARY_OAUTH_SECRET",
  "CAPILLARY_TILL_PASSWORD",
  "NEXTAUTH_SECRET",
  "STAFF_OIDC_CLIENT_SECRET",
  "STAFF_USERS",
  "REDIS_URL",
  "METRICS_TOKEN",
  "VAPID_PRIVATE_KEY",
  "APPLE_PASS_KEY",
  "APPLE_PASS_KEY_PASSPHRASE",
  "GOOGLE_WALLET_SERVICE_ACCOUNT_KEY",
  "REMINDER_TEST_TOKEN",
];
// The emulator's demo credentials, for builds made while they are the ones configured.
const DEMO_SECRETS = ["coupon-wallet-demo-key", "coupon-wallet-demo-secret", "demo-till-password"];

/** Secret values worth looking for: long enough that a match is not a coincidence. */
export function secretValues(env = process.env) {
  const values = SECRET_VARIABLES.map((name) => env[name]).filter((value) => typeof value === "string");
  return [...new Set([...values, ...DEMO_SECRETS])].filter((value) => value.length >= 8);
}

function filesBelow(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    return entry.isDirectory() ? filesBelow(full) : [full];
  });
}

/** Each (file, secret index) where a secret value appears in a file below `dir`. */
export function findSecrets(dir, secrets) {
  const found = [];
  for (const file of filesBelow(dir)) {
    const text = readFileSync(file, "latin1");
    secrets.forEach((secret, index) => {
      if (text.includes(secret)) found.push({ file, secret: index });
    });
  }
  return found;
}

function main() {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
  const staticDir = path.join(root, process.env.NEXT_DIST_DIR ?? ".next", "static");
  if (!statSync(staticDir, { throwIfNoEntry: false })?.isDirectory()) {
    console.error(`No browser bundle at ${staticDir}: build first.`);
    process.exit(1);
  }
  const found = findSecrets(staticDir, secretValues());
  if (found.length > 0) {
    // Name the file, never the secret.
    for (const { file, secret } of found) console.error(`A configured secret (#${secret + 1}) is in ${file}`);
    process.exit(1);
  }
  console.log(`No configured secret in the browser bundle (${staticDir}).`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
