import "server-only";

import type { z } from "zod";

import { CapillaryError } from "./errors";
import type { CapillaryHttp, CapillaryResult } from "./http";
import type { Logger } from "./log";
import type { MapContext } from "../mappers/map-context";

/** What every resource function is given by `createCapillaryClient`. */
export interface ResourceContext {
  http: CapillaryHttp;
  logger: Logger;
  timeZone: string;
}

/** Mapper context whose warnings become log lines tagged with the call they came from. */
export function mapContextFor(
  ctx: ResourceContext,
  template: string,
  requestId: string | undefined,
): MapContext {
  return {
    timeZone: ctx.timeZone,
    warn: (msg, details) => ctx.logger({ level: "warn", msg, path: template, requestId, ...details }),
  };
}

/**
 * Validates a 2xx body. On failure: `bad_response`, logging where the shape broke (paths and zod's
 * messages) but not the values, which may be personal data.
 */
export function decode<T extends z.ZodType>(
  ctx: ResourceContext,
  schema: T,
  result: CapillaryResult,
  template: string,
): z.output<T> {
  const parsed = schema.safeParse(result.body);
  if (parsed.success) return parsed.data;
  ctx.logger({
    level: "warn",
    msg: "Capillary answer has an unexpected shape",
    path: template,
    requestId: result.requestId,
    issues: parsed.error.issues
      .slice(0, 5)
      .map((issue) => ({ path: issue.path.join("."), message: issue.message })),
  });
  throw new CapillaryError("bad_response", "Capillary answer has an unexpected shape", {
    httpStatus: result.status,
    ...(result.requestId ? { requestId: result.requestId } : {}),
  });
}
