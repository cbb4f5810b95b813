// What the audit log keeps of a lookup's input. Coupon codes are bearer credentials (whoever has one can
// often spend it), so only their first and last two characters are logged; the same goes for card numbers
// and external ids. Mobiles keep their last four digits, e-mails their first letter and domain.
// Capillary customer ids are logged whole: they are what a reviewer needs to see whose data was read.

export function maskCode(code: string): string {
  if (code.length <= 4) return "*".repeat(code.length);
  return `${code.slice(0, 2)}${"*".repeat(code.length - 4)}${code.slice(-2)}`;
}

export function maskMobile(mobile: string): string {
  return `***${mobile.slice(-4)}`;
}

export function maskEmail(email: string): string {
  const at = email.lastIndexOf("@");
  if (at <= 0) return "***";
  return `${email.slice(0, 1)}***${email.slice(at)}`;
}

/**
 * What the counter's screen shows of a customer's identifier: the last four characters (an e-mail its
 * first letter and domain), enough to confirm with the customer, not enough to reuse. "Reveal" shows one
 * value in full for a minute, audited.
 */
export function maskForScreen(type: string, value: string): string {
  if (type === "email") return maskEmail(value).replace("***", "•••");
  const tail = value.length > 4 ? value.slice(-4) : "";
  return `••••${tail}`;
}
