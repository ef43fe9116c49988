import { getTranslations } from "next-intl/server";
import { ChangePasswordForm } from "@/components/account/change-password-form";
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
  const t = await getTranslations("account");
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={`${user.name} · ${user.email}`}
        actions={
          <ButtonLink href="/account/reports" variant="secondary">
            {t("myReports")}
          </ButtonLink>
        }
      />
      <Card>
        <CardTitle>{t("changePassword")}</CardTitle>
        <div className="mt-4">
          <ChangePasswordForm />
        </div>
      </Card>
    </div>
  );
}
