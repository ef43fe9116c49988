import type { Position } from "../../db/schema";

export type PositionStatus = Position["status"];
export type PositionMove = "submit" | "approve" | "reject" | "close" | "reopen";

/**
 * A position's life: draft → in review → published → closed. An operator's rejection sends it
 * back to draft with the reason; a closed position can be reopened as a draft. Expiry is not a
 * state: a published position past its expiry simply leaves the public list.
 */
const MOVES: Record<PositionMove, { from: readonly PositionStatus[]; to: PositionStatus; by: "employer" | "operator" | "either" }> = {
  submit: { from: ["draft"], to: "in_review", by: "employer" },
  approve: { from: ["in_review"], to: "published", by: "operator" },
  reject: { from: ["in_review"], to: "draft", by: "operator" },
  close: { from: ["published", "in_review"], to: "closed", by: "either" },
  reopen: { from: ["closed"], to: "draft", by: "employer" },
};

export function nextStatus(move: PositionMove, from: PositionStatus, actor: "employer" | "operator"): PositionStatus | null {
  const rule = MOVES[move];
  if (!rule.from.includes(from)) return null;
  if (rule.by !== "either" && rule.by !== actor) return null;
  return rule.to;
}

/** The statuses a move may start from (for the guarded UPDATE … WHERE status IN (…)). */
export function movableFrom(move: PositionMove): readonly PositionStatus[] {
  return MOVES[move].from;
}

export function movesFor(status: PositionStatus, actor: "employer" | "operator"): PositionMove[] {
  return (Object.keys(MOVES) as PositionMove[]).filter((move) => nextStatus(move, status, actor) !== null);
}

/** Only drafts are edited; a published position is closed or duplicated instead. */
export function isEditable(status: PositionStatus): boolean {
  return status === "draft";
}
