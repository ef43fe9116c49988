import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/admin/campaign-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getManagedCampaign } from "@/lib/campaigns/manage";
import { getCatalog } from "@/lib/catalog/queries";
import { beijingDateTimeInput } from "@/lib/forms/fields";
import { parseId } from "@/lib/http/ids";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata() {
  const t = await getTranslations("adminManage.campaigns");
  return { title: t("edit") };
}

export default async function AdminCampaignPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<{ saved?: string }> }) {
  const { id } = await params;
  await requirePermission({ action: "admin.manage" }, `/admin/campaigns/${id}`);
  const campaignId = parseId(id);
  const campaign = campaignId ? await getManagedCampaign({ id: campaignId }) : null;
  if (!campaign) notFound();
  const [t, locale, catalog, { saved }] = await Promise.all([getTranslations("adminManage.campaigns"), getLocale(), getCatalog(), searchParams]);
  const on = (b: boolean) => (b ? "on" : "");
  return (
    <ClientMessages namespaces={["adminManage", "formErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={localized(locale, campaign.nameZh, campaign.nameEn)} actions={campaign.featured ? <Badge tone="brand">{t("featured")}</Badge> : undefined} />
        {saved ? <Alert tone="success">{t("saved")}</Alert> : null}
        <Card>
          <CampaignForm
            key={JSON.stringify(campaign)}
            boards={catalog.boards}
            editId={campaign.id}
            initialBoards={campaign.boardIds}
            initial={{
              nameZh: campaign.nameZh,
              nameEn: campaign.nameEn,
              slug: campaign.slug,
              sloganZh: campaign.sloganZh,
              sloganEn: campaign.sloganEn,
              startsAt: beijingDateTimeInput(campaign.startsAt),
              endsAt: beijingDateTimeInput(campaign.endsAt),
              requireVerifiedEmployers: on(campaign.requireVerifiedEmployers),
              featured: on(campaign.featured),
            }}
          />
        </Card>
      </div>
    </ClientMessages>
  );
}
