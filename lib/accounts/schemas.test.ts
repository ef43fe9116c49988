import { describe, expect, it } from "vitest";
import { generateCreditCode } from "./credit-code";
import { changePasswordSchema, employerSignUpSchema, signInSchema, talentSignUpSchema } from "./schemas";

const fieldErrors = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
  Object.fromEntries((result.error?.issues ?? []).map((i) => [String(i.path[0]), i.message]));

describe("talentSignUpSchema", () => {
  it("normalises the e-mail and requires consent", () => {
    const ok = talentSignUpSchema.safeParse({ name: " 王磊 ", email: " WangLei@Example.COM ", password: "Haidao#2020", consent: "on" });
    expect(ok.success && ok.data).toMatchObject({ name: "王磊", email: "wanglei@example.com" });
    const noConsent = talentSignUpSchema.safeParse({ name: "王磊", email: "w@example.com", password: "Haidao#2020" });
    expect(fieldErrors(noConsent)).toMatchObject({ consent: "consent_required" });
  });
  it("names every bad field with a message key", () => {
    const result = talentSignUpSchema.safeParse({ name: "", email: "not-an-email", password: "short", consent: "on" });
    expect(fieldErrors(result)).toEqual({ name: "required", email: "email_invalid", password: "password_too_short" });
  });
  it("refuses wrong types without throwing", () => {
    const result = talentSignUpSchema.safeParse({ name: 42, email: null, password: ["x"], consent: true });
    expect(result.success).toBe(false);
  });
});

describe("employerSignUpSchema", () => {
  const valid = () => ({
    organisation: "舟山海洋电子信息有限公司",
    creditCode: generateCreditCode(() => 0.42),
    kind: "enterprise",
    name: "李华",
    email: "hr@example.com",
    password: "Haidao#2020",
    consent: "on",
  });
  it("accepts a valid credit code, also typed in lower case with spaces", () => {
    const input = valid();
    const result = employerSignUpSchema.safeParse({ ...input, creditCode: ` ${input.creditCode.toLowerCase()} ` });
    expect(result.success).toBe(true);
  });
  it("refuses a credit code with a wrong check character", () => {
    const input = valid();
    const last = input.creditCode.at(-1) === "0" ? "1" : "0";
    const result = employerSignUpSchema.safeParse({ ...input, creditCode: input.creditCode.slice(0, 17) + last });
    expect(fieldErrors(result).creditCode).toMatch(/^credit_code_/);
  });
  it("refuses an unknown kind of employer", () => {
    expect(fieldErrors(employerSignUpSchema.safeParse({ ...valid(), kind: "pirate" }))).toMatchObject({ kind: "choose_one" });
  });
});

describe("signInSchema and changePasswordSchema", () => {
  it("requires both sign-in fields", () => {
    expect(fieldErrors(signInSchema.safeParse({ email: "", password: "" }))).toEqual({ email: "required", password: "required" });
  });
  it("requires the new password twice", () => {
    const result = changePasswordSchema.safeParse({ currentPassword: "x", password: "Haidao#2021", confirm: "Haidao#2022" });
    expect(fieldErrors(result)).toEqual({ confirm: "password_mismatch" });
  });
});

describe("every problem at once", () => {
  it("reports the password's problem even when other fields failed too", () => {
    const result = talentSignUpSchema.safeParse({ name: "林海", email: "bad", password: "short" });
    expect(fieldErrors(result)).toEqual({ email: "email_invalid", password: "password_too_short", consent: "consent_required" });
  });
});
