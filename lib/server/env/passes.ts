import "server-only";

import { createPrivateKey, X509Certificate } from "node:crypto";
import { z } from "zod";

import { optionalString, readSection, type RawEnv } from "./fields";

const schema = z.object({
  PASS_ORGANIZATION_NAME: optionalString,
  APPLE_PASS_TYPE_ID: optionalString,
  APPLE_TEAM_ID: optionalString,
  APPLE_PASS_CERT: optionalString,
  APPLE_PASS_KEY: optionalString,
  APPLE_PASS_KEY_PASSPHRASE: optionalString,
  APPLE_WWDR_CERT: optionalString,
  GOOGLE_WALLET_ISSUER_ID: optionalString,
  GOOGLE_WALLET_SERVICE_ACCOUNT_KEY: optionalString,
});

export interface ApplePassEnv {
  passTypeId: string;
  teamId: string;
  /** PEM: the Pass Type ID certificate, its private key, and Apple's WWDR intermediate certificate. */
  signerCert: string;
  signerKey: string;
  signerKeyPassphrase: string | undefined;
  wwdr: string;
}

export interface GooglePassEnv {
  issuerId: string;
  /** From the service account's JSON key: who signs the save links, and with what (PEM, RS256). */
  serviceAccountEmail: string;
  privateKey: string;
}

export interface PassesEnv {
  /** Who the passes say issued them. */
  organizationName: string;
  apple: ApplePassEnv | undefined;
  google: GooglePassEnv | undefined;
}

/** PEM from an environment variable, whose line breaks are often written as `\n`. */
const pem = (value: string) => value.replace(/\\n/g, "\n").trim();

const APPLE = [
  "APPLE_PASS_TYPE_ID",
  "APPLE_TEAM_ID",
  "APPLE_PASS_CERT",
  "APPLE_PASS_KEY",
  "APPLE_WWDR_CERT",
] as const;
const GOOGLE = ["GOOGLE_WALLET_ISSUER_ID", "GOOGLE_WALLET_SERVICE_ACCOUNT_KEY"] as const;

/** Names the missing members of a group that is partly set: half a configuration is a mistake, not "off". */
function partly(values: Record<string, string | undefined>, names: readonly string[], problems: string[]) {
  const missing = names.filter((name) => !values[name]);
  if (missing.length > 0 && missing.length < names.length)
    problems.push(`${missing.join(", ")} must be set with ${names.filter((n) => values[n]).join(", ")}`);
  return missing.length === 0;
}

/** Whether `check` accepts the value; else names the variable, so a pasted-wrong PEM fails the start, not a shopper. */
function parses(name: string, problems: string[], what: string, check: () => unknown): boolean {
  try {
    check();
    return true;
  } catch {
    problems.push(`${name} must be ${what}`);
    return false;
  }
}

function readApple(v: z.infer<typeof schema>, problems: string[]): ApplePassEnv | undefined {
  if (!partly(v, APPLE, problems)) return undefined;
  const config: ApplePassEnv = {
    passTypeId: v.APPLE_PASS_TYPE_ID!,
    teamId: v.APPLE_TEAM_ID!,
    signerCert: pem(v.APPLE_PASS_CERT!),
    signerKey: pem(v.APPLE_PASS_KEY!),
    signerKeyPassphrase: v.APPLE_PASS_KEY_PASSPHRASE,
    wwdr: pem(v.APPLE_WWDR_CERT!),
  };
  const certificate = "a PEM certificate (-----BEGIN CERTIFICATE-----)";
  const ok = [
    parses("APPLE_PASS_CERT", problems, certificate, () => new X509Certificate(config.signerCert)),
    parses("APPLE_WWDR_CERT", problems, certificate, () => new X509Certificate(config.wwdr)),
    parses(
      "APPLE_PASS_KEY",
      problems,
      "the certificate's PEM private key (with APPLE_PASS_KEY_PASSPHRASE if it has one)",
      () => createPrivateKey({ key: config.signerKey, passphrase: config.signerKeyPassphrase ?? "" }),
    ),
  ];
  return ok.every(Boolean) ? config : undefined;
}

function readServiceAccount(json: string, problems: string[]): { email: string; key: string } | undefined {
  try {
    const parsed = JSON.parse(json) as { client_email?: unknown; private_key?: unknown };
    if (typeof parsed.client_email === "string" && typeof parsed.private_key === "string") {
      const key = pem(parsed.private_key);
      createPrivateKey(key);
      return { email: parsed.client_email, key };
    }
  } catch {
    // Reported below.
  }
  problems.push(
    "GOOGLE_WALLET_SERVICE_ACCOUNT_KEY must be the service account's JSON key (client_email and a PEM private_key)",
  );
  return undefined;
}

export function readPasses(raw: RawEnv, problems: string[]): PassesEnv | undefined {
  const v = readSection(schema, raw, problems);
  if (!v) return undefined;
  const apple = readApple(v, problems);
  const account = partly(v, GOOGLE, problems)
    ? readServiceAccount(v.GOOGLE_WALLET_SERVICE_ACCOUNT_KEY!, problems)
    : undefined;
  if (v.GOOGLE_WALLET_ISSUER_ID && !/^\d{1,25}$/.test(v.GOOGLE_WALLET_ISSUER_ID))
    problems.push("GOOGLE_WALLET_ISSUER_ID must be the issuer's number from the Google Pay & Wallet Console");
  return {
    organizationName: v.PASS_ORGANIZATION_NAME ?? "Coupon Wallet",
    apple,
    google: account
      ? {
          issuerId: v.GOOGLE_WALLET_ISSUER_ID!,
          serviceAccountEmail: account.email,
          privateKey: account.key,
        }
      : undefined,
  };
}
