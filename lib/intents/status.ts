import type { Intent } from "../../db/schema";

export type IntentStatus = Intent["status"];

/** 达成意向: an intent counts as reached from `reached` on, through signing and arrival. */
export const REACHED_STATUSES = ["reached", "signed", "onboard", "settled"] as const satisfies readonly IntentStatus[];

export function isReached(status: IntentStatus): boolean {
  return (REACHED_STATUSES as readonly IntentStatus[]).includes(status);
}
