// Staff sign-ins with made-up usernames from a process of its own, so that whoever measures the wallet
// meanwhile does not share an event loop with the attacker. A round is `count` sign-ins at once from each of
// `addresses` addresses (127.0.<round>.<first + i>); with a duration, round after round for that long, each
// from fresh addresses (fresh per-address budgets). Prints "ready" once started up, then each round's
// statuses as JSON. Run through staff-flood.ts.
// Usage: node --import tsx staff-sign-in-flood.ts <appUrl> <first octet> <count> <addresses> <durationMs>
import { sendFrom } from "./send-from";

const [appUrl, first, count, addresses, duration] = process.argv.slice(2) as [string, ...string[]];

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
do {
  const from = Array.from(
    { length: Number(addresses) },
    (_, i) => `127.0.${rounds.length}.${Number(first) + i}`,
  );
  rounds.push((await Promise.all(from.map(round))).flat());
} while (Date.now() < until);
console.log(JSON.stringify(rounds));
