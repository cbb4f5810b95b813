// Countries whose mobile numbers the wallet sends one-time codes to, with their number shapes. An OTP costs
// the brand an SMS: a number outside the countries it serves, or not shaped like a mobile there, is refused
// before anything is sent (SMS pumping targets premium-rate numbers anywhere in the world).

export interface MobileCountry {
  /** ISO 3166-1 alpha-2, as configuration names it. */
  id: string;
  /** Country calling code, digits only. */
  callingCode: string;
  /** The national mobile number, without the calling code. */
  national: RegExp;
}

export const MOBILE_COUNTRIES: Readonly<Record<string, MobileCountry>> = {
  IN: { id: "IN", callingCode: "91", national: /^[6-9]\d{9}$/ },
  AE: { id: "AE", callingCode: "971", national: /^5\d{8}$/ },
  SA: { id: "SA", callingCode: "966", national: /^5\d{8}$/ },
  SG: { id: "SG", callingCode: "65", national: /^[89]\d{7}$/ },
  MY: { id: "MY", callingCode: "60", national: /^1\d{8,9}$/ },
  ID: { id: "ID", callingCode: "62", national: /^8\d{8,11}$/ },
  PH: { id: "PH", callingCode: "63", national: /^9\d{9}$/ },
  TH: { id: "TH", callingCode: "66", national: /^[689]\d{8}$/ },
  GB: { id: "GB", callingCode: "44", national: /^7\d{9}$/ },
  US: { id: "US", callingCode: "1", national: /^[2-9]\d{2}[2-9]\d{6}$/ },
};

/** The configured country whose mobile shape `digits` (calling code first, no "+") has, or null. */
export function mobileCountryOf(digits: string, allowed: readonly MobileCountry[]): MobileCountry | null {
  return (
    allowed.find(
      (c) => digits.startsWith(c.callingCode) && c.national.test(digits.slice(c.callingCode.length)),
    ) ?? null
  );
}
