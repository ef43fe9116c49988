import { describe, expect, it } from "vitest";
import { hashPassword, passwordProblem, verifyPassword } from "./password";

describe("passwordProblem", () => {
  it("accepts a reasonable password", () => {
    expect(passwordProblem("Haidao#2020")).toBeNull();
    expect(passwordProblem("舟山群岛人才2020")).toBeNull();
  });
  it("refuses short, over-long, simple and common passwords", () => {
    expect(passwordProblem("ab12")).toBe("password_too_short");
    expect(passwordProblem(`a1${"海".repeat(30)}`)).toBe("password_too_long");
    expect(passwordProblem("abcdefghij")).toBe("password_too_simple");
    expect(passwordProblem("1234567890")).toBe("password_too_simple");
    expect(passwordProblem("Password1")).toBe("password_too_simple");
  });
  it("refuses a password built on the e-mail's name", () => {
    expect(passwordProblem("wanglei2020", { email: "wanglei@example.com" })).toBe("password_contains_email");
  });
});

describe("hashPassword / verifyPassword", () => {
  it("verifies the right password and refuses a wrong one or a missing hash", async () => {
    const hash = await hashPassword("Haidao#2020");
    expect(hash).toMatch(/^\$2[aby]\$10\$/);
    expect(await verifyPassword("Haidao#2020", hash)).toBe(true);
    expect(await verifyPassword("Haidao#2021", hash)).toBe(false);
    expect(await verifyPassword("Haidao#2020", null)).toBe(false);
  });
});
