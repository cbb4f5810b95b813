import "server-only";

import { mapContextFor, decode, type ResourceContext } from "../request/resource-context";
import { listEnvelopeSchema, seriesSchema } from "../schemas/v2-coupon";
import { toSeriesSummary } from "../mappers/to-series";
import type { SeriesSummary } from "../types";
import { path } from "../request/url";
import { assertSeriesIds } from "../request/validate";

/** Keeps each request's URL short and its answer small; Capillary documents no limit, proxies have one. */
const MAX_SERIES_IDS_PER_CALL = 50;
const MAX_IDS_PARAM_CHARS = 1_500;

/** Splits ids into batches of at most `MAX_SERIES_IDS_PER_CALL` ids and `MAX_IDS_PARAM_CHARS` characters. */
export function batchSeriesIds(ids: readonly string[]): string[][] {
  const batches: string[][] = [];
  let batch: string[] = [];
  let chars = 0;
  for (const id of ids) {
    const added = id.length + (batch.length > 0 ? 1 : 0);
    if (
      batch.length > 0 &&
      (batch.length >= MAX_SERIES_IDS_PER_CALL || chars + added > MAX_IDS_PARAM_CHARS)
    ) {
      batches.push(batch);
      batch = [];
      chars = 0;
    }
    chars += batch.length > 0 ? id.length + 1 : id.length;
    batch.push(id);
  }
  if (batch.length > 0) batches.push(batch);
  return batches;
}

/**
 * Series details, the only source of `customPropertyMap.standard_terms_and_conditions`: one
 * `GET /v2/coupon/series?ids=a,b,c` per batch of distinct ids, batches in parallel. Ids Capillary doesn't
 * return are simply absent from the map.
 */
export async function getCouponSeries(
  ctx: ResourceContext,
  ids: readonly string[],
): Promise<Map<string, SeriesSummary>> {
  const distinct = assertSeriesIds(ids);
  const found = new Map<string, SeriesSummary>();
  if (distinct.length === 0) return found;
  const route = path`/v2/coupon/series`;
  const answers = await Promise.all(
    batchSeriesIds(distinct).map((batch) =>
      ctx.http({ method: "GET", path: route, query: { ids: batch.join(",") } }),
    ),
  );
  for (const result of answers) {
    const envelope = decode(ctx, listEnvelopeSchema, result, route.template);
    const mapCtx = mapContextFor(ctx, route.template, result.requestId);
    for (const item of envelope.entity) {
      const parsed = seriesSchema.safeParse(item);
      if (!parsed.success) {
        mapCtx.warn("Skipping a series Capillary sent in an unexpected shape", {});
        continue;
      }
      found.set(parsed.data.id, toSeriesSummary(parsed.data, mapCtx));
    }
  }
  return found;
}
