import { describe, expect, it } from "vitest";
import { formatFigure, roundedDownFigure, sentenceValues } from "./format";

describe("roundedDownFigure", () => {
  it("writes 3,216 talents as 3000余", () => {
    expect(roundedDownFigure(3216)).toEqual({ value: 3000, approximate: true });
  });
  it("keeps round and small figures exact", () => {
    expect(roundedDownFigure(3000)).toEqual({ value: 3000, approximate: false });
    expect(roundedDownFigure(97)).toEqual({ value: 97, approximate: false });
    expect(roundedDownFigure(0)).toEqual({ value: 0, approximate: false });
  });
  it("rounds by the leading digit at any size", () => {
    expect(roundedDownFigure(183)).toEqual({ value: 100, approximate: true });
    expect(roundedDownFigure(1_234_567)).toEqual({ value: 1_000_000, approximate: true });
  });
  it("refuses what is not a count", () => {
    expect(() => roundedDownFigure(-1)).toThrow(RangeError);
    expect(() => roundedDownFigure(Number.NaN)).toThrow(RangeError);
  });
});

describe("formatFigure", () => {
  it("writes figures below 10,000 without separators, like the article", () => {
    expect(formatFigure(3000, "zh")).toBe("3000");
    expect(formatFigure(973, "en")).toBe("973");
  });
  it("groups larger figures", () => {
    expect(formatFigure(1_000_000, "zh")).toBe("1,000,000");
    expect(formatFigure(12_500, "en")).toBe("12,500");
  });
});

describe("sentenceValues", () => {
  it("writes the demo's figures as the article does", () => {
    expect(sentenceValues({ employers: 183, positions: 715, announcementCategories: 4, talents: 3216, reachedIntents: 973 }, "zh")).toEqual({
      employers: "183",
      positions: "715",
      categories: "4",
      talents: "3000",
      approximate: "true",
      reached: "973",
    });
  });
});
