import { describe, expect, it } from "vitest";
import { LOGO_MAX_BYTES } from "./logo-image";
import { employerProfileFormSchema, employerProfileSchema } from "./profile";

const errors = (input: Record<string, unknown>) =>
  Object.fromEntries((employerProfileSchema.safeParse(input).error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("employerProfileSchema", () => {
  it("reads a profile with empty optional fields as absent", () => {
    expect(employerProfileSchema.parse({ kind: "university", industry: "", location: "3", website: "", description: " 海洋大学 " })).toEqual({
      kind: "university",
      location: 3,
      description: "海洋大学",
    });
  });
  it("refuses non-web links, unknown kinds and over-long text", () => {
    expect(errors({ kind: "university", website: "javascript:alert(1)" })).toEqual({ website: "url_invalid" });
    expect(errors({ kind: "pirate" })).toEqual({ kind: "choose_one" });
    expect(errors({ kind: "enterprise", description: "海".repeat(5001) })).toEqual({ description: "too_long" });
  });
});

describe("employerProfileFormSchema's logo field", () => {
  const logoError = (input: Record<string, unknown>) => employerProfileFormSchema.safeParse({ kind: "enterprise", ...input }).error?.issues.map((i) => [i.path[0], i.message]);

  it("reads an empty file input (no file chosen) as no change", () => {
    expect(employerProfileFormSchema.parse({ kind: "enterprise", logo: new File([], "", { type: "application/octet-stream" }) }).logo).toBeUndefined();
  });
  it("takes a chosen file, leaving what it is to the magic-byte check", () => {
    expect(employerProfileFormSchema.parse({ kind: "enterprise", logo: new File(["x"], "a.png") }).logo).toBeInstanceOf(Blob);
  });
  it("refuses an empty chosen file, one over the limit, one the form held back as too large, and a text value", () => {
    expect(logoError({ logo: new File([], "empty.png") })).toEqual([["logo", "logo_empty"]]);
    expect(logoError({ logo: new File([new Uint8Array(LOGO_MAX_BYTES + 1)], "big.png") })).toEqual([["logo", "logo_too_large"]]);
    expect(logoError({ logoTooLarge: "1" })).toEqual([["logo", "logo_too_large"]]);
    expect(logoError({ logo: "C:\\fakepath\\logo.png" })).toEqual([["logo", "logo_type"]]);
  });
});
