import { getTranslations } from "next-intl/server";
import { AnnouncementForm } from "@/components/admin/announcement-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { getAnnouncementOptions } from "@/lib/announcements/manage";
import { requirePermission } from "@/lib/auth/session";
import { getFeaturedCampaign } from "@/lib/campaigns/queries";

export async function generateMetadata() {
  const t = await getTranslations("adminManage.announcements");
  return { title: t("new") };
}

export default async function NewAnnouncementPage() {
  await requirePermission({ action: "admin.manage" }, "/admin/announcements/new");
  const [t, options, campaign] = await Promise.all([getTranslations("adminManage.announcements"), getAnnouncementOptions(), getFeaturedCampaign()]);
  return (
    <ClientMessages namespaces={["adminManage", "formErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("new")} description={t("newIntro")} />
        <Card>
          <AnnouncementForm options={options} initial={{ campaign: campaign ? String(campaign.id) : "" }} initialTags={[]} />
        </Card>
      </div>
    </ClientMessages>
  );
}
