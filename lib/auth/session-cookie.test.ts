import { encode } from "next-auth/jwt";
import { describe, expect, it } from "vitest";
import { authConfig } from "./auth.config";
import { sessionClaims, sessionViewer } from "./session-cookie";

const PLAIN = "authjs.session-token";
const SECURE = "__Secure-authjs.session-token";

/** A session token as Auth.js makes it at sign-in (lib/auth/auth.config.ts jwt callback). */
const token = (claims: Record<string, unknown>, { salt = PLAIN, secret = authConfig.secret!, maxAge = 3600 } = {}) =>
  encode({ token: { sub: "u1", sv: 0, ...claims }, secret, salt, maxAge });
const jar = (entries: Record<string, string>) => new Map(Object.entries(entries));

describe("sessionViewer", () => {
  it("reads the role from a session cookie this secret made, plain or behind HTTPS", async () => {
    expect(await sessionViewer(jar({ [PLAIN]: await token({ role: "talent" }), NEXT_LOCALE: "en" }))).toBe("talent");
    expect(await sessionViewer(jar({ [SECURE]: await token({ role: "employer" }, { salt: SECURE }) }))).toBe("employer");
    const operator = await token({ role: "operator" });
    expect(await sessionViewer(jar({ [PLAIN]: operator }))).toBe("operator");
    // Read again from what it already read: the same answer.
    expect(await sessionViewer(jar({ [PLAIN]: operator }))).toBe("operator");
  });

  it("names no role for a token it cannot trust, an expired one, or one without a role", async () => {
    expect(await sessionViewer(jar({}))).toBeNull();
    expect(await sessionViewer(jar({ [PLAIN]: await token({}) })), "a session begun before roles were in the token").toBeNull();
    expect(await sessionViewer(jar({ [PLAIN]: await token({ role: "admin" }) })), "not a role of the site").toBeNull();
    expect(await sessionViewer(jar({ [PLAIN]: await token({ role: "talent" }, { secret: "another-secret-another-secret-0001" }) })), "another secret").toBeNull();
    expect(await sessionViewer(jar({ [PLAIN]: await token({ role: "talent" }, { salt: SECURE }) })), "made for the other cookie").toBeNull();
    expect(await sessionViewer(jar({ [PLAIN]: await token({ role: "talent" }, { maxAge: -60 }) })), "expired").toBeNull();
    expect(await sessionViewer(jar({ [PLAIN]: "not-a-token" }))).toBeNull();
    const good = await token({ role: "talent" });
    expect(await sessionViewer(jar({ [PLAIN]: `${good.slice(0, -4)}AAAA` })), "tampered").toBeNull();
  });

  it("leaves two session cookies, or one in chunks, to Auth.js", async () => {
    const good = await token({ role: "talent" });
    const cases: Record<string, string>[] = [
      { [PLAIN]: good, [SECURE]: await token({ role: "talent" }, { salt: SECURE }) },
      { [`${PLAIN}.0`]: good.slice(0, 100), [`${PLAIN}.1`]: good.slice(100) },
      { [PLAIN]: good, [`${PLAIN}.1`]: "x" },
    ];
    for (const cookies of cases) {
      expect(await sessionClaims(jar(cookies)), "Auth.js's to read").toBeUndefined();
      expect(await sessionViewer(jar(cookies)), "no members' copy").toBeNull();
    }
  });

  it("reads the user and the session's version for getCurrentUser, and nobody without a valid token", async () => {
    expect(await sessionClaims(jar({ [PLAIN]: await token({ sub: "u7", sv: 3, role: "employer" }) }))).toEqual({ sub: "u7", sv: 3, role: "employer" });
    expect(await sessionClaims(jar({ [PLAIN]: await token({ sub: "u8" }) })), "a token from before roles").toEqual({ sub: "u8", sv: 0, role: null });
    expect(await sessionClaims(jar({ NEXT_LOCALE: "en" })), "no session cookie").toBeNull();
    expect(await sessionClaims(jar({ [PLAIN]: "not-a-token" }))).toBeNull();
    expect(await sessionClaims(jar({ [PLAIN]: await token({ sub: "u9" }, { maxAge: -60 }) })), "expired").toBeNull();
    expect(await sessionClaims(jar({ [PLAIN]: await token({ sub: undefined, role: "talent" }) })), "no user").toBeNull();
  });
});
