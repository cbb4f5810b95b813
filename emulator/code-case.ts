// `coupon_code_case` decides how a stored code is shown AND which query codes match in v1.1: the stored
// code is transformed first and then compared exactly, which is why the docs' LOWER example answers 705
// for the upper-case spelling of a code it returns for the lower-case one.
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
