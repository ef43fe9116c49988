import { getFormatter, getTranslations } from "next-intl/server";
import { EmployerDecisionForm } from "@/components/admin/employer-decision-form";
import { QueueCapped } from "@/components/admin/queue-capped";
import { ClientMessages } from "@/components/i18n/client-messages";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { countPendingReviews, findPendingEmployers } from "@/lib/employers/queries";

export async function generateMetadata() {
  const t = await getTranslations("adminArea");
  return { title: t("employers") };
}

export default async function AdminEmployersPage() {
  await requirePermission({ action: "admin.review" }, "/admin/employers");
  const [t, kinds, format, pending, waiting] = await Promise.all([getTranslations("adminArea"), getTranslations("employerKind"), getFormatter(), findPendingEmployers(), countPendingReviews()]);
  return (
    <ClientMessages namespaces={["adminArea", "formErrors", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("employers")} description={t("employersIntro")} />
        <QueueCapped shown={pending.length} total={waiting.employers} />
        {pending.length === 0 ? (
          <EmptyState title={t("nothingPending")} />
        ) : (
          <ul className="space-y-4">
            {pending.map((employer) => (
              <li key={employer.id}>
                <Card className="grid gap-4 md:grid-cols-[1fr_20rem]" data-testid="pending-employer">
                  <div className="min-w-0">
                    <h2 className="text-lg font-semibold text-slate-900">{employer.name}</h2>
                    <dl className="mt-2 grid gap-1 text-sm">
                      <div className="flex gap-2">
                        <dt className="text-slate-600">{t("creditCode")}</dt>
                        <dd className="font-mono">{employer.creditCode}</dd>
                      </div>
                      <div className="flex gap-2">
                        <dt className="text-slate-600">{t("kind")}</dt>
                        <dd>{kinds(employer.kind)}</dd>
                      </div>
                      <div className="flex gap-2">
                        <dt className="shrink-0 text-slate-600">{t("contact")}</dt>
                        <dd className="min-w-0 break-all">
                          {employer.ownerName} · {employer.ownerEmail}
                        </dd>
                      </div>
                      <div className="flex gap-2">
                        <dt className="text-slate-600">{t("registered")}</dt>
                        <dd>{format.dateTime(employer.createdAt, { dateStyle: "medium", timeStyle: "short" })}</dd>
                      </div>
                    </dl>
                  </div>
                  <EmployerDecisionForm employerId={employer.id} name={employer.name} />
                </Card>
              </li>
            ))}
          </ul>
        )}
      </div>
    </ClientMessages>
  );
}
