import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { EmployerLogo, logoSrc } from "@/components/employer/employer-logo";
import { Markdown } from "@/components/positions/markdown";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { Container } from "@/components/ui/container";
import { EmptyState } from "@/components/ui/empty-state";
import { getEmployerLogoId } from "@/lib/employers/logo";
import { getPublicEmployer } from "@/lib/employers/public";
import { parseId } from "@/lib/http/ids";
import { localized } from "@/lib/i18n/localized";
import { salaryRange } from "@/lib/positions/format";

async function load(id: string) {
  const employerId = parseId(id);
  return employerId ? getPublicEmployer({ id: employerId }) : null;
}

export async function generateMetadata({ params }: { params: Promise<{ id: string }> }) {
  const employer = await load((await params).id);
  return { title: employer?.name };
}

/** A verified employer's public page with its open positions; pending ones have none. */
export default async function EmployerPage({ params }: { params: Promise<{ id: string }> }) {
  const employer = await load((await params).id);
  if (!employer) notFound();
  const [t, kinds, p, locale, logoId] = await Promise.all([
    getTranslations("employerPage"),
    getTranslations("employerKind"),
    getTranslations("positions"),
    getLocale(),
    getEmployerLogoId({ employerId: employer.id, publicOnly: true }),
  ]);
  return (
    <Container className="py-8">
      <div className="flex items-center gap-4">
        <EmployerLogo src={logoSrc(employer.id, logoId)} name={employer.name} size="lg" />
        <h1 className="min-w-0 text-2xl font-bold text-slate-900 sm:text-3xl">{localized(locale, employer.name, employer.nameEn)}</h1>
      </div>
      <div className="mt-3 flex flex-wrap gap-2">
        <Badge tone="brand">{kinds(employer.kind)}</Badge>
        {employer.locationZh ? <Badge>{localized(locale, employer.locationZh, employer.locationEn)}</Badge> : null}
        {employer.industryZh ? <Badge>{localized(locale, employer.industryZh, employer.industryEn)}</Badge> : null}
        <Badge tone="success">{t("verified")}</Badge>
        {employer.website ? (
          <a href={employer.website} rel="nofollow noopener noreferrer" target="_blank" className="text-sm text-brand-700 underline">
            {t("website")}
          </a>
        ) : null}
      </div>
      <div className="mt-6 grid gap-6 lg:grid-cols-[1fr_22rem]">
        <Card>
          <CardTitle>{t("about")}</CardTitle>
          <div className="mt-3">{employer.description ? <Markdown>{employer.description}</Markdown> : <p className="text-slate-600">{t("noDescription")}</p>}</div>
        </Card>
        <Card className="h-fit">
          <CardTitle>{t("positions", { count: employer.positions.length })}</CardTitle>
          {employer.positions.length === 0 ? (
            <div className="mt-3">
              <EmptyState title={t("noPositions")} />
            </div>
          ) : (
            <ul className="mt-3 divide-y divide-slate-100 text-sm">
              {employer.positions.map((position) => {
                const salary = salaryRange(position.salaryMin, position.salaryMax, locale);
                return (
                  <li key={position.id} className="py-2">
                    <Link href={`/positions/${position.id}`} className="font-medium text-brand-700 hover:underline">
                      {position.title}
                    </Link>
                    <p className="text-slate-600">{salary ? p("salaryPerMonth", { range: salary }) : p("negotiable")}</p>
                  </li>
                );
              })}
            </ul>
          )}
        </Card>
      </div>
    </Container>
  );
}
