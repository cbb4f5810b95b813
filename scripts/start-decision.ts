// What `npm start` runs against, decided from the configuration Next would read (.env files included):
// the embedded emulator only when nothing names a Capillary at all. Pure, so it is tested on its own.

export type StartDecision =
  { kind: "emulator" } | { kind: "capillary"; baseUrl: string } | { kind: "refuse"; problems: string[] };

const LOOPBACK = new Set(["localhost", "127.0.0.1", "[::1]", "::1"]);

function isLoopback(url: string): boolean {
  try {
    return LOOPBACK.has(new URL(url).hostname);
  } catch {
    return false;
  }
}

export function decideStart(env: Readonly<Record<string, string | undefined>>): StartDecision {
  const capillaryVars = Object.keys(env).filter((name) => name.startsWith("CAPILLARY_"));
  const blank = capillaryVars.filter((name) => (env[name] ?? "").trim() === "");
  const problems: string[] = [];
  // A blank line in a deploy's .env is a mistake, never a request for the demo.
  if (blank.length > 0)
    problems.push(
      `${blank.join(", ")} ${blank.length === 1 ? "is" : "are"} set but empty. Give ${blank.length === 1 ? "it a value" : "them values"}, or remove ${blank.length === 1 ? "it" : "them"} to run the demo on the embedded emulator.`,
    );
  if (capillaryVars.length === 0)
    return problems.length > 0 ? { kind: "refuse", problems } : { kind: "emulator" };

  const baseUrl = env.CAPILLARY_BASE_URL?.trim() ?? "";
  if (baseUrl === "" && !blank.includes("CAPILLARY_BASE_URL"))
    problems.push(
      `CAPILLARY_BASE_URL is not set, but ${capillaryVars.join(", ")} ${capillaryVars.length === 1 ? "is" : "are"}: say which Capillary to use (the emulator starts only when no CAPILLARY_ variable is set).`,
    );
  if (env.DEMO_MODE === "1" && baseUrl !== "" && !isLoopback(baseUrl))
    problems.push(
      "DEMO_MODE=1 shows demo accounts and codes on the sign-in pages: it is refused with a Capillary other than a loopback one.",
    );
  return problems.length > 0 ? { kind: "refuse", problems } : { kind: "capillary", baseUrl };
}
