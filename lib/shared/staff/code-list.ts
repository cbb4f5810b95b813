// Coupon codes as staff enter them: typed, pasted from a message (spaces, commas, new lines) or scanned.
// The same rules guard the API, so nothing Capillary would reject is ever sent to it.

import type { Saying } from "@/lib/shared/i18n/message-key";

export const MAX_CODES = 20;
const MAX_CODE_LENGTH = 64;
const CODE = /^[A-Za-z0-9_-]{1,64}$/;

export type CodeListResult = { ok: true; codes: string[] } | { ok: false; saying: Saying };

function shown(code: string): string {
  return code.length > 24 ? `${code.slice(0, 24)}…` : code;
}

function validate(parts: string[]): CodeListResult {
  if (parts.length === 0) return { ok: false, saying: { key: "staff.codes.error.none" } };
  const codes: string[] = [];
  for (const code of parts) {
    if (code === "") return { ok: false, saying: { key: "staff.codes.error.empty" } };
    if (code.length > MAX_CODE_LENGTH)
      return {
        ok: false,
        saying: { key: "staff.codes.error.tooLong", values: { code: shown(code), max: MAX_CODE_LENGTH } },
      };
    if (!CODE.test(code))
      return { ok: false, saying: { key: "staff.codes.error.notCode", values: { code: shown(code) } } };
    // Capillary matches codes without regard to case, so abc and ABC are one coupon: asked once.
    if (!codes.some((kept) => kept.toLowerCase() === code.toLowerCase())) codes.push(code);
  }
  if (codes.length > MAX_CODES)
    return { ok: false, saying: { key: "staff.codes.error.tooMany", values: { max: MAX_CODES } } };
  return { ok: true, codes };
}

/** What the "Coupon codes" field holds: any mix of spaces, commas, semicolons and new lines between codes. */
export function parseCodeInput(text: string): CodeListResult {
  return validate(text.split(/[\s,;]+/).filter((part) => part !== ""));
}

/** The API's `codes=A,B`: strictly comma-separated, so `A,,B` or a trailing comma is an error. */
export function parseCodesParam(param: string | null): CodeListResult {
  if (param === null || param.trim() === "") return { ok: false, saying: { key: "staff.codes.error.none" } };
  return validate(param.split(",").map((part) => part.trim()));
}
