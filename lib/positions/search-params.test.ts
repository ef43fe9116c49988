import { describe, expect, it } from "vitest";
import { salaryFloorTokenFor } from "../search/tokens";
import { parseSearchLenient, parseSearchStrict, SALARY_CHOICES, searchHref } from "./search-params";

describe("parseSearchStrict (the API)", () => {
  it("accepts a full search", () => {
    const result = parseSearchStrict(new URLSearchParams("q=海洋&board=haichuang&location=dinghai&education=master&salary=15000&overseas=1&sort=salary&limit=10"));
    expect(result).toEqual({
      ok: true,
      search: { q: "海洋", board: "haichuang", location: "dinghai", education: "master", salary: 15000, overseas: "1", sort: "salary", limit: 10 },
    });
  });
  it("names every bad or unknown parameter", () => {
    const result = parseSearchStrict(new URLSearchParams("salary=-5&limit=500&education=phd&board=DROP TABLE&foo=1"));
    expect(result.ok).toBe(false);
    const names = !result.ok ? result.errors.map((e) => e.parameter).sort() : [];
    expect(names).toEqual(["board", "education", "foo", "limit", "salary"]);
  });
  it("says a number is wanted when a number parameter is not one (letters, full-width digits, a fraction)", () => {
    for (const value of ["abc", "２００００", "20000.5", "1,000"]) {
      const result = parseSearchStrict({ salary: value, limit: value });
      const messages = !result.ok ? result.errors.map((e) => `${e.parameter}: ${e.message}`).sort() : [];
      expect(messages, JSON.stringify(value)).toEqual(["limit: must be a whole number", "salary: must be a whole number"]);
    }
  });
  it("refuses a query longer than 100 characters and a forged cursor", () => {
    expect(parseSearchStrict({ q: "海".repeat(101) }).ok).toBe(false);
    expect(parseSearchStrict({ cursor: "'; drop table positions;--" }).ok).toBe(false);
  });
  it("refuses a well-formed cursor that does not continue the search's sort, naming it", () => {
    const cursor = (k: unknown) => Buffer.from(JSON.stringify({ k })).toString("base64url");
    const relevance = cursor([1, "2026-05-01T08:00:00.000Z", 42]);
    const newest = cursor(["2026-05-01T08:00:00.000Z", 42]);
    const salary = cursor([30000, 42]);
    // Each fits its own order: q with words defaults to relevance, no words to newest.
    expect(parseSearchStrict({ q: "海洋", cursor: relevance }).ok).toBe(true);
    expect(parseSearchStrict({ cursor: newest }).ok).toBe(true);
    expect(parseSearchStrict({ q: "，。", sort: "relevance", cursor: newest }).ok).toBe(true);
    expect(parseSearchStrict({ q: "海洋", sort: "salary", cursor: salary }).ok).toBe(true);
    for (const [search, name] of [
      [{ q: "海洋", cursor: newest }, "newest's cursor on relevance"],
      [{ q: "海洋", sort: "newest", cursor: salary }, "salary's cursor on newest"],
      [{ sort: "salary", cursor: newest }, "newest's cursor on salary"],
      [{ cursor: cursor([1.5, 42]) }, "a fractional key"],
      [{ cursor: cursor(["2026-13-45", 42]) }, "no date"],
      [{ cursor: Buffer.from("not json").toString("base64url") }, "not JSON"],
    ] as const) {
      const result = parseSearchStrict(search);
      expect(result.ok, name).toBe(false);
      expect(!result.ok && result.errors.map((e) => e.parameter), name).toEqual(["cursor"]);
    }
  });
});

describe("parseSearchLenient (the page)", () => {
  it("drops what is bad and keeps the rest", () => {
    const { search, dropped } = parseSearchLenient({ q: "石化", salary: "abc", level: "top" });
    expect(search).toMatchObject({ q: "石化", level: "top", limit: 20 });
    expect(search.salary).toBeUndefined();
    expect(dropped).toEqual(["salary"]);
  });
  it("drops a cursor of another sort, and keeps the search", () => {
    const newest = Buffer.from(JSON.stringify({ k: ["2026-05-01T08:00:00.000Z", 42] })).toString("base64url");
    const { search, dropped } = parseSearchLenient({ q: "石化", sort: "salary", cursor: newest });
    expect(search).toMatchObject({ q: "石化", sort: "salary" });
    expect(search.cursor).toBeUndefined();
    expect(dropped).toEqual(["cursor"]);
  });
});

describe("searchHref", () => {
  it("keeps the whole search in the URL and drops empty values", () => {
    expect(searchHref({ q: "海洋", board: "haichuang" }, { board: undefined, location: "putuo" })).toBe("/positions?q=%E6%B5%B7%E6%B4%8B&location=putuo");
    expect(searchHref({}, {})).toBe("/positions");
  });
});

describe("control characters in the words", () => {
  it("refuses a NUL in the API and drops it on the page", () => {
    expect(parseSearchStrict({ q: "海\u0000洋" })).toMatchObject({ ok: false, errors: [{ parameter: "q" }] });
    expect(parseSearchLenient({ q: "海\u0000洋", location: "dinghai" })).toMatchObject({ dropped: ["q"], search: { location: "dinghai" } });
  });
});

describe("the search page's salary choices", () => {
  it("are floors the search index holds exactly", () => {
    for (const choice of SALARY_CHOICES) expect(salaryFloorTokenFor(choice)?.exact, String(choice)).toBe(true);
  });
});
