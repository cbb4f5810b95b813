/** What this deployment offers shoppers beyond the wallet itself, decided by its configuration. */
export interface WalletFeatures {
  /** Apple's pass certificates are configured: "Add to Apple Wallet". */
  applePass: boolean;
  /** A Google Wallet issuer is configured: "Save to Google Wallet". */
  googlePass: boolean;
  /** The VAPID public key when reminders by web push are configured, else null. */
  pushKey: string | null;
}

export const NO_EXTRAS: WalletFeatures = { applePass: false, googlePass: false, pushKey: null };
