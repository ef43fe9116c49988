import { getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { MarkAllReadButton } from "@/components/notifications/mark-all-read-button";
import { NotificationItems } from "@/components/notifications/notification-list";
import { ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { findNotifications } from "@/lib/notifications/queries";

export async function generateMetadata() {
  const t = await getTranslations("notify");
  return { title: t("title") };
}

/** Everyone's list behind the header's bell: every role, newest first. */
export default async function NotificationsPage() {
  const user = await requireArea("account", "/notifications");
  const [t, notifications] = await Promise.all([getTranslations("notify"), findNotifications({ userId: user.id, limit: 100 })]);
  return (
    <ClientMessages namespaces={["formErrors", "notify", "validation"]}>
      <Container className="max-w-3xl space-y-6 py-8">
        <PageHeader
          title={t("title")}
          description={t("intro")}
          actions={
            <div className="flex flex-wrap gap-2">
              {notifications.some((n) => !n.readAt) ? <MarkAllReadButton /> : null}
              <ButtonLink href="/account/notifications" variant="ghost" size="sm">
                {t("emailSettings")}
              </ButtonLink>
            </div>
          }
        />
        <Card>
          <NotificationItems notifications={notifications} />
        </Card>
      </Container>
    </ClientMessages>
  );
}
