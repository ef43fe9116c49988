import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/empty-state";
import { SectionHeading } from "@/components/ui/section-heading";
import type { AnnouncementSummary } from "@/lib/campaigns/queries";
import { localized } from "@/lib/i18n/localized";

export async function AnnouncementList({ announcements }: { announcements: AnnouncementSummary[] }) {
  const [t, format, locale] = await Promise.all([getTranslations("announcements"), getFormatter(), getLocale()]);
  return (
    <section aria-labelledby="announcements-title" className="py-10">
      <div className="flex items-baseline justify-between gap-3">
        <SectionHeading id="announcements-title" title={t("title")} />
        <Link href="/announcements" className="shrink-0 text-sm font-medium text-brand-700 hover:underline">
          {t("viewAll")}
        </Link>
      </div>
      {announcements.length === 0 ? (
        <EmptyState title={t("empty")} />
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {announcements.map((a) => (
            <li key={a.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:gap-4">
              <div className="flex shrink-0 items-center gap-2">
                <Badge tone="brand">{localized(locale, a.categoryZh, a.categoryEn)}</Badge>
                {a.pinned ? <Badge tone="warning">{t("pinned")}</Badge> : null}
              </div>
              <Link href={`/announcements/${a.id}`} className="min-w-0 flex-1 font-medium text-slate-900 hover:underline">
                {a.title}
              </Link>
              <time dateTime={a.publishedAt.toISOString()} className="shrink-0 text-sm text-slate-600">
                {format.dateTime(a.publishedAt, { dateStyle: "medium" })}
              </time>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
