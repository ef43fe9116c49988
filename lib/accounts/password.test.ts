import { describe, expect, it } from "vitest";
import { bcryptCost, hashPassword, passwordProblem, verifyPassword } from "./password";

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
    // The test runner's cost (see below); the app's is 10.
    expect(hash.slice(0, 7)).toBe("$2b$04$");
    expect(await verifyPassword("Haidao#2020", hash)).toBe(true);
    expect(await verifyPassword("Haidao#2021", hash)).toBe(false);
    expect(await verifyPassword("Haidao#2020", null)).toBe(false);
  });
});

describe("bcrypt's cost", () => {
  it("is 10 wherever the app runs, and bcrypt's least only under the test runner", () => {
    for (const nodeEnv of ["production", "development", undefined, "", "TEST"]) expect(bcryptCost(nodeEnv)).toBe(10);
    expect(bcryptCost("test")).toBe(4);
  });
});

describe("verifyPassword and the hashes stored before", () => {
  it("reads a hash bcryptjs made (the library the accounts were hashed with until December 2026)", async () => {
    // bcryptjs 3.0.3: hash("Zhihui#2020", "$2b$10$abcdefghijklmnopqrstuu").
    const stored = "$2b$10$abcdefghijklmnopqrstuutUuDCrIaIYrd8nXgTk.ZY8y11MZJQJi";
    expect(await verifyPassword("Zhihui#2020", stored)).toBe(true);
    expect(await verifyPassword("Zhihui#2021", stored)).toBe(false);
  });

  it("lets the event loop run while it compares (a sign-in does not hold other requests)", async () => {
    // A hash at the app's cost, 10 (~55 ms to compare): at the test runner's 4 a compare can end first.
    const hash = "$2b$10$abcdefghijklmnopqrstuutUuDCrIaIYrd8nXgTk.ZY8y11MZJQJi";
    let ranMeanwhile = false;
    const verified = verifyPassword("Zhihui#2020", hash).then((ok) => ({ ok, ranMeanwhile }));
    setImmediate(() => (ranMeanwhile = true));
    expect(await verified).toEqual({ ok: true, ranMeanwhile: true });
  });
});
