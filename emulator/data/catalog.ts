// One view over every kind of emulated customer (docs, hand-made demo, bulk) so routes never care which
// kind they are talking to.
import { buildSeriesDetail } from "./series-builder";
import { BULK_SERIES, bulkCoupons, bulkCustomer, bulkN, bulkNFromIdentifier, decodeBulkCode } from "./bulk";
import { DEMO_CUSTOMERS } from "./demo-customers";
import { DEMO_SERIES_LIST } from "./demo-series";
import { DOCS_CUSTOMERS, docsEmbeddedSeries, docsSeriesDetail } from "./docs-customers";
import type {
  CustomerProfile,
  CustomerRecord,
  IdentifierName,
  V1CouponItem,
  V2Coupon,
  V2Series,
} from "./types";

const FIXED: ReadonlyMap<number, CustomerRecord> = new Map(
  [...DOCS_CUSTOMERS, ...DEMO_CUSTOMERS].map((c) => [c.profile.id, c]),
);

/** Upper-cased stored code -> ids of customers holding a coupon with that code (any case). */
const CODE_OWNERS = new Map<string, number[]>();
for (const c of FIXED.values()) {
  const codes = [...c.coupons(new Date()).map((x) => x.code), ...(c.v1Items ?? []).map((x) => x.code)];
  for (const code of codes) {
    const owners = CODE_OWNERS.get(code.toUpperCase()) ?? [];
    if (!owners.includes(c.profile.id)) owners.push(c.profile.id);
    CODE_OWNERS.set(code.toUpperCase(), owners);
  }
}

export function findCustomer(id: number): CustomerRecord | undefined {
  const fixed = FIXED.get(id);
  if (fixed) return fixed;
  const n = bulkN(id);
  return n === null ? undefined : bulkCustomer(n);
}

const IDENTIFIER_NAMES: readonly IdentifierName[] = ["mobile", "email", "externalId", "cardnumber"];

export function parseIdentifierName(raw: string | null): IdentifierName | null {
  const lower = (raw ?? "").toLowerCase();
  return IDENTIFIER_NAMES.find((n) => n.toLowerCase() === lower) ?? null;
}

/** Mobile numbers match on digits only; a 10-digit number also matches with India's `91` in front. */
function sameMobile(a: string, b: string): boolean {
  const x = a.replace(/\D/g, "");
  const y = b.replace(/\D/g, "");
  if (x === "" || y === "") return false;
  return x === y || (x.length === 10 && y === `91${x}`) || (y.length === 10 && x === `91${y}`);
}

function matches(profile: CustomerProfile, name: IdentifierName, value: string): boolean {
  const stored = profile[name];
  if (stored === undefined) return false;
  if (name === "mobile") return sameMobile(stored, value);
  if (name === "email") return stored.toLowerCase() === value.trim().toLowerCase();
  return stored === value.trim();
}

export function findCustomerByIdentifier(name: IdentifierName, value: string): CustomerRecord | undefined {
  for (const c of FIXED.values()) if (matches(c.profile, name, value)) return c;
  const canonical =
    name === "mobile"
      ? value.replace(/\D/g, "")
      : name === "email"
        ? value.trim().toLowerCase()
        : value.trim();
  const n = bulkNFromIdentifier(name, canonical);
  return n === null ? undefined : bulkCustomer(n);
}

export type CodeHit =
  | { customer: CustomerRecord; coupon: V2Coupon; v1Item?: undefined }
  | { customer: CustomerRecord; v1Item: V1CouponItem; coupon?: undefined };

/**
 * Coupons whose stored code equals `code` ignoring case: the docs say the query "is not case sensitive";
 * `coupon_code_case` only decides how codes are written in the answer.
 */
export function findByCode(code: string, now: Date): CodeHit[] {
  const hits: CodeHit[] = [];
  const shown = (stored: string) => stored.toUpperCase() === code.toUpperCase();
  for (const id of CODE_OWNERS.get(code.toUpperCase()) ?? []) {
    const customer = FIXED.get(id);
    if (!customer) continue;
    for (const coupon of customer.coupons(now)) if (shown(coupon.code)) hits.push({ customer, coupon });
    for (const v1Item of customer.v1Items ?? []) if (shown(v1Item.code)) hits.push({ customer, v1Item });
  }
  const bulk = decodeBulkCode(code);
  if (bulk) {
    const [coupon] = bulkCoupons(bulk.n, now, [bulk.index]);
    if (coupon && shown(coupon.code)) hits.push({ customer: bulkCustomer(bulk.n), coupon });
  }
  return hits;
}

/** A series as `/v2/coupon/series` returns it, or undefined when the emulator does not know the id. */
export function findSeries(id: number, now: Date): V2Series | undefined {
  const docs = docsSeriesDetail(id) ?? docsEmbeddedSeries(id);
  if (docs) return docs;
  const def = [...DEMO_SERIES_LIST, ...BULK_SERIES].find((s) => s.id === id);
  return def ? buildSeriesDetail(def, now) : undefined;
}
