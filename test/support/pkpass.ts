// Opens a .pkpass the way Wallet checks one: every file's SHA-1 in manifest.json, and signature a detached
// PKCS #7 over manifest.json that chains to the root (openssl does the verifying, not our code).
import { execFileSync, spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";

export interface OpenedPass {
  files: Record<string, Buffer>;
  passJson: Record<string, unknown>;
  /** Files whose SHA-1 differs from the manifest's, or that the manifest leaves out (or names but lacks). */
  manifestMismatches: string[];
  /** openssl's verdict on the signature over manifest.json, chained to `rootPem`. */
  signatureVerifies: boolean;
}

function listFiles(dir: string, prefix = ""): string[] {
  return readdirSync(dir).flatMap((name) =>
    statSync(path.join(dir, name)).isDirectory()
      ? listFiles(path.join(dir, name), `${prefix}${name}/`)
      : [`${prefix}${name}`],
  );
}

/** The files of a .pkpass (a zip), by path. */
export function unzipPkpass(pkpass: Buffer): Record<string, Buffer> {
  const dir = mkdtempSync(path.join(tmpdir(), "pkpass-"));
  try {
    writeFileSync(path.join(dir, "pass.zip"), pkpass);
    execFileSync("unzip", ["-q", "pass.zip", "-d", "out"], { cwd: dir });
    const out = path.join(dir, "out");
    return Object.fromEntries(listFiles(out).map((name) => [name, readFileSync(path.join(out, name))]));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Wallet's checks on a pass's files: the manifest's hashes, and the signature over the manifest. */
export function checkPassFiles(files: Record<string, Buffer>, rootPem: string): OpenedPass {
  const manifest = JSON.parse(files["manifest.json"]?.toString() ?? "{}") as Record<string, string>;
  const listed = Object.keys(files).filter((name) => name !== "manifest.json" && name !== "signature");
  const manifestMismatches = [
    ...listed.filter((name) => createHash("sha1").update(files[name]!).digest("hex") !== manifest[name]),
    ...Object.keys(manifest).filter((name) => !listed.includes(name)),
  ];
  const dir = mkdtempSync(path.join(tmpdir(), "pkpass-verify-"));
  try {
    writeFileSync(path.join(dir, "root.pem"), rootPem);
    writeFileSync(path.join(dir, "manifest.json"), files["manifest.json"] ?? "");
    writeFileSync(path.join(dir, "signature"), files.signature ?? "");
    const verify = spawnSync(
      "openssl",
      [
        "smime",
        "-verify",
        "-binary",
        "-inform",
        "DER",
        "-in",
        "signature",
        "-content",
        "manifest.json",
        "-CAfile",
        "root.pem",
        "-purpose",
        "any",
        "-out",
        "/dev/null",
      ],
      { cwd: dir, stdio: "pipe" },
    );
    return {
      files,
      passJson: JSON.parse(files["pass.json"]?.toString() ?? "{}") as Record<string, unknown>,
      manifestMismatches,
      signatureVerifies: verify.status === 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const openPkpass = (pkpass: Buffer, rootPem: string) => checkPassFiles(unzipPkpass(pkpass), rootPem);
