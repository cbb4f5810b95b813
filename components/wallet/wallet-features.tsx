"use client";

import { createContext, useContext } from "react";
import { NO_EXTRAS, type WalletFeatures } from "@/lib/shared/wallet/features";

const FeaturesContext = createContext<WalletFeatures>(NO_EXTRAS);

export const WalletFeaturesProvider = FeaturesContext.Provider;

export function useWalletFeatures(): WalletFeatures {
  return useContext(FeaturesContext);
}
