import { getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Card, CardTitle } from "@/components/ui/card";
import { getCatalog } from "@/lib/catalog/queries";
import { localized } from "@/lib/i18n/localized";
import type { getProfileForEmployer } from "@/lib/talents/profile";

type Profile = NonNullable<Awaited<ReturnType<typeof getProfileForEmployer>>>;

/** The talent's profile as an employer the talent allowed sees it, with the résumé. */
export async function TalentProfileCard({ profile }: { profile: Profile }) {
  const [t, edu, locale, catalog] = await Promise.all([getTranslations("talentProfile"), getTranslations("positions.education"), getLocale(), getCatalog()]);
  const names = (ids: number[], list: { id: number; nameZh: string; nameEn: string }[]) =>
    list.filter((x) => ids.includes(x.id)).map((x) => localized(locale, x.nameZh, x.nameEn)).join("、") || "—";
  const salary = profile.wishSalaryMin != null || profile.wishSalaryMax != null ? `${profile.wishSalaryMin ?? "…"}–${profile.wishSalaryMax ?? "…"}` : "—";
  const rows: [string, string][] = [
    [t("realName"), profile.realName || profile.name],
    [t("title"), profile.title || "—"],
    [t("educationLevel"), profile.educationLevel ? edu(profile.educationLevel) : "—"],
    [t("school"), [profile.school, profile.major, profile.graduationYear].filter(Boolean).join(" · ") || "—"],
    [t("origin"), profile.origin === "overseas" ? `${t("overseas")}${profile.country ? ` (${profile.country})` : ""}` : t("domestic")],
    [t("phone"), profile.phone ?? "—"],
    [t("contactEmail"), profile.contactEmail ?? "—"],
    [t("wishLocations"), names(profile.wishLocationIds, catalog.locations)],
    [t("wishIndustries"), names(profile.wishIndustryIds, catalog.industries)],
    [t("wishSalary"), salary],
  ];
  return (
    <Card data-testid="talent-profile">
      <CardTitle>{t("profileOf")}</CardTitle>
      <dl className="mt-3 grid gap-x-6 gap-y-2 text-sm sm:grid-cols-2">
        {rows.map(([label, value]) => (
          <div key={label} className="flex justify-between gap-3 sm:block">
            <dt className="text-slate-600">{label}</dt>
            <dd className="text-right font-medium break-words text-slate-900 sm:text-left">{value}</dd>
          </div>
        ))}
      </dl>
      {profile.skills.length > 0 ? (
        <div className="mt-3 flex flex-wrap gap-1.5">
          {profile.skills.map((s) => (
            <Badge key={s} tone="brand">
              {s}
            </Badge>
          ))}
        </div>
      ) : null}
      {profile.bio ? <p className="mt-3 text-sm whitespace-pre-wrap text-slate-700">{profile.bio}</p> : null}
      <p className="mt-4 text-sm">
        {profile.resume ? (
          <a href={`/files/${profile.resume.id}`} className="font-medium text-brand-700 underline-offset-2 hover:underline" data-testid="resume-download">
            {t("downloadResume", { name: profile.resume.filename })}
          </a>
        ) : (
          <span className="text-slate-600">{t("noResume")}</span>
        )}
      </p>
    </Card>
  );
}
