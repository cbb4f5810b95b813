// Issue 12's bound: staff sign-ins with rotating usernames must not stall the app for everyone else. An
// instance with the shipped per-address budget (10 a quarter hour) is flooded from a process of its own, 50
// sign-ins at a time, each from an address with budget left, so every one is checked: the worst the budget
// allows. Meanwhile a shopper asks for their wallet; its median latency may be at most twice the idle one.
// Run here rather than in the e2e suite: alone on the machine, the ratio is the app's, not the other
// worker's (beside it the same measurement swung from 1.0x to 2.5x).
import assert from "node:assert/strict";
import { treeCpuMs } from "../support/cpu";
import type { NextApp } from "../support/next-app";
import { floodStaffSignIns } from "../support/staff-flood";

const PER_ADDRESS = 10;
const ADDRESSES = 5;
const ATTACK_MS = 4_000;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!;

export async function walletQuickUnderStaffFlood(app: NextApp, cookie: string) {
  const wallet = async () => {
    const started = performance.now();
    const response = await fetch(`${app.url}/api/wallet`, { headers: { Cookie: cookie } });
    assert.equal(response.status, 200, "GET /api/wallet");
    await response.arrayBuffer();
    return performance.now() - started;
  };
  for (let i = 0; i < 5; i++) await wallet();
  // An instance in service has checked a password before and knows how long a check takes; a fresh one
  // measures it once, on a decoy: not the attack's doing.
  await floodStaffSignIns(app.url, 12, 1).rounds;

  // Idle samples before and after, so anything else the machine does weighs on both sides alike.
  const idle: number[] = [];
  const idleCpuFrom = treeCpuMs(app.pid);
  for (let i = 0; i < 10; i++) idle.push(await wallet());
  const cpuPerWallet = (treeCpuMs(app.pid) - idleCpuFrom) / idle.length;

  // The attack never pauses while the wallet is measured: round after round of 50, 10 from each of 5 fresh
  // addresses, sampled only while it lasts.
  const flood = floodStaffSignIns(app.url, 20, PER_ADDRESS, { addresses: ADDRESSES, durationMs: ATTACK_MS });
  let attacking = true;
  const answered = flood.rounds.finally(() => (attacking = false));
  await flood.started;
  const busyCpuFrom = treeCpuMs(app.pid);
  const busy: number[] = [];
  while (attacking) busy.push(await wallet());
  const rounds = await answered;
  const busyCpu = treeCpuMs(app.pid) - busyCpuFrom;
  const statuses = rounds.flat();
  for (let i = 0; i < 10; i++) idle.push(await wallet());

  assert.ok(
    statuses.every((status) => status === 401 || status === 429),
    `every attempt refused: ${[...new Set(statuses)].join(", ")}`,
  );
  const ratio = median(busy) / median(idle);
  // The app's CPU while attacked, less what the wallet views took: what the sign-ins cost it, per attempt.
  const cpuPerAttempt = Math.max(0, busyCpu - busy.length * cpuPerWallet) / statuses.length;
  const figures = {
    rounds: rounds.length,
    attempts: statuses.length,
    walletSamples: { idle: idle.length, underAttack: busy.length },
    walletP50Ms: { idle: +median(idle).toFixed(1), underAttack: +median(busy).toFixed(1) },
    ratio: +ratio.toFixed(2),
    appCpuMs: { perWallet: +cpuPerWallet.toFixed(1), perAttempt: +cpuPerAttempt.toFixed(1) },
  };
  console.log(`staff flood: ${JSON.stringify(figures)}`);
  // A scrypt check here is 100 ms of CPU or more: an app hashing made-up usernames could not stay under.
  assert.ok(
    cpuPerAttempt <= 25,
    `each sign-in attempt cost the app ${figures.appCpuMs.perAttempt} ms of CPU`,
  );
  assert.ok(busy.length >= 10, `only ${busy.length} wallet samples under attack`);
  assert.ok(ratio <= 2, `wallet p50 under attack is ${figures.ratio}x idle (bound 2x)`);
  console.log(
    `✓ ${statuses.length} rotating-username sign-ins refused, ${figures.appCpuMs.perAttempt} ms of CPU each; ` +
      `wallet p50 ${figures.ratio}x idle`,
  );
  return figures;
}
