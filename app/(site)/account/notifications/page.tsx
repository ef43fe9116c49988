import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { EmailPreferencesForm } from "@/components/notifications/email-preferences-form";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { getEmailPreferences } from "@/lib/notifications/queries";

export async function generateMetadata() {
  const t = await getTranslations("notify.prefs");
  return { title: t("title") };
}

export default async function NotificationPreferencesPage() {
  const user = await requireArea("account", "/account/notifications");
  const [t, n, preferences] = await Promise.all([getTranslations("notify.prefs"), getTranslations("notify"), getEmailPreferences({ userId: user.id })]);
  return (
    <ClientMessages namespaces={["formErrors", "notify", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("title")}
          description={t("intro", { email: user.email })}
          actions={
            <ButtonLink href="/notifications" variant="secondary">
              {n("title")}
            </ButtonLink>
          }
        />
        <Card>
          <EmailPreferencesForm preferences={preferences} />
        </Card>
      </div>
    </ClientMessages>
  );
}
