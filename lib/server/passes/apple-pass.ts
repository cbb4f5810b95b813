import "server-only";

import { PKPass } from "passkit-generator";
import type { ApplePassEnv } from "@/lib/server/env";
import type { PassContent } from "./content";

export interface ApplePassInput {
  config: ApplePassEnv;
  organizationName: string;
  /** Stable per coupon: adding the pass again replaces the one already in Wallet. */
  serialNumber: string;
  content: PassContent;
  /** The brand's icon (PNG): Wallet refuses a pass without icon.png. */
  icon: Buffer;
  /** Where "Open your coupons" on the back of the pass leads. */
  walletUrl: string;
}

const field = (key: string, label: string, value: string) => ({ key, label, value });

/**
 * A signed `.pkpass` (coupon style) for one coupon: the code as a barcode with the code itself as its
 * alternate text (a cashier can type it), the expiry as the pass's expiration date (Wallet greys it out
 * after), the relevant date on the morning stretch before expiry, and `voided` once the coupon is used.
 * Signing is passkit-generator's: PKCS #7 detached over manifest.json with the Pass Type ID certificate,
 * its key and Apple's WWDR intermediate.
 */
export function buildApplePass({
  config,
  organizationName,
  serialNumber,
  content,
  icon,
  walletUrl,
}: ApplePassInput): Buffer {
  const passJson = {
    formatVersion: 1,
    passTypeIdentifier: config.passTypeId,
    teamIdentifier: config.teamId,
    serialNumber,
    organizationName,
    description: `${organizationName} coupon: ${content.title}`,
    logoText: organizationName,
    backgroundColor: "rgb(255, 255, 255)",
    foregroundColor: "rgb(15, 23, 42)",
    labelColor: "rgb(51, 65, 85)",
    // Used or expired: Wallet shows the pass as void and stops offering it at the till.
    ...(content.state === "usable" ? {} : { voided: true }),
    coupon: {
      primaryFields: [field("value", "Offer", content.value)],
      secondaryFields: [field("title", "Coupon", content.title)],
      auxiliaryFields: [field("expires", "Expires", content.expiryText), field("code", "Code", content.code)],
      backFields: [
        ...content.conditions.map((text, i) => field(`condition-${i}`, "Condition", text)),
        field("wallet", "Your coupons", walletUrl),
      ],
    },
  };
  const pass = new PKPass(
    { "pass.json": Buffer.from(JSON.stringify(passJson)), "icon.png": icon, "icon@2x.png": icon },
    {
      wwdr: config.wwdr,
      signerCert: config.signerCert,
      signerKey: config.signerKey,
      signerKeyPassphrase: config.signerKeyPassphrase,
    },
  );
  // Code 128 is what shop scanners read; QR for the ones that read only 2D. Wallet shows the first it can.
  pass.setBarcodes(
    {
      format: "PKBarcodeFormatCode128",
      message: content.code,
      messageEncoding: "iso-8859-1",
      altText: content.code,
    },
    {
      format: "PKBarcodeFormatQR",
      message: content.code,
      messageEncoding: "iso-8859-1",
      altText: content.code,
    },
  );
  if (content.validTill !== null) {
    pass.setExpirationDate(new Date(content.validTill));
    // Shown on the lock screen from then: the day before expiry (or from when it becomes usable, if later).
    const dayBefore = content.validTill - 24 * 60 * 60 * 1000;
    pass.setRelevantDate(new Date(Math.max(dayBefore, content.activeFrom ?? dayBefore)));
  }
  return pass.getAsBuffer();
}
