import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { unsubscribeAlertAction } from "@/app/(site)/(public)/alerts/actions";
import { AlertSummary } from "@/components/alerts/alert-summary";
import { OneButtonForm } from "@/components/alerts/one-button-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { getAlertByToken } from "@/lib/alerts/queries";
import { alertTokenSchema } from "@/lib/alerts/schemas";

export async function generateMetadata() {
  const t = await getTranslations("alerts");
  return { title: t("unsubscribeTitle") };
}

/** The unsubscribe link of an alert e-mail: no sign-in; the page asks, the button unsubscribes. */
export default async function UnsubscribeAlertPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const parsed = alertTokenSchema.safeParse(await params);
  const [t, alert] = await Promise.all([getTranslations("alerts"), parsed.success ? getAlertByToken({ token: parsed.data.token }) : null]);
  return (
    <ClientMessages namespaces={["formErrors", "validation"]}>
      <Container className="max-w-2xl space-y-6 py-8">
        <PageHeader title={t("unsubscribeTitle")} description={alert ? t("unsubscribeIntro") : undefined} />
        <Card className="space-y-4">
          {alert && parsed.success ? (
            <>
              <AlertSummary query={alert.query} />
              <OneButtonForm action={unsubscribeAlertAction} fields={{ token: parsed.data.token }} label={t("unsubscribeButton")} done={t("unsubscribed")} variant="danger" />
            </>
          ) : (
            <Alert tone="warning">{t("unsubscribeGone")}</Alert>
          )}
        </Card>
      </Container>
    </ClientMessages>
  );
}
