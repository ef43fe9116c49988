import { getFormatter, getTranslations } from "next-intl/server";
import { MarkReadButton } from "@/components/admin/mark-read-button";
import { ClientMessages } from "@/components/i18n/client-messages";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { requirePermission } from "@/lib/auth/session";
import { countPendingReviews } from "@/lib/employers/queries";
import { findNotifications } from "@/lib/notifications/queries";

export async function generateMetadata() {
  const t = await getTranslations("adminArea");
  return { title: t("overview") };
}

export default async function AdminHomePage() {
  const user = await requirePermission({ action: "admin.review" }, "/admin");
  const [t, format, pending, notifications] = await Promise.all([
    getTranslations("adminArea"),
    getFormatter(),
    countPendingReviews(),
    findNotifications({ userId: user.id }),
  ]);
  return (
    <ClientMessages namespaces={["adminArea"]}>
      <div className="space-y-6">
        <PageHeader title={t("overview")} description={t("intro")} actions={<ButtonLink href="/admin/employers">{t("reviewEmployers")}</ButtonLink>} />
        <dl className="grid grid-cols-2 gap-3">
          <Stat label={t("employersWaiting")} value={pending.employers} />
          <Stat label={t("positionsWaiting")} value={pending.positions} />
        </dl>
        <Card>
          <div className="flex flex-wrap items-center justify-between gap-2">
            <CardTitle>{t("notifications")}</CardTitle>
            {notifications.some((n) => !n.readAt) ? <MarkReadButton /> : null}
          </div>
          {notifications.length === 0 ? (
            <div className="mt-3">
              <EmptyState title={t("noNotifications")} />
            </div>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {notifications.map((n) => (
                <li key={n.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className={n.readAt ? "text-slate-600" : "font-medium text-slate-900"}>
                    {t.has(`notification.${n.kind}`)
                      ? t(`notification.${n.kind}`, { name: String(n.data.name ?? ""), title: String(n.data.title ?? "") })
                      : t("notification.other", { kind: n.kind })}
                  </span>
                  <time dateTime={n.createdAt.toISOString()} className="text-slate-600">
                    {format.dateTime(n.createdAt, { dateStyle: "medium", timeStyle: "short" })}
                  </time>
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
    </ClientMessages>
  );
}
