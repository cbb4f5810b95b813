// Sends `count` staff sign-ins with made-up usernames at once from `localAddress`, in a process of its own
// so that the test measuring the wallet meanwhile does not share its event loop with the attacker.
// Usage: node staff-sign-in-flood.mjs <appUrl> <localAddress> <count>
import { request } from "node:http";

const [appUrl, localAddress, count] = process.argv.slice(2);

function send(path, { method = "GET", headers = {}, body } = {}) {
  return new Promise((resolve, reject) => {
    const sent = request(`${appUrl}${path}`, { method, headers, localAddress }, (res) => {
      let text = "";
      res.setEncoding("utf8");
      res.on("data", (chunk) => (text += chunk));
      res.on("end", () => resolve({ status: res.statusCode, headers: res.headers, text }));
    });
    sent.on("error", reject);
    sent.end(body);
  });
}

const csrf = await send("/api/auth/csrf");
const cookie = (csrf.headers["set-cookie"] ?? []).map((c) => c.split(";")[0]).join("; ");
const { csrfToken } = JSON.parse(csrf.text);
const statuses = await Promise.all(
  Array.from({ length: Number(count) }, (_, i) =>
    send("/api/auth/callback/staff-password", {
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
console.log(JSON.stringify(statuses));
