import { describe, expect, it } from "vitest";
import { safeReturnPath } from "./safe-redirect";

describe("safeReturnPath", () => {
  it("keeps paths on this site", () => {
    expect(safeReturnPath("/talent")).toBe("/talent");
    expect(safeReturnPath("/admin/audit?action=auth.sign_in")).toBe("/admin/audit?action=auth.sign_in");
  });
  it("keeps only the path of an absolute URL, so it never leaves this site", () => {
    expect(safeReturnPath("http://localhost:3000/talent?x=1")).toBe("/talent?x=1");
    expect(safeReturnPath("https://evil.example/admin")).toBe("/admin");
    expect(safeReturnPath("https://evil.example")).toBe("/");
  });
  it("drops other sites, protocol-relative and odd values", () => {
    for (const bad of ["//evil.example", "/\\evil.example", "javascript:alert(1)", "/a\nb", 42, null, ""]) {
      expect(safeReturnPath(bad)).toBeNull();
    }
  });
});
