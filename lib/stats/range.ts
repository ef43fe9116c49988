/**
 * The dashboard's scope from its URL: a campaign (or all of them) and a range of whole Beijing
 * days (UTC+8, no daylight saving), both ends included. Pure; unit-tested beside it.
 */
import { z } from "zod";

export const BEIJING_OFFSET_MS = 8 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;
/** The longest range the dashboard draws day by day. */
export const MAX_RANGE_DAYS = 366;

export interface CampaignDates {
  id: number;
  startsAt: Date;
  endsAt: Date;
}

export interface DashboardRange {
  campaignId: number | null;
  /** First and last day, YYYY-MM-DD, Beijing time. */
  fromDay: string;
  toDay: string;
  days: number;
  /** The window [from, to) as instants. */
  from: Date;
  to: Date;
  /** The previous period: as many days, just before. */
  previous: { fromDay: string; toDay: string; from: Date; to: Date };
}

export type RangeIssue = { parameter: "campaign" | "from" | "to"; message: "invalid" | "order" | "tooLong" | "unknownCampaign" };

const day = z.string().regex(/^\d{4}-\d{2}-\d{2}$/).refine((s) => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s));

const paramsSchema = z.object({
  campaign: z.union([z.literal("all"), z.coerce.number().int().positive()]).optional(),
  from: day.optional(),
  to: day.optional(),
});

/** The Beijing day of an instant, YYYY-MM-DD. */
export function beijingDay(at: Date): string {
  return new Date(at.getTime() + BEIJING_OFFSET_MS).toISOString().slice(0, 10);
}

/** The instant a Beijing day starts. */
export function dayStart(dayText: string): Date {
  return new Date(Date.parse(`${dayText}T00:00:00Z`) - BEIJING_OFFSET_MS);
}

export function addDays(dayText: string, n: number): string {
  return new Date(Date.parse(`${dayText}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);
}

/** Every day from `fromDay` to `toDay`, both included. */
export function daysBetween(fromDay: string, toDay: string): string[] {
  const out: string[] = [];
  for (let d = fromDay; d <= toDay; d = addDays(d, 1)) out.push(d);
  return out;
}

function build(campaignId: number | null, fromDay: string, toDay: string): DashboardRange {
  const days = daysBetween(fromDay, toDay).length;
  const prevTo = addDays(fromDay, -1);
  const prevFrom = addDays(fromDay, -days);
  return {
    campaignId,
    fromDay,
    toDay,
    days,
    from: dayStart(fromDay),
    to: dayStart(addDays(toDay, 1)),
    previous: { fromDay: prevFrom, toDay: prevTo, from: dayStart(prevFrom), to: dayStart(fromDay) },
  };
}

/**
 * Reads `campaign` (an id or "all"), `from` and `to` (YYYY-MM-DD). Defaults: the featured
 * campaign over its own dates (up to today while it runs); for all campaigns, the last 30 days.
 */
export function parseDashboardRange(
  params: Record<string, string | string[] | undefined>,
  { campaigns, featuredId, now }: { campaigns: readonly CampaignDates[]; featuredId: number | null; now: Date },
): { ok: true; range: DashboardRange } | { ok: false; issues: RangeIssue[] } {
  const single = Object.fromEntries(
    ["campaign", "from", "to"].map((k) => {
      const v = params[k];
      return [k, Array.isArray(v) ? v[0] : v === "" ? undefined : v];
    }),
  );
  const parsed = paramsSchema.safeParse(single);
  if (!parsed.success) {
    return {
      ok: false,
      issues: parsed.error.issues.map((i) => ({ parameter: String(i.path[0]) as RangeIssue["parameter"], message: "invalid" })),
    };
  }
  const { campaign, from, to } = parsed.data;
  const campaignId = campaign === "all" ? null : (campaign ?? featuredId);
  const chosen = campaignId === null ? null : campaigns.find((c) => c.id === campaignId);
  if (campaignId !== null && !chosen) return { ok: false, issues: [{ parameter: "campaign", message: "unknownCampaign" }] };
  const today = beijingDay(now);
  const defaultFrom = chosen ? beijingDay(chosen.startsAt) : addDays(today, -29);
  // ends_at is exclusive: its last day is the day of the instant just before. A campaign under
  // way is shown up to today, not over the empty days still ahead.
  const lastDay = chosen ? beijingDay(new Date(chosen.endsAt.getTime() - 1)) : today;
  const defaultTo = chosen && today >= defaultFrom && today < lastDay ? today : lastDay;
  const fromDay = from ?? defaultFrom;
  const toDay = to ?? (from && !chosen ? today : defaultTo);
  if (toDay < fromDay) return { ok: false, issues: [{ parameter: "to", message: "order" }] };
  if (daysBetween(fromDay, toDay).length > MAX_RANGE_DAYS) return { ok: false, issues: [{ parameter: "to", message: "tooLong" }] };
  return { ok: true, range: build(campaignId, fromDay, toDay) };
}
