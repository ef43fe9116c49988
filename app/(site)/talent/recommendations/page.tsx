import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { HideButton } from "@/components/matching/hide-button";
import { ReasonList } from "@/components/matching/reason-list";
import { MatchCard } from "@/components/matching/match-card";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { localized } from "@/lib/i18n/localized";
import { getCatalogNames } from "@/lib/matching/names";
import { findRecommendedPositions } from "@/lib/matching/queries";
import { findNotifications } from "@/lib/notifications/queries";
import { salaryRange } from "@/lib/positions/format";

export async function generateMetadata() {
  const t = await getTranslations("matching");
  return { title: t("title") };
}

export default async function RecommendationsPage() {
  const user = await requireArea("talent", "/talent/recommendations");
  const locale = await getLocale();
  const [t, tp, format, names, recommended, notifications] = await Promise.all([
    getTranslations("matching"),
    getTranslations("positions"),
    getFormatter(),
    getCatalogNames(locale),
    findRecommendedPositions({ talentId: user.id }),
    findNotifications({ userId: user.id }),
  ]);
  const invitations = notifications.filter((n) => n.kind === "matching.invited");
  return (
    <ClientMessages namespaces={["formErrors", "matching", "positions", "validation"]}>
      <div className="space-y-6">
        <PageHeader title={t("title")} description={t("intro")} />
        {invitations.length > 0 ? (
          <Card>
            <CardTitle>{t("invitations")}</CardTitle>
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {invitations.map((n) => (
                <li key={n.id} className="flex flex-wrap items-center justify-between gap-2 py-2">
                  <span className={n.readAt ? "text-slate-600" : "font-medium text-slate-900"}>
                    {t("invitation", { employer: String(n.data.employerName ?? ""), title: String(n.data.title ?? "") })}
                  </span>
                  <span className="flex items-center gap-3">
                    <time dateTime={n.createdAt.toISOString()} className="text-slate-600">
                      {format.dateTime(n.createdAt, { dateStyle: "medium" })}
                    </time>
                    <ButtonLink href={`/positions/${Number(n.data.positionId)}`} size="sm" variant="secondary">
                      {t("viewPosition")}
                    </ButtonLink>
                  </span>
                </li>
              ))}
            </ul>
          </Card>
        ) : null}
        {recommended.length === 0 ? (
          <EmptyState title={t("empty")} />
        ) : (
          <ol className="space-y-3">
            {recommended.map((p) => (
              <li key={p.id}>
                <MatchCard
                  href={`/positions/${p.id}`}
                  title={p.title}
                  score={p.score}
                  facts={[
                    p.employerName,
                    localized(locale, p.locationZh, p.locationEn),
                    localized(locale, p.industryZh, p.industryEn),
                    salaryRange(p.salaryMin, p.salaryMax, locale) ? tp("salaryPerMonth", { range: salaryRange(p.salaryMin, p.salaryMax, locale)! }) : tp("negotiable"),
                  ].join(" · ")}
                >
                  <div className="flex flex-col gap-2 sm:flex-row sm:items-end sm:justify-between">
                    <ReasonList reasons={p.reasons} names={names} />
                    <HideButton positionId={p.id} title={p.title} />
                  </div>
                </MatchCard>
              </li>
            ))}
          </ol>
        )}
      </div>
    </ClientMessages>
  );
}
