import { describe, expect, it } from "vitest";
import { parseId } from "./ids";

describe("parseId", () => {
  it("reads plain positive 32-bit integers only", () => {
    expect(parseId("42")).toBe(42);
    expect(parseId("2147483647")).toBe(2147483647);
    for (const bad of ["0", "-1", "01", "1e3", "2147483648", "１２", "12abc", "", " 1"]) expect(parseId(bad), bad).toBeNull();
  });
});
