import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { EmployerLogo, logoSrc } from "@/components/employer/employer-logo";
import { ClientMessages } from "@/components/i18n/client-messages";
import { RegisterIntentCard } from "@/components/intents/register-intent-card";
import { Markdown } from "@/components/positions/markdown";
import { PolicyTags } from "@/components/positions/policy-tags";
import { ReportForm } from "@/components/positions/report-form";
import { ViewBeacon } from "@/components/stats/view-beacon";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { localized } from "@/lib/i18n/localized";
import { salaryRange } from "@/lib/positions/format";
import { getCurrentUser } from "@/lib/auth/session";
import { getEmployerLogoId } from "@/lib/employers/logo";
import { parseId } from "@/lib/http/ids";
import { getPublicPosition } from "@/lib/positions/queries";
import { getOpenReport } from "@/lib/reports/queries";
import { REPORT_REASONS } from "@/lib/reports/schemas";

async function load(id: string) {
  const positionId = parseId(id);
  return positionId ? getPublicPosition({ id: positionId }) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const position = await load((await params).id);
  return { title: position ? `${position.title} · ${position.employerName}` : undefined };
}

export default async function PositionPage({ params }: { params: Promise<{ id: string }> }) {
  const position = await load((await params).id);
  if (!position) notFound();
  const [t, format, locale, logoId, user] = await Promise.all([
    getTranslations("positions"),
    getFormatter(),
    getLocale(),
    getEmployerLogoId({ employerId: position.employerId, publicOnly: true }),
    getCurrentUser(),
  ]);
  const myReport = user ? await getOpenReport({ reporterId: user.id, positionId: position.id }) : null;
  const salary = salaryRange(position.salaryMin, position.salaryMax, locale);
  const facts: [string, string][] = [
    [t("fact.board"), localized(locale, position.boardZh, position.boardEn)],
    ...(position.platformZh ? [[t("fact.platform"), localized(locale, position.platformZh, position.platformEn)] as [string, string]] : []),
    [t("fact.location"), localized(locale, position.locationZh, position.locationEn)],
    [t("fact.industry"), localized(locale, position.industryZh, position.industryEn)],
    [t("fact.category"), position.category],
    [t("fact.level"), t(`level.${position.talentLevel}`)],
    [t("fact.education"), t(`education.${position.educationFloor}`)],
    [t("fact.major"), position.major || "—"],
    [t("fact.experience"), position.experienceYears ? t("years", { count: position.experienceYears }) : t("noExperience")],
    [t("fact.headcount"), t("headcount", { count: position.headcount })],
    [t("fact.published"), format.dateTime(new Date(position.publishedAt), { dateStyle: "long" })],
    [t("fact.expires"), position.expiresAt ? format.dateTime(new Date(position.expiresAt), { dateStyle: "long" }) : "—"],
  ];
  return (
    <ClientMessages namespaces={user ? ["formErrors", "intents", "reports", "validation"] : []}>
      <Container className="py-8">
        <ViewBeacon positionId={position.id} />
        <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
          <Link href="/positions" className="hover:underline">
            {t("title")}
          </Link>
          <span aria-hidden="true"> / </span>
          <span>{position.title}</span>
        </nav>
        <div className="mt-4 grid gap-6 lg:grid-cols-[1fr_20rem]">
          <div className="min-w-0 space-y-6">
            <div>
              <h1 className="text-2xl font-bold text-slate-900 sm:text-3xl">{position.title}</h1>
              <Link href={`/employers/${position.employerId}`} className="mt-2 flex w-fit items-center gap-2 text-slate-700 underline-offset-2 hover:underline">
                <EmployerLogo src={logoSrc(position.employerId, logoId)} name={position.employerName} size="sm" />
                <span>{position.employerName}</span>
              </Link>
              <p className="mt-3 text-xl font-semibold text-coral-500">{salary ? t("salaryPerMonth", { range: salary }) : t("negotiable")}</p>
              <div className="mt-3 flex flex-wrap gap-2">
                {position.overseasFriendly ? <Badge tone="success">{t("overseasFriendly")}</Badge> : null}
                {position.skills.map((skill) => (
                  <Badge key={skill} tone="brand">
                    {skill}
                  </Badge>
                ))}
              </div>
              <PolicyTags tags={position.policyTags} className="mt-3" />
            </div>
            <Card>
              <CardTitle>{t("description")}</CardTitle>
              <div className="mt-3">
                <Markdown>{position.description}</Markdown>
              </div>
            </Card>
          </div>
          <div className="space-y-6">
            <RegisterIntentCard positionId={position.id} />
            <Card className="h-fit">
              <CardTitle>{t("facts")}</CardTitle>
              <dl className="mt-3 space-y-2 text-sm">
                {facts.map(([label, value]) => (
                  <div key={label} className="flex justify-between gap-3">
                    <dt className="shrink-0 text-slate-600">{label}</dt>
                    <dd className="text-right font-medium text-slate-900">{value}</dd>
                  </div>
                ))}
              </dl>
            </Card>
            <ReportCard positionId={position.id} signedIn={user != null} myReport={myReport} />
          </div>
        </div>
      </Container>
    </ClientMessages>
  );
}

/** 举报: visitors are asked to sign in and come back; a signed-in person reports, or sees the report they have open. */
async function ReportCard({ positionId, signedIn, myReport }: { positionId: number; signedIn: boolean; myReport: Awaited<ReturnType<typeof getOpenReport>> }) {
  const t = await getTranslations("reports");
  return (
    <Card className="h-fit" data-testid="report-card">
      <p className="text-sm text-slate-600">{t("prompt")}</p>
      <div className="mt-3">
        {signedIn ? (
          <ReportForm
            positionId={positionId}
            reasons={REPORT_REASONS}
            filed={myReport ? { existing: true, reason: myReport.reason, details: myReport.details, createdAt: myReport.createdAt.toISOString() } : null}
          />
        ) : (
          <Link href={`/sign-in?callbackUrl=${encodeURIComponent(`/positions/${positionId}`)}`} className="text-sm font-medium text-red-700 hover:underline">
            {t("signInToReport")}
          </Link>
        )}
      </div>
    </Card>
  );
}
