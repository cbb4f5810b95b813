// Pass signing material made on the spot, so tests and the e2e apps sign real passes without any brand's
// secrets: a root standing in for Apple's, a WWDR-like intermediate under it, a Pass Type ID certificate
// under that (Apple's chain, shape for shape), and an RSA key in a Google service account's JSON key.
import { execFileSync } from "node:child_process";
import { generateKeyPairSync } from "node:crypto";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface PassCertificates {
  /** Verifies the chain (the stand-in for Apple's root). */
  rootPem: string;
  wwdrPem: string;
  signerCertPem: string;
  signerKeyPem: string;
  /** The Google service account's JSON key, and its public half to verify save links with. */
  serviceAccountJson: string;
  serviceAccountPublicKeyPem: string;
  serviceAccountEmail: string;
}

export const TEST_PASS_TYPE_ID = "pass.com.example.coupons";
export const TEST_TEAM_ID = "TEAM123456";
export const TEST_GOOGLE_ISSUER_ID = "3388000000012345678";

export function makePassCertificates(): PassCertificates {
  const dir = mkdtempSync(path.join(tmpdir(), "pass-certs-"));
  const at = (name: string) => path.join(dir, name);
  const openssl = (...args: string[]) => execFileSync("openssl", args, { stdio: "pipe" });
  try {
    writeFileSync(at("ca.ext"), "basicConstraints=critical,CA:TRUE\nkeyUsage=critical,keyCertSign,cRLSign\n");
    writeFileSync(at("leaf.ext"), "basicConstraints=critical,CA:FALSE\nkeyUsage=critical,digitalSignature\n");
    openssl(
      "req",
      "-x509",
      "-newkey",
      "rsa:2048",
      "-nodes",
      "-keyout",
      at("root.key"),
      "-out",
      at("root.pem"),
      "-days",
      "2",
      "-subj",
      "/CN=Test Root CA",
      "-addext",
      "basicConstraints=critical,CA:TRUE",
      "-addext",
      "keyUsage=critical,keyCertSign,cRLSign",
    );
    for (const [name, subject, issuer, ext] of [
      ["wwdr", "/CN=Test WWDR", "root", "ca.ext"],
      [
        "signer",
        `/UID=${TEST_PASS_TYPE_ID}/CN=Pass Type ID: ${TEST_PASS_TYPE_ID}/OU=${TEST_TEAM_ID}`,
        "wwdr",
        "leaf.ext",
      ],
    ] as const) {
      openssl(
        "req",
        "-newkey",
        "rsa:2048",
        "-nodes",
        "-keyout",
        at(`${name}.key`),
        "-out",
        at(`${name}.csr`),
        "-subj",
        subject,
      );
      openssl(
        "x509",
        "-req",
        "-in",
        at(`${name}.csr`),
        "-CA",
        at(`${issuer}.pem`),
        "-CAkey",
        at(`${issuer}.key`),
        "-CAcreateserial",
        "-days",
        "2",
        "-out",
        at(`${name}.pem`),
        "-extfile",
        at(ext),
      );
    }
    const google = generateKeyPairSync("rsa", { modulusLength: 2048 });
    const serviceAccountEmail = "wallet-signer@test-project.iam.gserviceaccount.com";
    return {
      rootPem: readFileSync(at("root.pem"), "utf8"),
      wwdrPem: readFileSync(at("wwdr.pem"), "utf8"),
      signerCertPem: readFileSync(at("signer.pem"), "utf8"),
      signerKeyPem: readFileSync(at("signer.key"), "utf8"),
      serviceAccountJson: JSON.stringify({
        type: "service_account",
        client_email: serviceAccountEmail,
        private_key: google.privateKey.export({ type: "pkcs8", format: "pem" }).toString(),
      }),
      serviceAccountPublicKeyPem: google.publicKey.export({ type: "spki", format: "pem" }).toString(),
      serviceAccountEmail,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The app's configuration for these certificates (as a brand would set it, PEMs with `\n` escapes). */
export function passEnv(certs: PassCertificates): Record<string, string> {
  const escaped = (pem: string) => pem.trim().replace(/\n/g, "\\n");
  return {
    PASS_ORGANIZATION_NAME: "Test Brand",
    APPLE_PASS_TYPE_ID: TEST_PASS_TYPE_ID,
    APPLE_TEAM_ID: TEST_TEAM_ID,
    APPLE_PASS_CERT: escaped(certs.signerCertPem),
    APPLE_PASS_KEY: escaped(certs.signerKeyPem),
    APPLE_WWDR_CERT: escaped(certs.wwdrPem),
    GOOGLE_WALLET_ISSUER_ID: TEST_GOOGLE_ISSUER_ID,
    GOOGLE_WALLET_SERVICE_ACCOUNT_KEY: certs.serviceAccountJson,
  };
}
