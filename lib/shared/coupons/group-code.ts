// A coupon code laid out for reading aloud or typing by hand at the till when the scanner fails.

/**
 * Splits a code into groups of `size` characters (default 4) separated by single spaces:
 * "QZX30JQLIC" → "QZX3 0JQL IC". Existing whitespace is removed first so that an already grouped code is
 * not grouped twice. Only for display: the code sent to Capillary stays the original string.
 */
export function groupCodeForReading(code: string, size = 4): string {
  const compact = code.replace(/\s+/g, "");
  const step = Math.max(1, Math.floor(size));
  const groups: string[] = [];
  // Iterate by code point so that a stray non-BMP character is never split in half.
  const chars = Array.from(compact);
  for (let i = 0; i < chars.length; i += step) groups.push(chars.slice(i, i + step).join(""));
  return groups.join(" ");
}
