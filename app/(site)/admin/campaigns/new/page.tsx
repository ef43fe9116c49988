import { getTranslations } from "next-intl/server";
import { CampaignForm } from "@/components/admin/campaign-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { getCatalog } from "@/lib/catalog/queries";

export async function generateMetadata() {
  const t = await getTranslations("adminManage.campaigns");
  return { title: t("new") };
}

export default async function NewCampaignPage() {
  await requirePermission({ action: "admin.manage" }, "/admin/campaigns/new");
  const [t, catalog] = await Promise.all([getTranslations("adminManage.campaigns"), getCatalog()]);
  return (
    <ClientMessages namespaces={["adminManage", "formErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("new")} description={t("newIntro")} />
        <Card>
          <CampaignForm boards={catalog.boards} initial={{ requireVerifiedEmployers: "on" }} initialBoards={catalog.boards.map((b) => b.id)} />
        </Card>
      </div>
    </ClientMessages>
  );
}
