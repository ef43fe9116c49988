import "server-only";
import { desc } from "drizzle-orm";
import { getDb } from "../../db/index";
import { campaigns } from "../../db/schema";
import { parseDashboardRange, type DashboardRange, type RangeIssue } from "./range";

export interface CampaignChoice {
  id: number;
  nameZh: string;
  nameEn: string;
  startsAt: Date;
  endsAt: Date;
  featured: boolean;
}

export type ResolvedScope =
  | { ok: true; range: DashboardRange; campaigns: CampaignChoice[]; campaign: CampaignChoice | null }
  | { ok: false; issues: RangeIssue[]; campaigns: CampaignChoice[] };

/** The dashboard's, the report's and the exports' scope from their URL's parameters. */
export async function resolveStatsScope(params: Record<string, string | string[] | undefined>, now = new Date()): Promise<ResolvedScope> {
  const db = await getDb();
  const list: CampaignChoice[] = await db
    .select({ id: campaigns.id, nameZh: campaigns.nameZh, nameEn: campaigns.nameEn, startsAt: campaigns.startsAt, endsAt: campaigns.endsAt, featured: campaigns.featured })
    .from(campaigns)
    .orderBy(desc(campaigns.startsAt));
  const featured = list.find((c) => c.featured) ?? list[0] ?? null;
  const parsed = parseDashboardRange(params, { campaigns: list, featuredId: featured?.id ?? null, now });
  if (!parsed.ok) return { ok: false, issues: parsed.issues, campaigns: list };
  const campaign = list.find((c) => c.id === parsed.range.campaignId) ?? null;
  return { ok: true, range: parsed.range, campaigns: list, campaign };
}

/** The scope as URL parameters, for links to the exports and the report. */
export function scopeQuery(range: DashboardRange): string {
  return new URLSearchParams({ campaign: range.campaignId === null ? "all" : String(range.campaignId), from: range.fromDay, to: range.toDay }).toString();
}
