import { describe, expect, it } from "vitest";
import { hasSessionCookie } from "./auth.config";

describe("hasSessionCookie", () => {
  it("recognises Auth.js's session cookie, plain, secure and chunked", () => {
    expect(hasSessionCookie(["NEXT_LOCALE", "authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["__Secure-authjs.session-token"])).toBe(true);
    expect(hasSessionCookie(["authjs.session-token.0", "authjs.session-token.1"])).toBe(true);
  });
  it("does not take other cookies for a session", () => {
    expect(hasSessionCookie(["authjs.csrf-token", "authjs.callback-url", "session-token"])).toBe(false);
    expect(hasSessionCookie([])).toBe(false);
  });
});
