import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("account");
  return { title: t("title") };
}

export default async function AccountPage() {
  const user = await requireArea("account", "/account");
  const [t, n] = await Promise.all([getTranslations("account"), getTranslations("notify")]);
  return (
    <ClientMessages namespaces={["account", "auth", "formErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          description={`${user.name} · ${user.email}`}
          actions={
            <div className="flex flex-wrap gap-2">
              <ButtonLink href="/account/notifications" variant="secondary">
                {n("prefs.title")}
              </ButtonLink>
              <ButtonLink href="/account/reports" variant="secondary">
                {t("myReports")}
              </ButtonLink>
            </div>
          }
        />
        <Card>
          <CardTitle>{t("changePassword")}</CardTitle>
          <div className="mt-4">
            <ChangePasswordForm />
          </div>
        </Card>
      </div>
    </ClientMessages>
  );
}
