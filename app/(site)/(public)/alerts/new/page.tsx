import { connection } from "next/server";
import { getTranslations } from "next-intl/server";
import { AlertForm } from "@/components/alerts/alert-form";
import { AlertSummary } from "@/components/alerts/alert-summary";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Alert } from "@/components/ui/alert";
import { Card } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { PageHeader } from "@/components/ui/page-header";
import { canonicalQuery } from "@/lib/alerts/query";
import { getCurrentUser } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("alerts");
  return { title: t("newTitle") };
}

/**
 * "Alert me" for the search in the URL (the /positions parameters). Its own page, so that the
 * search page ships no form code: a talent saves it on the account, a visitor by e-mail.
 */
export default async function NewAlertPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await connection();
  const [t, user, query] = await Promise.all([getTranslations("alerts"), getCurrentUser(), searchParams.then(canonicalQuery)]);
  return (
    <ClientMessages namespaces={["alerts", "formErrors", "validation"]}>
      <Container className="max-w-2xl space-y-6 py-8">
        <PageHeader title={t("newTitle")} description={t("newIntro")} />
        <Card className="space-y-4">
          <div>
            <h2 className="text-sm font-semibold text-slate-900">{t("search")}</h2>
            <AlertSummary query={query} />
          </div>
          {!user ? <AlertForm query={query} mode="visitor" /> : user.role === "talent" ? <AlertForm query={query} mode="talent" /> : <Alert>{t("notForRole")}</Alert>}
        </Card>
      </Container>
    </ClientMessages>
  );
}
