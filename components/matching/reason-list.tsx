import { useLocale, useTranslations } from "next-intl";
import type { MatchReason } from "@/lib/matching/model";
import { salaryRange } from "@/lib/positions/format";

export interface CatalogNames {
  locations: Record<number, string>;
  industries: Record<number, string>;
}

/** The model's reasons in words: "硕士 ≥ 本科要求", "技能 3/5: 船舶设计, CAD, …". */
export function ReasonList({ reasons, names }: { reasons: MatchReason[]; names: CatalogNames }) {
  const t = useTranslations("matching");
  const tp = useTranslations("positions");
  const locale = useLocale();
  const text = (r: MatchReason): string => {
    switch (r.kind) {
      case "education":
        return t("reason.education", { level: tp(`education.${r.params.level}`), floor: tp(`education.${r.params.floor}`) });
      case "major":
        return t(r.params.exact ? "reason.majorExact" : "reason.majorNear", { major: r.params.major });
      case "skills":
        return t("reason.skills", { matched: r.params.matched, total: r.params.total, list: r.params.list.join(locale === "en" ? ", " : "、") });
      case "title":
        return t("reason.title", { title: r.params.title });
      case "location":
      case "enclave":
        return t(`reason.${r.kind}`, { name: names.locations[r.params.locationId] ?? "—" });
      case "industry":
        return t("reason.industry", { name: names.industries[r.params.industryId] ?? "—" });
      case "salary":
      case "salaryNear":
        return t(`reason.${r.kind}`, { range: salaryRange(r.params.min, r.params.max, locale) ?? t("reason.negotiable") });
      case "experience":
        return t("reason.experience", r.params);
      case "graduate":
        return t("reason.graduate", r.params);
      case "overseas":
        return t("reason.overseas");
    }
  };
  return (
    <ul aria-label={t("reasonsLabel")} className="flex flex-wrap gap-1.5">
      {reasons.map((r) => (
        <li key={r.kind} className="rounded-md bg-slate-100 px-2 py-0.5 text-xs text-slate-700">
          {text(r)}
        </li>
      ))}
    </ul>
  );
}
