import "server-only";

/** Thrown by `loadEnv`; lists every problem at once so a deploy needs one fix round, not five. */
export class ConfigError extends Error {
  override readonly name = "ConfigError";
  readonly problems: readonly string[];

  constructor(problems: readonly string[]) {
    super(`Invalid configuration:\n- ${problems.join("\n- ")}`);
    this.problems = problems;
  }
}
