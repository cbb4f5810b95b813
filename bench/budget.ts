// Time budgets that scale with what a phase measures and with how loaded the machine is, instead of one
// deadline for the whole run: a slow phase is stopped and reported, and the phases after it still run.
import os from "node:os";
import { SETTINGS } from "./config";

/** Seconds of work each phase plans with the current settings (its own runs and loads, plus start-up). */
export function plannedSeconds(phase: string): number {
  const s = SETTINGS;
  switch (phase) {
    case "build":
      return 360;
    case "sign in":
      return 30 + s.crowd * 0.3;
    case "upstream economy":
      return 30;
    case "proxy cost":
      return 4 * 3 * Math.max(1, s.proxyRounds) * (s.loadSeconds + 0.5) + 10;
    case "wallet size":
      return s.walletSizes.length * (15 + s.apiRuns * 1 + s.pageRuns * 4);
    case "page weight":
      return 60;
    case "lighthouse":
      return Math.max(1, s.lighthouseRuns) * 4 * 25 + 10;
    case "memory":
      return s.memoryTotal / 100 + 20;
    case "cpu profile":
      return 40;
    default:
      return 60;
  }
}

/** 1 on an idle machine; more when other work already keeps its cores busy. */
export function loadFactor(): number {
  return Math.max(1, (os.loadavg()[0] ?? 0) / Math.max(1, os.cpus().length));
}

/** A phase's budget: three times its planned work, scaled by the machine's load when the phase starts. */
export function budgetSeconds(phase: string): number {
  return Math.round(plannedSeconds(phase) * 3 * loadFactor() * SETTINGS.budgetScale);
}

let deadline = Number.POSITIVE_INFINITY;
let current = "";

export function startBudget(phase: string, seconds: number): void {
  current = phase;
  deadline = Date.now() + seconds * 1000;
}

export function endBudget(): void {
  deadline = Number.POSITIVE_INFINITY;
}

export class OverBudget extends Error {}

/** Called between a phase's steps: stops a phase that has used its budget, so it leaves the machine. */
export function checkBudget(): void {
  if (Date.now() > deadline) throw new OverBudget(`${current} is over its time budget`);
}
