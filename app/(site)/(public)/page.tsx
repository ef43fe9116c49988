import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AnnouncementList } from "@/components/home/announcement-list";
import { BoardList } from "@/components/home/board-list";
import { CampaignFigures } from "@/components/home/campaign-figures";
import { CampaignHero } from "@/components/home/campaign-hero";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { cachedRenderLocale } from "@/lib/cache/public-render";
import { findCampaignBoards, findLatestAnnouncements, getFeaturedCampaign } from "@/lib/campaigns/queries";
import { getCampaignFigures } from "@/lib/stats/queries";

export default async function HomePage() {
  // Live figures: the cached copies (app/(cached), visitors' and each role's) are at most
  // HOME_RENDER_SECONDS (plus the front cache's seconds) old. Never rendered at build time.
  if (!cachedRenderLocale()) await connection();
  const campaign = await getFeaturedCampaign();
  if (!campaign) {
    const t = await getTranslations("home");
    return (
      <Container className="py-16">
        <EmptyState title={t("noCampaign")} />
      </Container>
    );
  }
  const [figures, boards, announcements] = await Promise.all([
    getCampaignFigures({ campaignId: campaign.id }),
    findCampaignBoards({ campaignId: campaign.id }),
    findLatestAnnouncements({ campaignId: campaign.id }),
  ]);
  return (
    <>
      <CampaignHero campaign={campaign} now={new Date()} />
      <Container>
        <CampaignFigures figures={figures} />
        <BoardList boards={boards} />
        <AnnouncementList announcements={announcements} />
      </Container>
    </>
  );
}
