import { describe, expect, it } from "vitest";
import { isLocale, localeFromAcceptLanguage } from "./config";

describe("localeFromAcceptLanguage", () => {
  it("defaults to Chinese without a header", () => {
    expect(localeFromAcceptLanguage(undefined)).toBe("zh");
    expect(localeFromAcceptLanguage("")).toBe("zh");
  });
  it("takes the highest-ranked supported language", () => {
    expect(localeFromAcceptLanguage("en-GB,en;q=0.9,zh-CN;q=0.8")).toBe("en");
    expect(localeFromAcceptLanguage("fr-FR,zh-CN;q=0.9,en;q=0.8")).toBe("zh");
    expect(localeFromAcceptLanguage("de;q=0.9,en;q=0.95")).toBe("en");
  });
  it("ignores unsupported and zero-weighted languages", () => {
    expect(localeFromAcceptLanguage("fr,de")).toBe("zh");
    expect(localeFromAcceptLanguage("en;q=0,fr")).toBe("zh");
  });
});

describe("isLocale", () => {
  it("accepts only the two supported locales", () => {
    expect(isLocale("zh")).toBe(true);
    expect(isLocale("en")).toBe(true);
    expect(isLocale("EN")).toBe(false);
    expect(isLocale(undefined)).toBe(false);
  });
});
