import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { confirmAlertAction } from "@/app/(site)/(public)/alerts/actions";
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
  return { title: t("confirmTitle") };
}

/** The double opt-in link: opening it asks; the button confirms (a mail scanner's visit subscribes nobody). */
export default async function ConfirmAlertPage({ params }: { params: Promise<{ token: string }> }) {
  await connection();
  const parsed = alertTokenSchema.safeParse(await params);
  const [t, alert] = await Promise.all([getTranslations("alerts"), parsed.success ? getAlertByToken({ token: parsed.data.token, confirm: true }) : null]);
  return (
    <ClientMessages namespaces={["formErrors", "validation"]}>
      <Container className="max-w-2xl space-y-6 py-8">
        <PageHeader title={t("confirmTitle")} description={alert ? t("confirmIntro") : undefined} />
        <Card className="space-y-4">
          {alert && parsed.success ? (
            <>
              <AlertSummary query={alert.query} />
              <OneButtonForm action={confirmAlertAction} fields={{ token: parsed.data.token }} label={t("confirmButton")} done={t("confirmed")} />
            </>
          ) : (
            <Alert tone="warning">{t("confirmInvalid")}</Alert>
          )}
        </Card>
      </Container>
    </ClientMessages>
  );
}
