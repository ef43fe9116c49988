import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { ClientMessages } from "@/components/i18n/client-messages";
import { InviteButton } from "@/components/matching/invite-button";
import { ReasonList } from "@/components/matching/reason-list";
import { ScoreBadge } from "@/components/matching/score-badge";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { requireArea } from "@/lib/auth/session";
import { getCatalogNames } from "@/lib/matching/names";
import { getMatchProfile } from "@/lib/matching/queries";
import { getEmployerPosition } from "@/lib/positions/mutations";
import { salaryRange } from "@/lib/positions/format";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export async function generateMetadata() {
  const t = await getTranslations("matching.profile");
  return { title: t("title") };
}

export default async function MatchProfilePage({ params }: { params: Promise<{ id: string; talentId: string }> }) {
  const { id, talentId } = await params;
  const user = await requireArea("employer", `/employer/positions/${id}/matches/${talentId}`);
  // Another's position, or a talent who does not let this employer see them, is not found.
  const valid = /^[1-9][0-9]{0,9}$/.test(id) && UUID.test(talentId);
  const profile = valid ? await getMatchProfile({ positionId: Number(id), employerId: user.employerId!, talentId }) : null;
  if (!profile) notFound();
  const locale = await getLocale();
  const [t, tp, names, position] = await Promise.all([
    getTranslations("matching"),
    getTranslations("positions"),
    getCatalogNames(locale),
    getEmployerPosition({ id: Number(id), employerId: user.employerId! }),
  ]);
  const none = t("profile.none");
  const facts: [string, string][] = [
    [t("profile.education"), profile.educationLevel ? tp(`education.${profile.educationLevel}`) : none],
    [t("profile.school"), profile.school || none],
    [t("profile.major"), profile.major || none],
    [t("profile.jobTitle"), profile.title || none],
    [t("profile.skills"), profile.skills.join(locale === "en" ? ", " : "、") || none],
    [t("profile.origin"), profile.origin === "overseas" ? t("profile.overseasFrom", { country: profile.country ?? "—" }) : t("profile.domestic")],
    [t("profile.graduation"), profile.graduationYear ? String(profile.graduationYear) : none],
    [t("profile.wishLocations"), profile.wishLocationIds.map((l) => names.locations[l] ?? "—").join(locale === "en" ? ", " : "、") || none],
    [t("profile.wishIndustries"), profile.wishIndustryIds.map((i) => names.industries[i] ?? "—").join(locale === "en" ? ", " : "、") || none],
    [t("profile.wishSalary"), salaryRange(profile.wishSalaryMin, profile.wishSalaryMax, locale) ?? none],
  ];
  return (
    <ClientMessages namespaces={["formErrors", "matching", "positions", "validation"]}>
      <div className="space-y-6">
        <PageHeader
          title={profile.name}
          description={t("profile.title")}
          actions={
            <ButtonLink href={`/employer/positions/${id}/matches`} variant="ghost">
              {t("matches.backToMatches")}
            </ButtonLink>
          }
        />
        <Card className="space-y-3">
          <div className="flex flex-wrap items-center justify-between gap-2">
            <CardTitle>{t("profile.forPosition", { title: profile.positionTitle })}</CardTitle>
            {profile.score !== null ? <ScoreBadge score={profile.score} /> : null}
          </div>
          <ReasonList reasons={profile.reasons} names={names} />
          {profile.applied ? (
            <Alert tone="info">{t("profile.applied")}</Alert>
          ) : position?.status === "published" ? (
            <InviteButton positionId={Number(id)} talentId={profile.talentId} name={profile.name} invited={profile.invited} />
          ) : null}
        </Card>
        <Card>
          <dl className="grid gap-x-6 gap-y-3 text-sm sm:grid-cols-2">
            {facts.map(([label, value]) => (
              <div key={label}>
                <dt className="text-slate-600">{label}</dt>
                <dd className="font-medium text-slate-900">{value}</dd>
              </div>
            ))}
          </dl>
          {profile.bio ? (
            <div className="mt-4 text-sm">
              <h3 className="text-slate-600">{t("profile.bio")}</h3>
              <p className="mt-1 whitespace-pre-line text-slate-900">{profile.bio}</p>
            </div>
          ) : null}
          <p className="mt-4 text-xs text-slate-600">{t("profile.contactHidden")}</p>
        </Card>
      </div>
    </ClientMessages>
  );
}
