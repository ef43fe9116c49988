import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { AnnouncementStatusBadge } from "@/components/admin/announcement-status-badge";
import { SelectField } from "@/components/forms/select-field";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button, ButtonLink } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findManagedAnnouncements, getAnnouncementOptions } from "@/lib/announcements/manage";
import { ANNOUNCEMENT_STATUSES, announcementFilterSchema } from "@/lib/announcements/schemas";
import { requirePermission } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata() {
  const t = await getTranslations("adminManage.announcements");
  return { title: t("title") };
}

/** Every announcement, drafts and scheduled ones included, filtered by category and state. */
export default async function AdminAnnouncementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  await requirePermission({ action: "admin.manage" }, "/admin/announcements");
  const raw = await searchParams;
  const filter = announcementFilterSchema.parse(raw);
  const [t, format, locale, options, rows] = await Promise.all([
    getTranslations("adminManage.announcements"),
    getFormatter(),
    getLocale(),
    getAnnouncementOptions(),
    findManagedAnnouncements(filter),
  ]);
  const when = (d: Date | null) => (d ? format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" }) : t("noDate"));
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} actions={<ButtonLink href="/admin/announcements/new">{t("new")}</ButtonLink>} />
      {raw.deleted ? <Alert tone="success">{t("deleted")}</Alert> : null}
      <Card>
        <form method="get" className="grid gap-4 sm:grid-cols-[1fr_1fr_auto] sm:items-end">
          <SelectField
            id="filter-category"
            name="category"
            label={t("category")}
            defaultValue={filter.category ? String(filter.category) : ""}
            empty={t("all")}
            options={options.categories.map((c) => ({ value: String(c.id), label: localized(locale, c.nameZh, c.nameEn) }))}
          />
          <SelectField id="filter-status" name="status" label={t("status")} defaultValue={filter.status ?? ""} empty={t("all")} options={ANNOUNCEMENT_STATUSES.map((s) => ({ value: s, label: t(`statusName.${s}`) }))} />
          <Button type="submit">{t("filter")}</Button>
        </form>
      </Card>
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((a) => (
            <li key={a.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:gap-4" data-testid="admin-announcement">
              <div className="flex shrink-0 flex-wrap items-center gap-2">
                <AnnouncementStatusBadge status={a.status} />
                <Badge tone="brand">{localized(locale, a.categoryZh, a.categoryEn)}</Badge>
                {a.pinned ? <Badge tone="warning">{t("pinned")}</Badge> : null}
              </div>
              <div className="min-w-0 flex-1">
                <Link href={`/admin/announcements/${a.id}`} className="font-medium text-slate-900 hover:underline">
                  {a.title}
                </Link>
                <p className="mt-0.5 text-xs text-slate-600">
                  {t("publishedAt")}: {when(a.publishedAt)} · {t("deadline")}: {when(a.deadline)} · {t("positionsCount")}: {a.positions}
                </p>
              </div>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
