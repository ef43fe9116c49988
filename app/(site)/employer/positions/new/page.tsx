import { getTranslations } from "next-intl/server";
import { PositionForm } from "@/components/employer/position-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea, requirePermission } from "@/lib/auth/session";
import { getCatalog } from "@/lib/catalog/queries";

export async function generateMetadata() {
  const t = await getTranslations("positionForm");
  return { title: t("new") };
}

export default async function NewPositionPage() {
  const user = await requireArea("employer", "/employer/positions/new");
  await requirePermission({ action: "employer.publish", employerId: user.employerId! }, "/employer/positions/new");
  const [t, catalog] = await Promise.all([getTranslations("positionForm"), getCatalog()]);
  return (
    <ClientMessages namespaces={["formErrors", "positionForm", "positions", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("new")} description={t("newIntro")} />
        <Card>
          <PositionForm catalog={catalog} initial={{ headcount: "1", experienceYears: "0" }} />
        </Card>
      </div>
    </ClientMessages>
  );
}
