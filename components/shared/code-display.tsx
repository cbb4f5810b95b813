"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { Coupon } from "@/lib/capillary";

/**
 * How a coupon card shows its code. The shopper's wallet shows it in full with "Show at till"; the staff
 * console provides its own (masked, with "Reveal") and no till view: a customer's codes are theirs.
 */
export interface CodeDisplay {
  renderCode: (coupon: Coupon) => ReactNode;
}

export const CodeDisplayContext = createContext<CodeDisplay | null>(null);

export const useCodeDisplay = () => useContext(CodeDisplayContext);
