import { describe, expect, it } from "vitest";
import { documentTokens, normalise, queryTokens, SALARY_FLOORS, salaryFloorTokenFor, salaryTokens } from "./tokens";

const matches = (doc: string, query: string) => {
  const have = new Set(documentTokens(doc));
  const need = queryTokens(query);
  return need.length > 0 && need.every((t) => have.has(t));
};

describe("search tokens", () => {
  it("finds 1-, 2-, 3- and 4-character Chinese words inside a title", () => {
    const title = "海洋电子信息工程师";
    for (const q of ["海", "海洋", "电子信", "海洋电子", "工程师"]) expect(matches(title, q), q).toBe(true);
  });
  it("does not find characters that are there but not adjacent", () => {
    expect(matches("海洋电子信息工程师", "海子")).toBe(false);
    expect(matches("石化工艺工程师", "海洋")).toBe(false);
  });
  it("does not join words across punctuation or Latin text", () => {
    expect(matches("航空，海洋", "空海")).toBe(false);
    expect(matches("CAD设计", "d设")).toBe(false);
  });
  it("matches English words whole and in any case, full-width too", () => {
    expect(matches("熟悉 AutoCAD 与 Python", "python")).toBe(true);
    expect(matches("熟悉 AutoCAD 与 Python", "ＰＹＴＨＯＮ")).toBe(true);
    expect(matches("Marine electronics engineer", "Electronics ENGINEER")).toBe(true);
    expect(matches("Marine electronics engineer", "electron")).toBe(false);
  });
  it("gives no tokens for a query without words", () => {
    expect(queryTokens("  ，。!? ")).toEqual([]);
    expect(queryTokens("")).toEqual([]);
  });
  it("keeps Han and word tokens apart and fits them in 32-bit integers", () => {
    const tokens = documentTokens("海洋 ocean 龘龘 2020");
    for (const t of tokens) {
      expect(Number.isInteger(t)).toBe(true);
      expect(t).toBeGreaterThanOrEqual(-(2 ** 31));
      expect(t).toBeLessThan(2 ** 31);
    }
    expect(new Set(tokens).size).toBe(tokens.length);
  });
  it("never gives a word the code of a Han character or pair", () => {
    const words = ["ocean", "cad", "python", "2020", "engineer", "a", "zz", "phd"];
    const wordCodes = new Set(documentTokens(words.join(" ")));
    const hanCodes = documentTokens("海洋电子信息工程师龘龘石化航空外贸");
    for (const code of hanCodes) expect(wordCodes.has(code)).toBe(false);
    for (const code of wordCodes) {
      expect(code >>> 16).not.toBe(0);
      expect(code & 0xffff).toBeLessThan(0x2000);
    }
  });
  it("normalises width and case", () => {
    expect(normalise("ＡＢＣ１２３")).toBe("abc123");
  });
  it("gives a salary one token for each floor it reaches, codes no word, character or pair has", () => {
    expect(salaryTokens(null)).toEqual([]);
    expect(salaryTokens(4999)).toEqual([]);
    expect(salaryTokens(5000)).toHaveLength(1);
    expect(salaryTokens(19_999)).toHaveLength(4);
    expect(salaryTokens(20_000)).toHaveLength(5);
    expect(salaryTokens(1_000_000)).toHaveLength(SALARY_FLOORS.length);
    const all = salaryTokens(1_000_000);
    expect(all).toEqual([...all].sort((a, b) => a - b));
    const text = documentTokens("海洋电子信息工程师龘龘石化航空外贸 ocean cad python 2020 engineer a zz phd ⺀⺁ 〇々");
    for (const token of all) {
      expect(text).not.toContain(token);
      expect(token >>> 16).toBe(1);
      expect(token & 0xffff).toBeGreaterThanOrEqual(0x2000);
      expect(token & 0xffff).toBeLessThan(0x2e80);
    }
  });
  it("finds a search's salary floor among the floors: exact on one, the nearest below otherwise", () => {
    expect(salaryFloorTokenFor(4999)).toBeNull();
    expect(salaryFloorTokenFor(20_000)).toEqual({ token: salaryTokens(20_000).at(-1), exact: true });
    expect(salaryFloorTokenFor(22_000)).toEqual({ token: salaryTokens(20_000).at(-1), exact: false });
    expect(salaryFloorTokenFor(900_000)).toEqual({ token: salaryTokens(50_000).at(-1), exact: false });
    // A position paying at least the search's floor has the token the search requires.
    for (const floor of [5000, 7999, 8000, 12_345, 50_000, 60_000]) {
      for (const pay of [floor, floor + 1, floor * 2]) expect(salaryTokens(pay)).toContain(salaryFloorTokenFor(floor)!.token);
    }
  });
});
