import "server-only";

import { importPKCS8, SignJWT } from "jose";
import type { GooglePassEnv } from "@/lib/server/env";
import type { PassContent } from "./content";

export interface GoogleSaveInput {
  config: GooglePassEnv;
  organizationName: string;
  /** Unique per coupon within the issuer: saving again updates the same object. */
  objectSuffix: string;
  /** Per series: Google groups a brand's offers by class. */
  classSuffix: string;
  content: PassContent;
  /** The wallet's origin, which Google lets show the save button. */
  origin: string;
  now: number;
}

/** Google's ids: the issuer's number, a dot, then letters, digits, '.', '_' or '-'. */
const idPart = (text: string) => text.replace(/[^\w.-]/g, "_");

const dateTime = (ms: number) => ({ date: new Date(ms).toISOString() });

/**
 * "Save to Google Wallet": a link carrying a JWT signed (RS256) with the brand's service-account key, which
 * creates the Offer class and object on the spot (no Wallet API call from our server). The object carries
 * the code as a barcode with the code as its alternate text, and the validity window.
 */
export async function googleSaveLink(input: GoogleSaveInput): Promise<string> {
  const { config, content } = input;
  const classId = `${config.issuerId}.${idPart(input.classSuffix)}`;
  const offerClass = {
    id: classId,
    issuerName: input.organizationName,
    provider: input.organizationName,
    title: content.title,
    redemptionChannel: "INSTORE",
    reviewStatus: "UNDER_REVIEW",
    ...(content.conditions.length > 0 ? { finePrint: content.conditions.join("\n") } : {}),
  };
  const offerObject = {
    id: `${config.issuerId}.${idPart(input.objectSuffix)}`,
    classId,
    state: content.state === "usable" ? "ACTIVE" : content.state === "used" ? "COMPLETED" : "EXPIRED",
    barcode: { type: "CODE_128", value: content.code, alternateText: content.code },
    ...(content.validTill !== null
      ? {
          validTimeInterval: {
            ...(content.activeFrom !== null ? { start: dateTime(content.activeFrom) } : {}),
            end: dateTime(content.validTill),
          },
        }
      : {}),
    textModulesData: [{ id: "value", header: "Offer", body: content.value }],
  };
  const key = await importPKCS8(config.privateKey, "RS256");
  // The claims Google's reference names (iss, aud "google", typ "savetowallet", iat, origins, payload).
  const jwt = await new SignJWT({
    typ: "savetowallet",
    origins: [input.origin],
    payload: { offerClasses: [offerClass], offerObjects: [offerObject] },
  })
    .setProtectedHeader({ alg: "RS256", typ: "JWT" })
    .setIssuer(config.serviceAccountEmail)
    .setAudience("google")
    .setIssuedAt(Math.floor(input.now / 1000))
    .sign(key);
  return `https://pay.google.com/gp/v/save/${jwt}`;
}
