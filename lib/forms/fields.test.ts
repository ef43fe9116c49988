import { describe, expect, it } from "vitest";
import { beijingDateInput, beijingDateTime, beijingDateTimeInput, codeField, idList } from "./fields";

describe("operator form fields", () => {
  it("reads a datetime-local value as Beijing time and shows it back the same", () => {
    const at = beijingDateTime.parse("2026-05-01T09:30");
    expect(at.toISOString()).toBe("2026-05-01T01:30:00.000Z");
    expect(beijingDateTimeInput(at)).toBe("2026-05-01T09:30");
    expect(beijingDateInput(new Date("2026-05-01T17:00:00Z"))).toBe("2026-05-02");
    expect(beijingDateTime.safeParse("2026-02-30T09:30").success).toBe(false);
  });
  it("takes none, one or many ticked ids", () => {
    expect(idList.parse(undefined)).toEqual([]);
    expect(idList.parse("3")).toEqual([3]);
    expect(idList.parse(["3", "5"])).toEqual([3, 5]);
    expect(idList.safeParse(["x"]).success).toBe(false);
  });
  it("accepts codes like housing-subsidy only", () => {
    expect(codeField.parse(" housing-subsidy ")).toBe("housing-subsidy");
    for (const bad of ["Housing", "a--b", "-a", "住房", ""]) expect(codeField.safeParse(bad).success).toBe(false);
  });
});
