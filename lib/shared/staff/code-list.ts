// Coupon codes as staff enter them: typed, pasted from a message (spaces, commas, new lines) or scanned.
// The same rules guard the API, so nothing Capillary would reject is ever sent to it.

export const MAX_CODES = 20;
const MAX_CODE_LENGTH = 64;
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export type CodeListResult = { ok: true; codes: string[] } | { ok: false; error: string };

function shown(code: string): string {
  return code.length > 24 ? `${code.slice(0, 24)}…` : code;
}

function validate(parts: string[]): CodeListResult {
  if (parts.length === 0) return { ok: false, error: "Enter at least one coupon code." };
  const codes: string[] = [];
  for (const code of parts) {
    if (code === "") return { ok: false, error: "One of the codes is empty." };
    if (code.length > MAX_CODE_LENGTH)
      return { ok: false, error: `"${shown(code)}" is longer than ${MAX_CODE_LENGTH} characters.` };
    if (!CODE.test(code))
      return { ok: false, error: `"${shown(code)}" isn't a coupon code: use letters, digits, - or _ only.` };
    // Capillary matches codes without regard to case, so abc and ABC are one coupon: asked once.
    if (!codes.some((kept) => kept.toLowerCase() === code.toLowerCase())) codes.push(code);
  }
  if (codes.length > MAX_CODES) return { ok: false, error: `Check at most ${MAX_CODES} codes at a time.` };
  return { ok: true, codes };
}

/** What the "Coupon codes" field holds: any mix of spaces, commas, semicolons and new lines between codes. */
export function parseCodeInput(text: string): CodeListResult {
  return validate(text.split(/[\s,;]+/).filter((part) => part !== ""));
}

/** The API's `codes=A,B`: strictly comma-separated, so `A,,B` or a trailing comma is an error. */
export function parseCodesParam(param: string | null): CodeListResult {
  if (param === null || param.trim() === "") return { ok: false, error: "Give at least one code in codes=." };
  return validate(param.split(",").map((part) => part.trim()));
}
