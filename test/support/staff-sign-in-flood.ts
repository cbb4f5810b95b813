// Staff sign-ins with made-up usernames, `count` at once, from a process of its own so that whoever measures
// the wallet meanwhile does not share an event loop with the attacker. One round from 127.0.0.<first>; with
// a duration, round after round for that long, each from the next address (a fresh per-address budget).
// Prints "ready" once started up, then the rounds' statuses as JSON. Run through staff-flood.ts.
// Usage: node --import tsx staff-sign-in-flood.ts <appUrl> <first address octet> <count> [durationMs]
import { sendFrom } from "./send-from";

const [appUrl, first, count, duration = "0"] = process.argv.slice(2) as [string, string, string, string?];

async function round(localAddress: string): Promise<number[]> {
  const csrf = await sendFrom(localAddress, `${appUrl}/api/auth/csrf`);
  const cookie = (csrf.headers["set-cookie"] ?? []).map((line) => line.split(";")[0]).join("; ");
  const { csrfToken } = JSON.parse(csrf.text) as { csrfToken: string };
  return Promise.all(
    Array.from({ length: Number(count) }, (_, i) =>
      sendFrom(localAddress, `${appUrl}/api/auth/callback/staff-password`, {
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie },
        body: new URLSearchParams({
          username: `guess.${i}.${Date.now()}`,
          password: "hunter2",
          csrfToken,
          json: "true",
        }).toString(),
      }).then((answer) => answer.status),
    ),
  );
}

console.log("ready");
const until = Date.now() + Number(duration);
const rounds: number[][] = [];
do rounds.push(await round(`127.0.0.${Number(first) + rounds.length}`));
while (Date.now() < until);
console.log(JSON.stringify(rounds));
