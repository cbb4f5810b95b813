// GET /v2/customers/coupons?{id|mobile|email|externalId}=&status=&limit=&offset=&coupon_code_case=
//     &transaction_numbers=&include_reversed_redemptions=&sort_order=
// The paginated list (next-endpoints §1), built from the same coupons the per-customer endpoint serves, in
// the list's documented shape, quirks included: `pagination.limit`/`offset` as strings, `validTill` at
// midnight beside the exact `validTillDateTime`, `createdDate` as org-local time labelled UTC beside the
// correct `createdDateISO`, redemptions with their ids, reversed ones only when asked for.
// What the status filters mean is unconfirmed; the emulator's reading is in data/inventions.ts.
import { applyCodeCase, parseCodeCase } from "../code-case";
import { asRecord, couponsNow, customerNamed } from "../customer-coupons-now";
import { statusMatches, LIST_STATUSES } from "../data/inventions";
import type { V2Coupon } from "../data/types";
import { type EmuRequest, type EmuResponse, json, listParam } from "../http";
import { reversedOf } from "../ledger";
import type { EmulatorState } from "../state";
import { toIstIso } from "../time";

const IST_MS = 330 * 60_000;
const utcLabelled = (iso: string) => `${new Date(Date.parse(iso) + IST_MS).toISOString().slice(0, 19)}Z`;
const isoZ = (iso: string) => `${new Date(Date.parse(iso)).toISOString().slice(0, 19)}Z`;
const midnight = (iso: string) => `${iso.slice(0, 10)}T00:00:00${iso.slice(19)}`;

function listed(
  c: V2Coupon,
  customerId: number,
  state: EmulatorState,
  withReversed: boolean,
  codeCase: "UPPER" | "LOWER" | "AS_IT_IS",
) {
  const redemptions = c.redemptionInfo.map((raw) => {
    const r = asRecord(raw);
    const at = String(r.redemptionDate ?? "");
    const store = asRecord(r.redeemedAtStore);
    return {
      id: r.redemptionId,
      date: utcLabelled(at),
      dateISO: isoZ(at),
      transactionNumber: String(r.transactionNumber ?? ""),
      redeemedAt: { code: store.code, name: store.name },
    };
  });
  const reversed = withReversed
    ? reversedOf(c, customerId, state.ledger).map((r) => ({
        id: r.id,
        date: toIstIso(r.at),
        dateISO: toIstIso(r.at),
        reversedOn: toIstIso(r.reversedAt!),
        redeemedAt: { code: r.store.code, name: r.store.name },
      }))
    : [];
  return {
    code: applyCodeCase(c.code, codeCase),
    seriesId: c.seriesId,
    description: c.description,
    validTill: midnight(c.validTill),
    discountType: c.couponDiscountType,
    discountValue: c.discountValue,
    discountUpto: c.discountUpto,
    redemptionCount: redemptions.length,
    redemptionsLeft: c.redemptionsLeft,
    id: c.id,
    createdDate: utcLabelled(c.issuedOn),
    createdDateISO: isoZ(c.issuedOn),
    transactionNumber: "0",
    issuedAt: { code: c.issuedAt.code, name: c.issuedAt.name },
    redemptions,
    reversedRedemptions: reversed,
    validTillDateTime: c.validTill,
  };
}

function integer(raw: string | null, fallback: number, max: number): number | null {
  if (raw === null || raw === "") return fallback;
  if (!/^\d{1,7}$/.test(raw)) return null;
  const n = Number(raw);
  return n > max ? null : n;
}

export function couponList(req: EmuRequest, state: EmulatorState): EmuResponse {
  const customer = customerNamed(req.query);
  // The only documented error is a 400 with an empty body.
  if (!customer) return json(400, {});
  const codeCase = parseCodeCase(req.query.get("coupon_code_case"));
  const limit = integer(req.query.get("limit"), 100, 1000);
  const offset = integer(req.query.get("offset"), 0, 10_000_000);
  const filter = (req.query.get("status") ?? "").toUpperCase();
  if (
    codeCase === null ||
    limit === null ||
    limit === 0 ||
    offset === null ||
    (filter !== "" && !LIST_STATUSES.has(filter))
  )
    return json(400, {});
  const bills = listParam(req.query, "transaction_numbers");
  const withReversed = req.query.get("include_reversed_redemptions") === "true";
  const newestFirst = (req.query.get("sort_order") ?? "DESC").toUpperCase() !== "ASC";
  const all = couponsNow(customer, state, req.now)
    .filter((c) => filter === "" || statusMatches(filter, c, req.now))
    .filter(() => bills.length === 0 || bills.includes("0"))
    .sort(
      (a, b) => (Date.parse(b.issuedOn) - Date.parse(a.issuedOn) || b.id - a.id) * (newestFirst ? 1 : -1),
    );
  const page = all.slice(offset, offset + limit);
  const p = customer.profile;
  return json(200, {
    entity: {
      pagination: { limit: String(limit), offset: String(offset), total: all.length },
      customers: [
        {
          firstname: p.firstName,
          lastname: p.lastName,
          email: p.email ?? "",
          mobile: p.mobile ?? "",
          id: p.id,
          ...(p.externalId ? { externalId: p.externalId } : {}),
          coupons: page.map((c) => listed(c, p.id, state, withReversed, codeCase)),
        },
      ],
    },
    warnings: [],
    errors: [],
    success: true,
  });
}
