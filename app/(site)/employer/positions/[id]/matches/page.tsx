import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InviteButton } from "@/components/matching/invite-button";
import { ReasonList } from "@/components/matching/reason-list";
import { MatchCard } from "@/components/matching/match-card";
import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { getCatalogNames } from "@/lib/matching/names";
import { findMatchingTalents } from "@/lib/matching/queries";
import { getEmployerPosition } from "@/lib/positions/mutations";

export async function generateMetadata() {
  const t = await getTranslations("matching.matches");
  return { title: t("title") };
}

export default async function PositionMatchesPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  const user = await requireArea("employer", `/employer/positions/${id}/matches`);
  // Another organisation's position, like a missing one, is not found.
  const position = /^[1-9][0-9]{0,9}$/.test(id) ? await getEmployerPosition({ id: Number(id), employerId: user.employerId! }) : null;
  if (!position) notFound();
  const [t, tp, names, talents] = await Promise.all([
    getTranslations("matching"),
    getTranslations("positions"),
    getLocale().then(getCatalogNames),
    findMatchingTalents({ positionId: position.id, employerId: user.employerId! }),
  ]);
  const published = position.status === "published";
  return (
    <ClientMessages namespaces={["formErrors", "matching", "positions", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={t("matches.title")}
          description={position.title}
          actions={
            <ButtonLink href={`/employer/positions/${position.id}`} variant="ghost">
              {t("matches.back")}
            </ButtonLink>
          }
        />
        <p className="text-sm text-slate-600">{t("matches.intro")}</p>
        {!published ? <Alert tone="info">{t("matches.notPublic")}</Alert> : null}
        {!talents || talents.length === 0 ? (
          <EmptyState title={t("matches.empty")} />
        ) : (
          <ol className="space-y-3">
            {talents.map((talent) => (
              <li key={talent.talentId}>
                <MatchCard
                  href={`/employer/positions/${position.id}/matches/${talent.talentId}`}
                  title={talent.name}
                  badge={talent.origin === "overseas" ? <Badge className="ml-2 align-middle">{t("matches.overseas")}</Badge> : null}
                  score={talent.score}
                  facts={[talent.educationLevel ? tp(`education.${talent.educationLevel}`) : null, talent.major, talent.title].filter(Boolean).join(" · ")}
                >
                  <ReasonList reasons={talent.reasons} names={names} />
                  <div className="flex flex-wrap items-center gap-2">
                    <ButtonLink href={`/employer/positions/${position.id}/matches/${talent.talentId}`} size="sm" variant="ghost">
                      {t("matches.viewProfile")}
                    </ButtonLink>
                    {published ? <InviteButton positionId={position.id} talentId={talent.talentId} name={talent.name} invited={talent.invited} /> : null}
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
