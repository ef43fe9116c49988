import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { z } from "zod";
import { Badge } from "@/components/ui/badge";
import { cn } from "@/components/ui/cn";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { findAnnouncements } from "@/lib/announcements/queries";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata() {
  const t = await getTranslations("announcements");
  return { title: t("title") };
}

const one = (v: unknown) => (Array.isArray(v) ? v[0] : v);
const params = z.object({
  category: z.preprocess(one, z.string().regex(/^[a-z0-9-]{1,50}$/).optional()).catch(undefined),
  page: z.preprocess(one, z.coerce.number().int().min(1).max(1000).default(1)).catch(1),
});
const PAGE = 20;

export default async function AnnouncementsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[]>> }) {
  const { category, page } = params.parse(await searchParams);
  const [t, format, locale, result] = await Promise.all([getTranslations("announcements"), getFormatter(), getLocale(), findAnnouncements({ category, page, limit: PAGE })]);
  const href = (c?: string, p?: number) => `/announcements?${new URLSearchParams({ ...(c ? { category: c } : {}), ...(p && p > 1 ? { page: String(p) } : {}) })}`;
  return (
    <Container className="py-8">
      <PageHeader title={t("title")} description={t("intro")} />
      <nav aria-label={t("categories")} className="mt-4 flex flex-wrap gap-2 text-sm">
        {[{ code: undefined, label: t("all"), count: result.categories.reduce((s, c) => s + c.count, 0) }, ...result.categories.map((c) => ({ code: c.code, label: localized(locale, c.nameZh, c.nameEn), count: c.count }))].map((c) => (
          <Link
            key={c.code ?? "all"}
            href={href(c.code)}
            aria-current={category === c.code ? "page" : undefined}
            className={cn("rounded-full px-3 py-1 ring-1 ring-slate-300 hover:bg-slate-100", category === c.code && "bg-brand-600 text-white ring-brand-600 hover:bg-brand-700")}
          >
            {c.label} <span className="tabular-nums">({c.count})</span>
          </Link>
        ))}
      </nav>
      {result.items.length === 0 ? (
        <div className="mt-6">
          <EmptyState title={t("empty")} />
        </div>
      ) : (
        <ul className="mt-6 divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {result.items.map((a) => (
            <li key={a.id} className="flex flex-col gap-1 p-4 sm:flex-row sm:items-center sm:gap-4" data-testid="announcement-row">
              <div className="flex shrink-0 items-center gap-2">
                <Badge tone="brand">{localized(locale, a.categoryZh, a.categoryEn)}</Badge>
                {a.pinned ? <Badge tone="warning">{t("pinned")}</Badge> : null}
              </div>
              <Link href={`/announcements/${a.id}`} className="min-w-0 flex-1 font-medium text-slate-900 hover:underline">
                {a.title}
              </Link>
              <time dateTime={a.publishedAt} className="shrink-0 text-sm text-slate-600">
                {format.dateTime(new Date(a.publishedAt), { dateStyle: "medium" })}
              </time>
            </li>
          ))}
        </ul>
      )}
      {result.total > page * PAGE ? (
        <Link href={href(category, page + 1)} rel="next" className="mt-4 inline-block text-sm font-medium text-brand-700 underline">
          {t("more")}
        </Link>
      ) : null}
    </Container>
  );
}
