import { getTranslations } from "next-intl/server";
import { ReportQueueForm } from "@/components/admin/report-queue-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { findReportQueue } from "@/lib/reports/queries";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("queueTitle") };
}

export default async function AdminReportsPage() {
  await requirePermission({ action: "admin.moderate" }, "/admin/reports");
  const [t, queue] = await Promise.all([getTranslations("reports"), findReportQueue()]);
  return (
    <ClientMessages namespaces={["formErrors", "positionForm", "reports", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("queueTitle")} description={t("queueIntro")} />
        {/* Rendered when the queue is empty too: it keeps the answer to the decision that emptied it. */}
        <ReportQueueForm upTo={Math.max(0, ...queue.map((q) => q.latestId))} items={queue.map((q) => ({ ...q, latestAt: q.latestAt.toISOString() }))} />
      </div>
    </ClientMessages>
  );
}
