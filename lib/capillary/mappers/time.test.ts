import { describe, expect, it } from "vitest";

import { toEndOfDayInstant, toInstant } from "./time";

describe("instants", () => {
  it("keeps offsets as sent", () => {
    expect(toInstant("2020-05-18T23:59:59+05:30", "UTC")).toBe("2020-05-18T23:59:59+05:30");
    expect(toInstant("2025-05-29T23:59:59Z", "Asia/Kolkata")).toBe("2025-05-29T23:59:59Z");
    expect(toInstant("2025-05-29T23:59:59+0530", "UTC")).toBe("2025-05-29T23:59:59+05:30");
  });

  it("reads zone-less times in the org zone, DST-aware", () => {
    expect(toInstant("2022-05-30 18:10:48", "Asia/Kolkata")).toBe("2022-05-30T18:10:48+05:30");
    expect(toInstant("2024-07-01 12:00:00", "Europe/London")).toBe("2024-07-01T12:00:00+01:00");
    expect(toInstant("2024-01-01 12:00:00", "Europe/London")).toBe("2024-01-01T12:00:00Z");
  });

  it("DD-MM-YYYY is the end of that day", () => {
    expect(toEndOfDayInstant("08-03-2122", "Asia/Kolkata")).toBe("2122-03-08T23:59:59+05:30");
    expect(toEndOfDayInstant("31-02-2024", "Asia/Kolkata")).toBeNull();
  });

  it("returns null for garbage", () => {
    expect(toInstant("soon", "Asia/Kolkata")).toBeNull();
    expect(toInstant("", "Asia/Kolkata")).toBeNull();
    expect(toInstant(undefined, "Asia/Kolkata")).toBeNull();
  });
});
