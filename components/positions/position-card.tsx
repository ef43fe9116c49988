import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { localized } from "@/lib/i18n/localized";
import { salaryRange } from "@/lib/positions/format";
import type { PositionCard as Card } from "@/lib/positions/queries";
import { PolicyTags } from "./policy-tags";

export async function PositionCard({ position }: { position: Card }) {
  const [t, locale] = await Promise.all([getTranslations("positions"), getLocale()]);
  const salary = salaryRange(position.salaryMin, position.salaryMax, locale);
  return (
    <article className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 transition hover:ring-brand-300 sm:p-5" data-testid="position-card">
      <div className="flex flex-col gap-1 sm:flex-row sm:items-start sm:justify-between sm:gap-4">
        <h2 className="text-lg font-semibold text-slate-900">
          <Link href={`/positions/${position.id}`} className="hover:text-brand-700 hover:underline">
            {position.title}
          </Link>
        </h2>
        <p className="shrink-0 font-semibold text-coral-500">{salary ? t("salaryPerMonth", { range: salary }) : t("negotiable")}</p>
      </div>
      <p className="mt-1 text-sm text-slate-700">
        <Link href={`/employers/${position.employerId}`} className="hover:underline">
          {position.employerName}
        </Link>
      </p>
      <div className="mt-3 flex flex-wrap gap-2 text-xs">
        <Badge tone="brand">{localized(locale, position.platformZh ?? position.boardZh, position.platformEn ?? position.boardEn)}</Badge>
        <Badge>{localized(locale, position.locationZh, position.locationEn)}</Badge>
        <Badge>{localized(locale, position.industryZh, position.industryEn)}</Badge>
        <Badge>{t(`level.${position.talentLevel}`)}</Badge>
        <Badge>{t(`education.${position.educationFloor}`)}</Badge>
        <Badge>{t("headcount", { count: position.headcount })}</Badge>
        {position.overseasFriendly ? <Badge tone="success">{t("overseasFriendly")}</Badge> : null}
      </div>
      <PolicyTags tags={position.policyTags} className="mt-2" />
    </article>
  );
}
