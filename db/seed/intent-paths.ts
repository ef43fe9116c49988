/**
 * How an intent gets to its status: the exact number in each status, and the moves (with
 * who made them) from NULL→submitted to it.
 */
import type { SeedPlan } from "./plan";
import type { Rng } from "./random";
import type { IntentStatusValue } from "./rows";
import { DAY, HOUR } from "./time";

/** Largest-remainder split of total by weights. */
function split<K extends string>(total: number, weights: readonly (readonly [K, number])[]): Map<K, number> {
  const sum = weights.reduce((s, [, w]) => s + w, 0);
  const exact = weights.map(([k, w]) => [k, (total * w) / sum] as const);
  const out = new Map<K, number>(exact.map(([k, x]) => [k, Math.floor(x)]));
  let left = total - [...out.values()].reduce((s, n) => s + n, 0);
  const byRemainder = [...exact].sort((a, b) => b[1] - Math.floor(b[1]) - (a[1] - Math.floor(a[1])));
  for (const [k] of byRemainder) {
    if (left-- <= 0) break;
    out.set(k, (out.get(k) ?? 0) + 1);
  }
  return out;
}

export function statusCounts(plan: Pick<SeedPlan, "intents" | "reachedIntents">): Map<IntentStatusValue, number> {
  const reached = split<IntentStatusValue>(plan.reachedIntents, [
    ["reached", 0.4],
    ["signed", 0.3],
    ["onboard", 0.18],
    ["settled", 0.12],
  ]);
  const open = split<IntentStatusValue>(plan.intents - plan.reachedIntents, [
    ["submitted", 0.22],
    ["viewed", 0.2],
    ["negotiating", 0.18],
    ["declined", 0.2],
    ["withdrawn", 0.08],
    ["no_response", 0.12],
  ]);
  return new Map([...reached, ...open]);
}

export type Actor = "talent" | "employer" | "system";
export type BookingKind = "none" | "past" | "future";

export interface Path {
  steps: { to: IntentStatusValue; actor: Actor }[];
  booking: BookingKind;
  outcome: "held" | "no_show" | "follow_up" | null;
  /** A booking that was cancelled: before the live one, or when the talent withdrew. */
  cancelled: boolean;
  /** Shortest time between the intent's earliest moment and now for this history to fit. */
  span: number;
}

const S = (to: IntentStatusValue, actor: Actor) => ({ to, actor });

export function pathFor(rng: Rng, status: IntentStatusValue): Path {
  const opening = [S("submitted", "talent"), S("viewed", "employer")];
  const negotiated = [...opening, S("negotiating", "employer")];
  const simple = (steps: Path["steps"]): Path => ({ steps, booking: "none", outcome: null, cancelled: false, span: 2 * HOUR });
  const met = (steps: Path["steps"], outcome: Path["outcome"]): Path => ({ steps, booking: "past", outcome, cancelled: false, span: 3.5 * DAY });
  switch (status) {
    case "submitted":
      return simple([S("submitted", "talent")]);
    case "viewed":
      return simple(opening);
    case "negotiating": {
      const r = rng.next();
      if (r < 0.6) return { steps: negotiated, booking: "future", outcome: null, cancelled: rng.chance(0.1), span: 2 * HOUR };
      if (r < 0.85) return met(negotiated, "follow_up");
      return simple(negotiated);
    }
    case "reached":
      return met([...negotiated, S("reached", "employer")], "held");
    case "signed":
      return met([...negotiated, S("reached", "employer"), S("signed", "employer")], "held");
    case "onboard":
      return met([...negotiated, S("reached", "employer"), S("signed", "employer"), S("onboard", "employer")], "held");
    case "settled":
      return met([...negotiated, S("reached", "employer"), S("signed", "employer"), S("settled", "employer")], "held");
    case "declined": {
      const r = rng.next();
      if (r < 0.45) return simple([S("submitted", "talent"), S("declined", "employer")]);
      if (r < 0.8) return simple([...opening, S("declined", "employer")]);
      return met([...negotiated, S("declined", "employer")], rng.chance(0.6) ? "held" : "no_show");
    }
    case "withdrawn": {
      const r = rng.next();
      if (r < 0.55) return simple([S("submitted", "talent"), S("withdrawn", "talent")]);
      if (r < 0.85) return simple([...opening, S("withdrawn", "talent")]);
      return { steps: [...negotiated, S("withdrawn", "talent")], booking: "none", outcome: null, cancelled: true, span: 2 * HOUR };
    }
    case "no_response":
      return { steps: [S("submitted", "talent"), S("no_response", "system")], booking: "none", outcome: null, cancelled: false, span: 7.6 * DAY };
  }
}

export function eventNote(rng: Rng, to: IntentStatusValue, project: boolean, declineReason: string | null): string | null {
  switch (to) {
    case "negotiating":
      return "已邀请视频洽谈";
    case "reached":
      return project ? "初步达成项目落户意向" : "双方达成就职意向";
    case "signed":
      return project ? "已签订项目落户协议" : "已签订就业协议";
    case "onboard":
      return "已到岗报到";
    case "settled":
      return "项目已完成注册并入驻平台";
    case "declined":
      return declineReason;
    case "withdrawn":
      return rng.pick(["个人原因撤回意向", "已接受其他单位录用", "项目计划调整"]);
    case "no_response":
      return "单位7天未处理,系统自动标记为未回复";
    default:
      return null;
  }
}
