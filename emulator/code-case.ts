// `coupon_code_case` decides how a stored code is written in an answer. Matching a queried code ignores case
// (the docs: "The query itself is not case sensitive"); the docs' LOWER example, which answers 705 for an
// upper-case spelling, is replayed verbatim as a fixture in the app's tests rather than imitated here.
export type CodeCase = "UPPER" | "LOWER" | "AS_IT_IS";

/** The parameter value itself is case-insensitive; absent means UPPER; anything else is an error (null). */
export function parseCodeCase(raw: string | null): CodeCase | null {
  if (raw === null || raw === "") return "UPPER";
  const value = raw.toUpperCase();
  return value === "UPPER" || value === "LOWER" || value === "AS_IT_IS" ? value : null;
}

export function applyCodeCase(stored: string, codeCase: CodeCase): string {
  if (codeCase === "UPPER") return stored.toUpperCase();
  if (codeCase === "LOWER") return stored.toLowerCase();
  return stored;
}
