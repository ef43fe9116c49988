import { describe, expect, it } from "vitest";
import { isEditable, movesFor, nextStatus } from "./lifecycle";

describe("position life cycle", () => {
  it("goes draft → in review → published → closed", () => {
    expect(nextStatus("submit", "draft", "employer")).toBe("in_review");
    expect(nextStatus("approve", "in_review", "operator")).toBe("published");
    expect(nextStatus("close", "published", "employer")).toBe("closed");
    expect(nextStatus("reopen", "closed", "employer")).toBe("draft");
  });
  it("sends a rejected posting back to draft", () => {
    expect(nextStatus("reject", "in_review", "operator")).toBe("draft");
  });
  it("lets only operators decide and only employers submit", () => {
    expect(nextStatus("approve", "in_review", "employer")).toBeNull();
    expect(nextStatus("reject", "in_review", "employer")).toBeNull();
    expect(nextStatus("submit", "draft", "operator")).toBeNull();
    expect(nextStatus("close", "published", "operator")).toBe("closed");
  });
  it("refuses moves from the wrong state", () => {
    expect(nextStatus("approve", "draft", "operator")).toBeNull();
    expect(nextStatus("submit", "published", "employer")).toBeNull();
    expect(nextStatus("close", "draft", "employer")).toBeNull();
  });
  it("lists what each side may do", () => {
    expect(movesFor("draft", "employer")).toEqual(["submit"]);
    expect(movesFor("in_review", "operator")).toEqual(["approve", "reject", "close"]);
    expect(movesFor("published", "employer")).toEqual(["close"]);
    expect(isEditable("draft")).toBe(true);
    expect(isEditable("published")).toBe(false);
  });
});
