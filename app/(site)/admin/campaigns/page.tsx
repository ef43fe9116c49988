import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { findManagedCampaigns } from "@/lib/campaigns/manage";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata() {
  const t = await getTranslations("adminManage.campaigns");
  return { title: t("title") };
}

export default async function AdminCampaignsPage() {
  await requirePermission({ action: "admin.manage" }, "/admin/campaigns");
  const [t, format, locale, rows] = await Promise.all([getTranslations("adminManage.campaigns"), getFormatter(), getLocale(), findManagedCampaigns()]);
  const day = (d: Date) => format.dateTime(d, { dateStyle: "medium", timeStyle: "short", timeZone: "Asia/Shanghai" });
  return (
    <div className="space-y-6">
      <PageHeader title={t("title")} description={t("intro")} actions={<ButtonLink href="/admin/campaigns/new">{t("new")}</ButtonLink>} />
      {rows.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((c) => (
            <li key={c.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:gap-4" data-testid="admin-campaign">
              <div className="min-w-0 flex-1">
                <Link href={`/admin/campaigns/${c.id}`} className="font-medium text-slate-900 hover:underline">
                  {localized(locale, c.nameZh, c.nameEn)}
                </Link>
                <p className="mt-0.5 text-xs text-slate-600">
                  {c.slug} · {t("period")}: {day(c.startsAt)} – {day(c.endsAt)} · {t("boards")}: {c.boards}
                </p>
              </div>
              {c.featured ? <Badge tone="brand" className="self-start sm:self-auto">{t("featured")}</Badge> : null}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
