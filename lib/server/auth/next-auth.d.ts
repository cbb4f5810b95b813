import "next-auth";
import "next-auth/jwt";
import type { StaffRole } from "@/lib/shared/staff/roles";

type Role = "shopper" | "staff";

declare module "next-auth" {
  interface User {
    role: Role;
    customerId?: string;
    staffUser?: string;
    staffRole?: StaffRole;
  }
  interface Session {
    user: { role?: Role };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    customerId?: string;
    staffUser?: string;
    staffRole?: StaffRole;
    /** The session's id, by which sign-out revokes it (lib/server/auth/session-lifetime.ts). */
    sid?: string;
    /** Epoch seconds after which the session is over, however often it was refreshed. */
    endsAt?: number;
  }
}
