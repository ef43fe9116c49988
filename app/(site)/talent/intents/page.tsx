import Link from "next/link";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { IntentStatusBadge } from "@/components/intents/intent-status-badge";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireArea } from "@/lib/auth/session";
import { pageNumber } from "@/lib/forms/fields";
import { localized } from "@/lib/i18n/localized";
import { findTalentIntents } from "@/lib/intents/queries";

export async function generateMetadata() {
  const t = await getTranslations("intents");
  return { title: t("myIntents") };
}

const pageSchema = pageNumber();

export default async function TalentIntentsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("talent", "/talent/intents");
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, locale, { rows, hasMore }] = await Promise.all([getTranslations("intents"), getFormatter(), getLocale(), findTalentIntents({ talentId: user.id, page })]);
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("myIntents")}
        description={t("myIntentsIntro")}
        actions={
          <>
            <ButtonLink href="/positions" variant="secondary">
              {t("findPositions")}
            </ButtonLink>
            <ButtonLink href="/talent/projects/new">{t("newProject")}</ButtonLink>
          </>
        }
      />
      {rows.length === 0 ? (
        page === 1 ? <EmptyState title={t("noIntents")}>{t("noIntentsHint")}</EmptyState> : null
      ) : (
        <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
          {rows.map((row) => (
            <li key={row.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="talent-intent">
              <div className="min-w-0">
                <Link href={`/talent/intents/${row.id}`} className="font-medium text-slate-900 hover:underline">
                  {row.title}
                </Link>
                <p className="text-sm text-slate-600">
                  {row.kind === "project" ? t("kind.project") : t("kind.employment")} · {row.employerName ?? localized(locale, row.platformZh ?? row.boardZh, row.platformEn ?? row.boardEn)}
                </p>
              </div>
              <div className="flex shrink-0 flex-wrap items-center gap-2 text-sm text-slate-600">
                {row.unread > 0 ? <Badge tone="brand">{t("unreadCount", { count: row.unread })}</Badge> : null}
                <time dateTime={row.statusChangedAt.toISOString()}>{format.dateTime(row.statusChangedAt, { dateStyle: "medium" })}</time>
                <IntentStatusBadge status={row.status} />
              </div>
            </li>
          ))}
        </ul>
      )}
      <Pager page={page} hasMore={hasMore} hrefOf={(n) => (n > 1 ? `/talent/intents?page=${n}` : "/talent/intents")} labels={{ previous: t("previousPage"), next: t("nextPage") }} />
    </div>
  );
}
