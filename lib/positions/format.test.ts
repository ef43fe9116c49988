import { describe, expect, it } from "vitest";
import { salaryRange } from "./format";

describe("salaryRange", () => {
  it("writes a range, one bound, or nothing for 面议", () => {
    expect(salaryRange(15000, 25000, "zh")).toBe("15,000–25,000");
    expect(salaryRange(8000, 8000, "en")).toBe("8,000");
    expect(salaryRange(12000, null, "zh")).toBe("≥ 12,000");
    expect(salaryRange(null, 9000, "en")).toBe("≤ 9,000");
    expect(salaryRange(null, null, "zh")).toBeNull();
  });
});
