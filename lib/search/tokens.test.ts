import { describe, expect, it } from "vitest";
import { documentTokens, normalise, queryTokens } from "./tokens";

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
});
