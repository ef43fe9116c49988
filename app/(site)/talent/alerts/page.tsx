import { getFormatter, getTranslations } from "next-intl/server";
import { deleteAlertAction } from "@/app/(site)/talent/alerts/actions";
import { AlertFrequencyForm } from "@/components/alerts/alert-frequency-form";
import { AlertSummary } from "@/components/alerts/alert-summary";
import { OneButtonForm } from "@/components/alerts/one-button-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findAlertsOfUser } from "@/lib/alerts/queries";
import { requireArea } from "@/lib/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("alerts");
  return { title: t("listTitle") };
}

export default async function TalentAlertsPage() {
  const user = await requireArea("talent", "/talent/alerts");
  const [t, tp, format, alerts] = await Promise.all([getTranslations("alerts"), getTranslations("intents"), getFormatter(), findAlertsOfUser({ userId: user.id })]);
  return (
    <ClientMessages namespaces={["alerts", "formErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("listTitle")} description={t("listIntro")} actions={<ButtonLink href="/positions" variant="secondary">{tp("findPositions")}</ButtonLink>} />
        {alerts.length === 0 ? (
          <EmptyState title={t("none")} />
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            {alerts.map((alert) => (
              <li key={alert.id} className="space-y-3 p-4" data-testid="job-alert">
                <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-3">
                  <AlertSummary query={alert.query} />
                  <p className="shrink-0 text-xs text-slate-600">
                    {alert.lastSentAt ? t("lastSent", { date: format.dateTime(alert.lastSentAt, { dateStyle: "medium", timeStyle: "short" }) }) : t("neverSent")}
                  </p>
                </div>
                <div className="flex flex-wrap items-end justify-between gap-3">
                  <AlertFrequencyForm id={alert.id} frequency={alert.frequency} />
                  <OneButtonForm action={deleteAlertAction} fields={{ id: alert.id }} label={t("delete")} variant="ghost" />
                </div>
              </li>
            ))}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
}
