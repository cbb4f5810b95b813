import { mkdtempSync, readFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { noteRequestId } from "@/lib/capillary/request/request-ids";
import { ApiError } from "@/lib/server/http/api-error";
import { auditedLookup } from "./audited-lookup";
import { flushAudit, recentAuditEntries } from "./audit";
import { getEnv } from "@/lib/server/env";

describe("auditedLookup", () => {
  let file: string;
  beforeEach(() => {
    file = path.join(mkdtempSync(path.join(os.tmpdir(), "audit-")), "nested", "audit.log");
    vi.stubEnv("AUDIT_LOG_FILE", file);
    vi.spyOn(console, "log").mockImplementation(() => undefined);
  });
  afterEach(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
  });

  it("writes one line with the outcome and the request ids of the Capillary calls made", async () => {
    const value = await auditedLookup({
      staffUser: "ann",
      action: "customer_lookup",
      query: { id: "565032176" },
      run: async () => {
        noteRequestId("req-1");
        await Promise.resolve();
        noteRequestId("req-2");
        return { id: "565032176" };
      },
      summarise: (found) => ({ result: "found", customerIds: [found.id] }),
    });
    expect(value).toEqual({ id: "565032176" });
    await flushAudit();
    const line = JSON.parse(readFileSync(file, "utf8").trim()) as Record<string, unknown>;
    expect(line).toMatchObject({
      type: "audit",
      staffUser: "ann",
      action: "customer_lookup",
      result: "found",
      requestIds: ["req-1", "req-2"],
    });
    expect(recentAuditEntries(1)[0]).toEqual(line);
  });

  it("audits failures and passes them on", async () => {
    const failure = Object.assign(new Error("down"), { kind: "unavailable" });
    await expect(
      auditedLookup({
        staffUser: "bob",
        action: "code_check",
        query: {},
        run: () => Promise.reject(failure),
        summarise: () => ({ result: "x" }),
      }),
    ).rejects.toBe(failure);
    expect(recentAuditEntries(1)[0]).toMatchObject({ staffUser: "bob", result: "error:unavailable" });
  });

  it("throttles each member of staff separately, with a clear message", async () => {
    const lookup = (staffUser: string) =>
      auditedLookup({
        staffUser,
        action: "code_check",
        query: {},
        run: async () => 1,
        summarise: () => ({ result: "ok" }),
      });
    for (let i = 0; i < getEnv().limits.staffLookups[0]!.points; i++) await lookup("busy");
    const refused = await lookup("busy").catch((error: unknown) => error);
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({
      status: 429,
      saying: { key: "api.lookupThrottled", values: { seconds: expect.any(Number) } },
    });
    expect(recentAuditEntries(1)[0]).toMatchObject({ staffUser: "busy", result: "throttled" });
    await expect(lookup("calm")).resolves.toBe(1);
  });
});
