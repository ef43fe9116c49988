import Link from "next/link";
import { getFormatter, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { SavePositionButton } from "@/components/intents/save-position-button";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Pager } from "@/components/ui/pager";
import { requireArea } from "@/lib/auth/session";
import { pageNumber } from "@/lib/forms/fields";
import { findSavedPositions } from "@/lib/intents/queries";

export async function generateMetadata() {
  const t = await getTranslations("intents");
  return { title: t("savedPositions") };
}

// Not bounded by SAVED_LIMIT's pages: a talent who saved more before the limit existed still reaches them all.
const pageSchema = pageNumber();

export default async function SavedPositionsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const user = await requireArea("talent", "/talent/saved");
  const page = pageSchema.parse((await searchParams).page);
  const [t, format, { rows, hasMore }] = await Promise.all([getTranslations("intents"), getFormatter(), findSavedPositions({ talentId: user.id, page })]);
  return (
    <ClientMessages namespaces={["formErrors", "intents", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("savedPositions")} description={t("savedIntro")} actions={<ButtonLink href="/positions" variant="secondary">{t("findPositions")}</ButtonLink>} />
        {rows.length === 0 ? (
          page === 1 ? <EmptyState title={t("noSaved")} /> : null
        ) : (
          <ul className="divide-y divide-slate-200 rounded-xl bg-white shadow-sm ring-1 ring-slate-200">
            {rows.map((row) => (
              <li key={row.id} className="flex flex-col gap-2 p-4 sm:flex-row sm:items-center sm:justify-between" data-testid="saved-position">
                <div className="min-w-0">
                  {row.public ? (
                    <Link href={`/positions/${row.id}`} className="font-medium text-slate-900 hover:underline">
                      {row.title}
                    </Link>
                  ) : (
                    <span className="font-medium text-slate-600">{row.title}</span>
                  )}
                  <p className="text-sm text-slate-600">
                    {row.employerName} · {t("savedOn", { date: format.dateTime(new Date(row.savedAt), { dateStyle: "medium" }) })}
                  </p>
                </div>
                <div className="flex shrink-0 flex-wrap items-center gap-2">
                  {!row.public ? <Badge tone="warning">{t("noLongerOpen")}</Badge> : null}
                  {row.intentId ? (
                    <ButtonLink href={`/talent/intents/${row.intentId}`} variant="ghost" size="sm">
                      {t("viewIntent")}
                    </ButtonLink>
                  ) : row.public ? (
                    <ButtonLink href={`/positions/${row.id}#register`} size="sm">
                      {t("register")}
                    </ButtonLink>
                  ) : null}
                  <SavePositionButton positionId={row.id} saved />
                </div>
              </li>
            ))}
          </ul>
        )}
        <Pager page={page} hasMore={hasMore} hrefOf={(n) => (n > 1 ? `/talent/saved?page=${n}` : "/talent/saved")} labels={{ previous: t("previousPage"), next: t("nextPage") }} />
      </div>
    </ClientMessages>
  );
}
