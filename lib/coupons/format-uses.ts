// How many more times a coupon can be used, in words.

/**
 * "Unlimited uses" for null (Capillary's -1), "No uses left" for 0 (or a stray negative count),
 * "1 use left", "2 uses left". Fractions cannot occur in Capillary's counts; they are floored defensively
 * so the text never promises a use that does not exist.
 */
export function formatUsesLeft(usesLeft: number | null): string {
  if (usesLeft === null) return "Unlimited uses";
  const count = Math.floor(usesLeft);
  if (!(count > 0)) return "No uses left";
  return count === 1 ? "1 use left" : `${count} uses left`;
}
