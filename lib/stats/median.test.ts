import { describe, expect, it } from "vitest";
import { medianOfHistogram } from "./median";

describe("medianOfHistogram", () => {
  it("takes the middle value, or the mean of the two middle ones, in the middle of its hour", () => {
    expect(medianOfHistogram([{ value: 5, count: 1 }, { value: 1, count: 1 }, { value: 9, count: 1 }])).toBe(5.5);
    expect(medianOfHistogram([{ value: 2, count: 2 }, { value: 10, count: 2 }])).toBe(6.5);
    expect(medianOfHistogram([{ value: 3, count: 100 }, { value: 400, count: 1 }])).toBe(3.5);
  });
  it("is null without values", () => {
    expect(medianOfHistogram([])).toBeNull();
    expect(medianOfHistogram([{ value: 3, count: 0 }])).toBeNull();
  });
});
