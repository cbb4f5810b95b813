// `npm run staff:hash -- <password>`: prints the hash to put after "username:" in STAFF_USERS.
// With no argument it reads the password from standard input, which keeps it out of shell history.
import { hashPassword } from "../lib/server/auth/password";

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main() {
  const password = process.argv[2] ?? (process.stdin.isTTY ? "" : await readStdin());
  if (password.length < 8) {
    console.error("Usage: npm run staff:hash -- <password>   (at least 8 characters)");
    process.exit(1);
  }
  console.log(await hashPassword(password));
}

void main();
