import "server-only";
import { eq } from "drizzle-orm";
import { getDb } from "../../db/index";
import { campaigns } from "../../db/schema";
import { getFeaturedCampaign } from "../campaigns/queries";
import { findPositionBreakdowns } from "./dashboard";
import { getCampaignFigures, type CampaignFigures } from "./queries";

export interface PublicStats {
  campaign: { slug: string; nameZh: string; nameEn: string; startsAt: string; endsAt: string };
  figures: CampaignFigures & { domesticTalents: number };
  boards: { code: string; nameZh: string; nameEn: string; positions: number; headcount: number }[];
  generatedAt: string;
}

/**
 * The public figures of a campaign (by slug; the featured one by default): the home page's
 * counts and positions per board. Aggregates only, no personal data. Null: no such campaign.
 */
export async function getPublicStats({ slug }: { slug?: string }): Promise<PublicStats | null> {
  const db = await getDb();
  const campaign = slug ? ((await db.select().from(campaigns).where(eq(campaigns.slug, slug)).limit(1))[0] ?? null) : await getFeaturedCampaign();
  if (!campaign) return null;
  const [figures, breakdowns] = await Promise.all([getCampaignFigures({ campaignId: campaign.id }), findPositionBreakdowns({ campaignId: campaign.id })]);
  return {
    campaign: { slug: campaign.slug, nameZh: campaign.nameZh, nameEn: campaign.nameEn, startsAt: campaign.startsAt.toISOString(), endsAt: campaign.endsAt.toISOString() },
    figures: { ...figures, domesticTalents: figures.talents - figures.overseasTalents },
    boards: breakdowns.board.map((b) => ({ code: b.key, nameZh: b.nameZh, nameEn: b.nameEn, positions: b.positions, headcount: b.headcount })),
    generatedAt: new Date().toISOString(),
  };
}
