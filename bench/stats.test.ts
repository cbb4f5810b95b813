import { describe, expect, it } from "vitest";
import { quantile } from "./stats";

describe("quantile", () => {
  it("reads the nearest rank, keeping the fractions autocannon's own percentiles drop", () => {
    const times = [51.9, 56.4, 56.2, 57.8, 55.1];
    expect(quantile(times, 0.5)).toBe(56.2);
    expect(quantile(times, 0.99)).toBe(57.8);
    expect(quantile(times, 0.2)).toBe(51.9);
  });

  it("is NaN with nothing answered, so a ratio built on it reads n/a", () => {
    expect(quantile([], 0.5)).toBeNaN();
  });
});
