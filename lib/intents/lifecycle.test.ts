import { describe, expect, it } from "vitest";
import { CLOSED_STATUSES, INTENT_MOVES, isClosed, movableFrom, movesFor, needsReason, nextStatus, PIPELINE_STATUSES } from "./lifecycle";

describe("[intents] the life cycle", () => {
  it("walks a job from submitted to on board, one employer move at a time", () => {
    expect(nextStatus("view", "submitted", "employer", "employment")).toBe("viewed");
    expect(nextStatus("negotiate", "viewed", "employer", "employment")).toBe("negotiating");
    expect(nextStatus("reach", "negotiating", "employer", "employment")).toBe("reached");
    expect(nextStatus("sign", "reached", "employer", "employment")).toBe("signed");
    expect(nextStatus("onboard", "signed", "employer", "employment")).toBe("onboard");
  });

  it("ends a project as settled, never on board, and a job never as settled", () => {
    expect(nextStatus("settle", "signed", "employer", "project")).toBe("settled");
    expect(nextStatus("onboard", "signed", "employer", "project")).toBeNull();
    expect(nextStatus("settle", "signed", "employer", "employment")).toBeNull();
  });

  it("lets the employer negotiate without viewing first, but not skip negotiation", () => {
    expect(nextStatus("negotiate", "submitted", "employer", "employment")).toBe("negotiating");
    expect(nextStatus("reach", "viewed", "employer", "employment")).toBeNull();
    expect(nextStatus("sign", "negotiating", "employer", "employment")).toBeNull();
  });

  it("gives withdrawing to the talent only, and every other move to the employer only", () => {
    expect(nextStatus("withdraw", "negotiating", "talent", "employment")).toBe("withdrawn");
    expect(nextStatus("withdraw", "negotiating", "employer", "employment")).toBeNull();
    for (const move of INTENT_MOVES.filter((m) => m !== "withdraw")) {
      for (const status of PIPELINE_STATUSES) expect(nextStatus(move, status, "talent", "employment")).toBeNull();
    }
  });

  it("does not withdraw or decline what is signed or closed", () => {
    for (const status of ["signed", ...CLOSED_STATUSES] as const) {
      expect(nextStatus("withdraw", status, "talent", "employment")).toBeNull();
      expect(nextStatus("decline", status, "employer", "employment")).toBeNull();
    }
  });

  it("has no move out of a closed state", () => {
    for (const status of CLOSED_STATUSES) {
      expect(isClosed(status)).toBe(true);
      expect(movesFor(status, "employer", "employment")).toEqual([]);
      expect(movesFor(status, "talent", "project")).toEqual([]);
    }
    expect(isClosed("negotiating")).toBe(false);
  });

  it("lists the moves of a state for each side", () => {
    expect(movesFor("submitted", "employer", "employment")).toEqual(["view", "negotiate", "decline"]);
    expect(movesFor("submitted", "talent", "employment")).toEqual(["withdraw"]);
    expect(movesFor("signed", "employer", "project")).toEqual(["settle"]);
  });

  it("asks a reason of a decline only", () => {
    expect(INTENT_MOVES.filter(needsReason)).toEqual(["decline"]);
  });

  it("names the statuses each move starts from, for the guarded UPDATE", () => {
    expect(movableFrom("decline")).toEqual(["submitted", "viewed", "negotiating", "reached"]);
    for (const move of INTENT_MOVES) {
      for (const status of movableFrom(move)) expect(nextStatus(move, status, move === "withdraw" ? "talent" : "employer", move === "settle" ? "project" : "employment")).not.toBeNull();
    }
  });
});
