import { intentStatus } from "../../db/schema/enums";
import type { IntentStatus } from "./status";

export type IntentKind = "employment" | "project";
export type IntentActor = "talent" | "employer";
export type IntentMove = "view" | "negotiate" | "reach" | "sign" | "onboard" | "settle" | "decline" | "withdraw";

/**
 * An intent's life: submitted → viewed → negotiating → reached → signed → on board (a job) or
 * settled (a project); the employer may decline it (with a reason from DECLINE_REASONS) and the
 * talent may withdraw it until it is signed. `no_response` is the no-ghosting job's, never a
 * person's move (lib/intents/no-response.ts).
 */
const MOVES: Record<IntentMove, { from: readonly IntentStatus[]; to: IntentStatus; by: IntentActor; kind?: IntentKind }> = {
  view: { from: ["submitted"], to: "viewed", by: "employer" },
  negotiate: { from: ["submitted", "viewed"], to: "negotiating", by: "employer" },
  reach: { from: ["negotiating"], to: "reached", by: "employer" },
  sign: { from: ["reached"], to: "signed", by: "employer" },
  onboard: { from: ["signed"], to: "onboard", by: "employer", kind: "employment" },
  settle: { from: ["signed"], to: "settled", by: "employer", kind: "project" },
  decline: { from: ["submitted", "viewed", "negotiating", "reached"], to: "declined", by: "employer" },
  withdraw: { from: ["submitted", "viewed", "negotiating", "reached"], to: "withdrawn", by: "talent" },
};

export const INTENT_MOVES = Object.keys(MOVES) as IntentMove[];

/** The order of the pipeline's columns: the enum's own order. */
export const PIPELINE_STATUSES = intentStatus.enumValues;

/** Where the no-ghosting clock runs: nobody at the employer has moved the intent on yet. */
export const AWAITING_EMPLOYER = ["submitted", "viewed"] as const satisfies readonly IntentStatus[];

/** Closed intents: no more moves, no more messages. */
export const CLOSED_STATUSES = ["onboard", "settled", "declined", "withdrawn", "no_response"] as const satisfies readonly IntentStatus[];

/** What an employer may give as the reason of a decline (stored as the code, shown translated). */
export const DECLINE_REASONS = ["position_filled", "profile_mismatch", "experience", "education", "salary", "project_stage", "other_candidate"] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];
/** The reason the no-ghosting job writes. */
export const NO_RESPONSE_REASON = "no_response";

export function nextStatus(move: IntentMove, from: IntentStatus, actor: IntentActor, kind: IntentKind): IntentStatus | null {
  const rule = MOVES[move];
  if (rule.by !== actor) return null;
  if (rule.kind && rule.kind !== kind) return null;
  return rule.from.includes(from) ? rule.to : null;
}

/** The statuses a move may start from (for the guarded UPDATE … WHERE status IN (…)). */
export function movableFrom(move: IntentMove): readonly IntentStatus[] {
  return MOVES[move].from;
}

export function movesFor(status: IntentStatus, actor: IntentActor, kind: IntentKind): IntentMove[] {
  return INTENT_MOVES.filter((move) => nextStatus(move, status, actor, kind) !== null);
}

export function needsReason(move: IntentMove): boolean {
  return move === "decline";
}

export function isClosed(status: IntentStatus): boolean {
  return (CLOSED_STATUSES as readonly IntentStatus[]).includes(status);
}
