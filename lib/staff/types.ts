// What the staff API routes answer; plain JSON shared by the routes and the console.
import type { CodeCheck, CustomerProfile } from "@/lib/capillary/types";
import type { VerdictKind } from "./verdict";

export interface CustomerResponse {
  customer: CustomerProfile;
}

export interface CodeResult {
  verdict: VerdictKind;
  check: CodeCheck;
}

export interface CodeCheckResponse {
  results: CodeResult[];
  checkedAt: string;
}
