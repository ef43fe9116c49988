import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { recordFailedSignIn, recordSuccessfulSignIn, SIGN_IN_LIMITS, signInBlockedUntil } from "./throttle";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const unique = () => `throttle-${Date.now()}-${Math.random().toString(36).slice(2)}@example.com`;

describe("sign-in throttle (counters in the database)", () => {
  it("blocks an account after its allowed failures, for the rest of the window", async () => {
    const email = unique();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount - 1; i++) await recordFailedSignIn({ email, ip: "198.51.100.1" });
    expect(await signInBlockedUntil({ email, ip: "198.51.100.1" })).toBeNull();
    await recordFailedSignIn({ email, ip: "198.51.100.2" });
    const until = await signInBlockedUntil({ email, ip: "198.51.100.3" });
    expect(until).not.toBeNull();
    const minutes = (until!.getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(14);
    expect(minutes).toBeLessThanOrEqual(15);
    // The same account in another letter case is the same account.
    expect(await signInBlockedUntil({ email: email.toUpperCase(), ip: "198.51.100.4" })).not.toBeNull();
  });

  it("blocks an address that fails on many accounts, and only that address", async () => {
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress; i++) await recordFailedSignIn({ email: unique(), ip });
    expect(await signInBlockedUntil({ email: unique(), ip })).not.toBeNull();
    expect(await signInBlockedUntil({ email: unique(), ip: "192.0.2.99" })).toBeNull();
  });

  it("does not pool requests without a known address", async () => {
    for (let i = 0; i < SIGN_IN_LIMITS.perAddress + 1; i++) await recordFailedSignIn({ email: unique(), ip: "unknown" });
    expect(await signInBlockedUntil({ email: unique(), ip: "unknown" })).toBeNull();
  });

  it("counts concurrent failures exactly (two instances share the counter)", async () => {
    const email = unique();
    await Promise.all(Array.from({ length: SIGN_IN_LIMITS.perAccount }, () => recordFailedSignIn({ email, ip: "unknown" })));
    expect(await signInBlockedUntil({ email, ip: "unknown" })).not.toBeNull();
  });

  it("forgets an account's failures after a successful sign-in", async () => {
    const email = unique();
    for (let i = 0; i < SIGN_IN_LIMITS.perAccount; i++) await recordFailedSignIn({ email, ip: "unknown" });
    await recordSuccessfulSignIn({ email });
    expect(await signInBlockedUntil({ email, ip: "unknown" })).toBeNull();
  });
});
