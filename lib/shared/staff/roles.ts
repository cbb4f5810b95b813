// What a member of staff may do at the counter. Look-up-only accounts (a trainee, a helpdesk) can read but
// never take a coupon; a manager can also undo a colleague's redemption when a sale is cancelled.

export const STAFF_ROLES = ["lookup", "redeem", "manager"] as const;
export type StaffRole = (typeof STAFF_ROLES)[number];

/** An account that names no role keeps doing what every account did before roles: look up and redeem. */
export const DEFAULT_STAFF_ROLE: StaffRole = "redeem";

export function isStaffRole(value: unknown): value is StaffRole {
  return typeof value === "string" && (STAFF_ROLES as readonly string[]).includes(value);
}

export const mayRedeem = (role: StaffRole) => role === "redeem" || role === "manager";

/** The person who redeemed may undo their own; a manager may undo anyone's. */
export function mayUndo(role: StaffRole, staffUser: string, redeemedBy: string): boolean {
  return role === "manager" || (role === "redeem" && staffUser === redeemedBy);
}
