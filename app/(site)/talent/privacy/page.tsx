import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { DeleteAccountForm } from "@/components/talent/delete-account-form";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";

export async function generateMetadata() {
  const t = await getTranslations("talentArea");
  return { title: t("privacy") };
}

export default async function TalentPrivacyPage() {
  const t = await getTranslations("talentArea");
  return (
    <ClientMessages namespaces={["formErrors", "talentArea", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("privacy")} description={t("privacyIntro")} />
        <Card>
          <CardTitle>{t("exportTitle")}</CardTitle>
          <p className="mt-1 text-sm text-slate-600">{t("exportBody")}</p>
          {/* A plain link: the browser downloads the JSON file the route answers with. */}
          <a href="/talent/privacy/export" download className="mt-4 inline-flex h-10 items-center rounded-md bg-brand-600 px-4 text-sm font-medium text-white hover:bg-brand-700">
            {t("exportButton")}
          </a>
        </Card>
        <Card>
          <CardTitle>{t("deleteTitle")}</CardTitle>
          <Alert tone="warning" className="my-3">
            {t("deleteWarning")}
          </Alert>
          <DeleteAccountForm />
        </Card>
      </div>
    </ClientMessages>
  );
}
