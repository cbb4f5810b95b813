// GET /v2/coupon/series?ids=1,2,3 (comma separated and/or repeated `ids=`).
// `{"entity":[series...],"warnings":[...]}` in request order, duplicates once. The docs' series 520591 and
// 698948 are verbatim; other known series are the embedded series object, plus `customPropertyMap` where
// the demo data has one. Unknown ids are skipped with a warning `{"status":false,"code":<invented>,"message"}`;
// a missing or non-numeric id is 400 with the v2 error shape (INVALID_SERIES_ID, see data/inventions.ts).
import { findSeries } from "../data/catalog";
import { INVENTED_ERROR_CODES } from "../data/inventions";
import { type EmuRequest, type EmuResponse, json, listParam, parsePositiveId, namedV2Error } from "../http";

export const SERIES_NOT_FOUND_WARNING = INVENTED_ERROR_CODES.SERIES_NOT_FOUND;

export function couponSeries(req: EmuRequest): EmuResponse {
  const raw = listParam(req.query, "ids");
  if (raw.length === 0) return namedV2Error(400, "INVALID_SERIES_ID", "ids is required");
  const ids: number[] = [];
  for (const value of raw) {
    const id = parsePositiveId(value);
    if (id === null) return namedV2Error(400, "INVALID_SERIES_ID", `Invalid series id: ${value}`);
    if (!ids.includes(id)) ids.push(id);
  }
  const entity: unknown[] = [];
  const warnings: unknown[] = [];
  for (const id of ids) {
    const series = findSeries(id, req.now);
    if (series) entity.push(series);
    else
      warnings.push({
        status: false,
        code: SERIES_NOT_FOUND_WARNING,
        message: `Coupon series ${id} not found`,
      });
  }
  return json(200, { entity, warnings });
}
