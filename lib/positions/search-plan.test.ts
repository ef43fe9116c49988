import { describe, expect, it } from "vitest";
import { planFor, shareKey, walkDepth } from "./search-plan";
import type { PositionSearch } from "./search-params";

const ROWS = 1_000_000;

describe("walk or collect (the search's plan)", () => {
  it("leaves a search without words to the planner, and collects a search nothing in the sample matches", () => {
    expect(planFor(null, 21, true)).toBe("planner");
    expect(planFor({ all: 0, postings: 0.01, rows: ROWS }, 21, true)).toBe("collect");
  });

  it("walks a common word (海, 36%) for a page, a count and facets", () => {
    const share = { all: 0.36, postings: 0.36, rows: ROWS };
    expect(planFor(share, 21, true)).toBe("walk");
    expect(planFor(share, 1001, false)).toBe("walk");
    expect(planFor(share, 5001, false)).toBe("walk");
  });

  it("counts a rarer word (医, 2%) through its postings but walks to its newest page and relevance pool", () => {
    const share = { all: 0.022, postings: 0.022, rows: ROWS };
    expect(planFor(share, 1001, false)).toBe("collect");
    expect(planFor(share, 21, true)).toBe("walk");
    expect(planFor(share, 1000, true)).toBe("walk");
  });

  it("collects a rare combination (a word and two filters, 0.2%) the index intersects", () => {
    const share = { all: 0.002, postings: 0.022, rows: ROWS };
    expect(planFor(share, 1000, true)).toBe("collect");
    expect(planFor(share, 5001, false)).toBe("collect");
  });

  it("counts a word whose tokens are each common (研究员: 研究 and 究员) by walking, though few rows have both", () => {
    expect(planFor({ all: 0.047, postings: 0.047, rows: ROWS }, 1001, false)).toBe("collect");
    expect(planFor({ all: 0.047, postings: 0.3, rows: ROWS }, 1001, false)).toBe("walk");
  });

  it("counts through the index a word whose pairs are each common, with a filter the index holds (海洋电子 ≥ 20,000: 1.35% of the newest, 0.8% of all)", () => {
    // Walking to the 1,001st match read 70,000 entries (23 ms); the index's count, 11 ms.
    expect(planFor({ all: 0.0135, postings: 0.38, rows: ROWS }, 1001, false)).toBe("collect");
    expect(planFor({ all: 0.0135, postings: 0.38, rows: ROWS }, 21, true)).toBe("walk");
  });

  it("on a small table, walks it whole rather than read most of its rows, and collects a few matches", () => {
    expect(planFor({ all: 0.5, postings: 0.5, rows: 715 }, 1000, true)).toBe("walk");
    expect(planFor({ all: 0.05, postings: 0.05, rows: 715 }, 1000, true)).toBe("collect");
  });

  it("bounds a walk at three times the depth the share promises, and leaves it unbounded when that passes every row", () => {
    // 医 at 2.2%: 1,001 matches expected within 45,500 entries; the walk may read 136,500.
    expect(walkDepth({ all: 0.022, postings: 0.022, rows: ROWS }, 1001)).toBe(136_500);
    // A word in 40 of the newest 2,000 (2%) but rare in all still stops after 150,150 entries.
    expect(walkDepth({ all: 0.02, postings: 0.0001, rows: ROWS }, 1001)).toBe(150_150);
    expect(walkDepth({ all: 0.5, postings: 0.5, rows: 715 }, 1001)).toBeNull();
    expect(walkDepth({ all: 0, postings: 0, rows: ROWS }, 1001)).toBeNull();
  });
});

describe("the key a sampled share is kept under", () => {
  const search = (fields: Partial<PositionSearch>) => ({ limit: 20, ...fields }) as PositionSearch;

  it("is the same for every sort, page and page size of one search, and with or without facets", () => {
    const key = shareKey(search({ q: "海洋", location: "dinghai" }), [1, 2]);
    expect(shareKey(search({ q: "海洋", location: "dinghai", sort: "salary", cursor: "abc", limit: 50, facets: "0" }), [1, 2])).toBe(key);
    // The words count by their tokens: the same tokens are the same words.
    expect(shareKey(search({ q: " 海洋 ", location: "dinghai" }), [1, 2])).toBe(key);
    expect(shareKey(search({ location: "dinghai", q: "海洋" }), [1, 2])).toBe(key);
  });

  it("differs with any filter or word", () => {
    const base = shareKey(search({ q: "海洋" }), [1, 2]);
    const others = [
      shareKey(search({ q: "海洋" }), [1, 3]),
      ...(["board", "platform", "location", "industry", "policy"] as const).map((f) => shareKey(search({ q: "海洋", [f]: "x" }), [1, 2])),
      shareKey(search({ q: "海洋", education: "master" }), [1, 2]),
      shareKey(search({ q: "海洋", level: "youth" as PositionSearch["level"] }), [1, 2]),
      shareKey(search({ q: "海洋", kind: "enterprise" }), [1, 2]),
      shareKey(search({ q: "海洋", salary: 20000 }), [1, 2]),
      shareKey(search({ q: "海洋", salary: 20001 }), [1, 2]),
      shareKey(search({ q: "海洋", overseas: "1" }), [1, 2]),
    ];
    expect(new Set([base, ...others]).size).toBe(others.length + 1);
  });
});
