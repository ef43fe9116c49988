import { describe, expect, it } from "vitest";
import {
  CREDIT_CODE_ALPHABET,
  CREDIT_CODE_PATTERN,
  creditCodeCheckChar,
  generateCreditCode,
  isValidCreditCode,
  normalizeCreditCode,
  organizationCodeCheckChar,
  validateCreditCode,
} from "./credit-code";

/**
 * Codes published on companies' business licences. Each passes both the GB 32100 check
 * character and the GB 11714 check digit of its organisation code (verified by this module;
 * a random 18-character string does so about once in 341 tries).
 */
const PUBLISHED = {
  "Huawei Technologies Co., Ltd.": "914403001922038216",
  "Shenzhen Tencent Computer Systems Co., Ltd.": "91440300708461136T",
  "Xiaomi Inc. (小米科技有限责任公司)": "91110108551385082Q",
  "Beijing Baidu Netcom Science and Technology Co., Ltd.": "91110000802100433B",
  "China Petroleum & Chemical Corporation (Sinopec)": "91110000710926094P",
  "State Grid Corporation of China": "9111000071093123XX",
};

function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("credit codes (GB 32100-2015)", () => {
  it.each(Object.entries(PUBLISHED))("accepts the published code of %s", (_, code) => {
    expect(validateCreditCode(code)).toEqual({ ok: true });
    expect(creditCodeCheckChar(code.slice(0, 17))).toBe(code.charAt(17));
    expect(organizationCodeCheckChar(code.slice(8, 16))).toBe(code.charAt(16));
  });

  it("computes the organisation code's check digit per GB 11714, X included", () => {
    expect(organizationCodeCheckChar("19220382")).toBe("1");
    expect(organizationCodeCheckChar("71093123")).toBe("X");
  });

  it("refuses every code with one character changed", () => {
    for (const code of Object.values(PUBLISHED)) {
      for (let position = 0; position < 18; position++) {
        for (const replacement of CREDIT_CODE_ALPHABET) {
          if (replacement === code.charAt(position)) continue;
          const changed = code.slice(0, position) + replacement + code.slice(position + 1);
          expect(isValidCreditCode(changed), `${changed} (position ${position + 1})`).toBe(false);
        }
      }
    }
  });

  it("refuses two swapped neighbours", () => {
    const code = PUBLISHED["Huawei Technologies Co., Ltd."];
    for (let i = 0; i < 17; i++) {
      if (code.charAt(i) === code.charAt(i + 1)) continue;
      const swapped = code.slice(0, i) + code.charAt(i + 1) + code.charAt(i) + code.slice(i + 2);
      expect(isValidCreditCode(swapped), swapped).toBe(false);
    }
  });

  it("names the problem", () => {
    expect(validateCreditCode("91440300708461136")).toEqual({ ok: false, problem: "length" });
    expect(validateCreditCode("91440300708461136TX")).toEqual({ ok: false, problem: "length" });
    // I, O, S, V and Z are not in the alphabet; letters are not allowed in the division code.
    expect(validateCreditCode("91440300708461136I")).toEqual({ ok: false, problem: "format" });
    expect(validateCreditCode("9144A300708461136T")).toEqual({ ok: false, problem: "format" });
    expect(validateCreditCode("91440300708461136A")).toEqual({ ok: false, problem: "checksum" });
    // A wrong organisation check digit, with the final check character made to fit.
    const first17 = "914403007084611" + "0" + "6";
    const wrongOrg = first17.slice(0, 16) + (organizationCodeCheckChar(first17.slice(8, 16)) === "1" ? "2" : "1");
    expect(validateCreditCode(wrongOrg + creditCodeCheckChar(wrongOrg))).toEqual({ ok: false, problem: "organization_code" });
  });

  it("normalises what people type: spaces, dashes, lower case, full-width characters", () => {
    expect(normalizeCreditCode(" 9144 0300-7084 6113 6t ")).toBe("91440300708461136T");
    expect(normalizeCreditCode("９１４４０３００７０８４６１１３６Ｔ")).toBe("91440300708461136T");
    expect(isValidCreditCode(normalizeCreditCode("91440300708461136t"))).toBe(true);
  });

  it("generates valid codes with the asked prefix and division", () => {
    const random = seeded(42);
    const codes = new Set<string>();
    for (let i = 0; i < 2000; i++) {
      const code = generateCreditCode(random, { prefix: i % 2 ? "91" : "12", division: "330902" });
      expect(validateCreditCode(code), code).toEqual({ ok: true });
      expect(code).toMatch(CREDIT_CODE_PATTERN);
      expect(code.slice(0, 2)).toBe(i % 2 ? "91" : "12");
      expect(code.slice(2, 8)).toBe("330902");
      codes.add(code);
    }
    expect(codes.size).toBeGreaterThan(1990);
  });

  it("generates new-style (MA…) and legacy organisation codes", () => {
    const random = seeded(7);
    expect(generateCreditCode(random, { style: "new" }).slice(8, 10)).toBe("MA");
    expect(generateCreditCode(random, { style: "legacy" }).slice(8, 16)).toMatch(/^[0-9]{8}$/);
  });

  it("is the same for the same random source", () => {
    expect(generateCreditCode(seeded(1))).toBe(generateCreditCode(seeded(1)));
  });

  it("refuses bad generator options", () => {
    expect(() => generateCreditCode(Math.random, { prefix: "9I" })).toThrow(RangeError);
    expect(() => generateCreditCode(Math.random, { division: "33090" })).toThrow(RangeError);
  });
});
