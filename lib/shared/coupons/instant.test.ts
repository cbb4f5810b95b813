import { afterEach, describe, expect, it, vi } from "vitest";
import { calendarDate, calendarDaysBetween, PARSED_KEPT, parseInstant } from "./instant";

describe("parseInstant", () => {
  it("reads the docs' offsets: +05:30 and Z", () => {
    expect(parseInstant("2020-05-18T23:59:59+05:30")).toBe(Date.UTC(2020, 4, 18, 18, 29, 59));
    expect(parseInstant("2025-05-29T23:59:59Z")).toBe(Date.UTC(2025, 4, 29, 23, 59, 59));
    expect(parseInstant("2025-05-29T23:59:59.500-07:00")).toBe(Date.UTC(2025, 4, 30, 6, 59, 59, 500));
  });

  it("accepts a space for T and an offset without colon, as lib/capillary may pass them through", () => {
    expect(parseInstant("2020-05-18 23:59:59+05:30")).toBe(Date.UTC(2020, 4, 18, 18, 29, 59));
    expect(parseInstant("2020-05-18T23:59:59+0530")).toBe(Date.UTC(2020, 4, 18, 18, 29, 59));
    expect(parseInstant(" 2025-05-29T23:59:59z ")).toBe(Date.UTC(2025, 4, 29, 23, 59, 59));
  });

  it("refuses wall-clock strings, which would be read in the runtime's zone", () => {
    expect(parseInstant("2020-05-18T23:59:59")).toBeNull();
    expect(parseInstant("2020-05-18 23:59:59")).toBeNull(); // v1.1's format
    expect(parseInstant("18-05-2020")).toBeNull();
    expect(parseInstant("2020-05-18")).toBeNull();
    expect(parseInstant(null)).toBeNull();
    expect(parseInstant("2020-13-45T99:00:00Z")).toBeNull();
  });
});

describe("parseInstant's memory", () => {
  afterEach(() => vi.restoreAllMocks());

  it("reads a string it has seen from memory, refusals too", () => {
    const parse = vi.spyOn(Date, "parse");
    const seen = "2031-01-02T03:04:05+05:30";
    expect(parseInstant(seen)).toBe(Date.UTC(2031, 0, 1, 21, 34, 5));
    expect(parseInstant(seen)).toBe(Date.UTC(2031, 0, 1, 21, 34, 5));
    expect(parse).toHaveBeenCalledTimes(1);
    const exec = vi.spyOn(RegExp.prototype, "exec");
    expect(parseInstant("2031-01-02T03:04:05")).toBeNull();
    expect(parseInstant("2031-01-02T03:04:05")).toBeNull();
    expect(exec).toHaveBeenCalledTimes(1);
  });

  it("keeps at most PARSED_KEPT strings: past that it reads again, and still right", () => {
    const first = "2032-06-30T23:59:59Z";
    expect(parseInstant(first)).toBe(Date.UTC(2032, 5, 30, 23, 59, 59));
    for (let i = 0; i < PARSED_KEPT; i++)
      parseInstant(new Date(Date.UTC(2033, 0, 1) + i * 1000).toISOString());
    const parse = vi.spyOn(Date, "parse");
    expect(parseInstant(first)).toBe(Date.UTC(2032, 5, 30, 23, 59, 59));
    expect(parse).toHaveBeenCalledTimes(1);
  });
});

describe("calendar days in a zone", () => {
  const ms = Date.parse("2020-05-18T18:29:59Z");

  it("puts one instant on different dates in different zones", () => {
    expect(calendarDate(ms, "Asia/Kolkata")).toEqual({ year: 2020, month: 5, day: 18 });
    expect(calendarDate(ms, "Pacific/Auckland")).toEqual({ year: 2020, month: 5, day: 19 });
    expect(calendarDate(Date.parse("2020-05-19T00:30:00+05:30"), "America/Los_Angeles")).toEqual({
      year: 2020,
      month: 5,
      day: 18,
    });
  });

  it("counts calendar days, not 24-hour blocks, across month and year ends", () => {
    expect(
      calendarDaysBetween(
        Date.parse("2020-05-18T23:00:00+05:30"),
        Date.parse("2020-05-19T01:00:00+05:30"),
        "Asia/Kolkata",
      ),
    ).toBe(1);
    expect(
      calendarDaysBetween(Date.parse("2024-12-31T12:00:00Z"), Date.parse("2025-03-01T12:00:00Z"), "UTC"),
    ).toBe(60);
    expect(
      calendarDaysBetween(Date.parse("2025-03-01T12:00:00Z"), Date.parse("2024-12-31T12:00:00Z"), "UTC"),
    ).toBe(-60);
  });
});
