import "server-only";

import { nonEmpty, type MapContext } from "./map-context";
import type { Place, StoreRule } from "../types";

/** `redeemStoreType` values we can read. The docs show only `redeemable_stores`; its opposite is our guess. */
const ONLY_TYPES = new Set(["redeemable_stores"]);
const EXCEPT_TYPES = new Set(["non_redeemable_stores", "not_redeemable_stores", "excluded_stores"]);

const PLACE_LISTS: ReadonlyArray<[key: string, kind: Place["kind"]]> = [
  ["stores", "store"],
  ["tills", "till"],
  ["zones", "zone"],
  ["concepts", "concept"],
];

const asText = (value: unknown) =>
  typeof value === "string" || typeof value === "number" ? nonEmpty(String(value)) : null;

/** One entry of a `validRedemptionOrgEntityDetails` list: an object (no example shows one), an id or a code. */
function toPlace(entry: unknown, kind: Place["kind"]): Place | null {
  if (typeof entry === "number") return { kind, id: String(entry), code: null, name: null };
  if (typeof entry === "string")
    return nonEmpty(entry) ? { kind, id: null, code: entry.trim(), name: null } : null;
  if (typeof entry !== "object" || entry === null) return null;
  const record = entry as Record<string, unknown>;
  const place: Place = {
    kind,
    id: asText(record.id ?? record.entityId ?? record.orgEntityId),
    code: asText(record.code),
    name: asText(record.name ?? record.description),
  };
  return place.id === null && place.code === null && place.name === null ? null : place;
}

function places(details: Record<string, unknown> | undefined, ctx: MapContext): Place[] {
  const out: Place[] = [];
  for (const [key, kind] of PLACE_LISTS) {
    const list = details?.[key];
    if (list === undefined || list === null) continue;
    if (!Array.isArray(list)) {
      ctx.warn("Capillary sent a redemption place list that is not a list", { field: key });
      continue;
    }
    for (const entry of list) {
      const place = toPlace(entry, kind);
      if (place) out.push(place);
      else ctx.warn("Capillary sent an unreadable redemption place", { field: key });
    }
  }
  return out;
}

/**
 * The series' store rule from `redeemAtStore`/`storeIdsJson` (ids), `validRedemptionOrgEntityDetails`
 * (named places) and `redeemStoreType` (whether the list says where it works or where it does not).
 * An unknown `redeemStoreType` is kept and shown as stated rather than guessed at.
 */
export function toStoreRule(
  storeIds: number[] | null,
  redeemStoreType: string | undefined,
  details: Record<string, unknown> | undefined,
  ctx: MapContext,
): StoreRule | null {
  const named = places(details, ctx);
  const ids = storeIds ?? [];
  if (ids.length === 0 && named.length === 0) return null;
  const type = nonEmpty(redeemStoreType)?.toLowerCase() ?? null;
  const known = type === null || ONLY_TYPES.has(type) || EXCEPT_TYPES.has(type);
  if (!known) ctx.warn("Capillary sent a redeemStoreType we do not know", { redeemStoreType });
  return {
    mode: type !== null && EXCEPT_TYPES.has(type) ? "except" : "only",
    storeIds: ids,
    places: named,
    unrecognisedType: known ? null : (nonEmpty(redeemStoreType) ?? null),
  };
}
