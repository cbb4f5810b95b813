// GET /v2/coupon/series?ids=1,2,3 (comma separated and/or repeated `ids=`).
// `{"entity":[series...],"warnings":[...]}` in request order, duplicates once. The docs' series 520591 and
// 698948 are verbatim; other known series are the embedded series object, plus `customPropertyMap` where
// the demo data has one. Unknown ids are skipped with a warning `{"status":false,"code":8017,"message"}`;
// a missing or non-numeric id is 400 with the v2 error shape (code 400, errorCode INVALID_SERIES_ID).
import { findSeries } from "../data/catalog";
import { type EmuRequest, type EmuResponse, json, listParam, parsePositiveId, v2Error } from "../http";

export const SERIES_NOT_FOUND_WARNING = 8017;

export function couponSeries(req: EmuRequest): EmuResponse {
  const raw = listParam(req.query, "ids");
  if (raw.length === 0) return v2Error(400, 400, "ids is required", "INVALID_SERIES_ID");
  const ids: number[] = [];
  for (const value of raw) {
    const id = parsePositiveId(value);
    if (id === null) return v2Error(400, 400, `Invalid series id: ${value}`, "INVALID_SERIES_ID");
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
