import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { cn } from "@/components/ui/cn";
import type { Catalog } from "@/lib/catalog/queries";
import { localized } from "@/lib/i18n/localized";
import { FACET_CAP, type Facets } from "@/lib/positions/queries";
import { type PositionSearch, SALARY_CHOICES, searchHref } from "@/lib/positions/search-params";
import { FacetList } from "./facet-list";

/** Every filter with its counts; the codes of the catalog become names in the reader's language. */
export async function FacetPanel({ search, facets, catalog }: { search: PositionSearch; facets: Facets; catalog: Catalog }) {
  const [t, locale] = await Promise.all([getTranslations("positions"), getLocale()]);
  const named = (entries: { code: string; nameZh: string; nameEn: string }[], counts: { code: string; count: number }[]) =>
    counts.map((c) => {
      const entry = entries.find((e) => e.code === c.code);
      return { code: c.code, count: c.count, label: entry ? localized(locale, entry.nameZh, entry.nameEn) : c.code };
    });
  const labelled = (prefix: string, counts: { code: string; count: number }[]) => counts.map((c) => ({ ...c, label: t(`${prefix}.${c.code}`) }));
  const base = { ...search, cursor: undefined } as Record<string, string | number | undefined>;
  return (
    <div className="space-y-5">
      {facets.capped ? <p className="text-xs text-slate-600">{t("facetsCapped", { count: FACET_CAP })}</p> : null}
      <FacetList name="board" title={t("filter.board")} allLabel={t("all")} search={search} options={named(catalog.boards, facets.board)} />
      {facets.platform.length > 0 ? (
        <FacetList name="platform" title={t("filter.platform")} allLabel={t("all")} search={search} options={named(catalog.platforms, facets.platform)} />
      ) : null}
      <FacetList name="location" title={t("filter.location")} allLabel={t("all")} search={search} options={named(catalog.locations, facets.location)} />
      <FacetList name="industry" title={t("filter.industry")} allLabel={t("all")} search={search} options={named(catalog.industries, facets.industry)} />
      {facets.policy.length > 0 ? (
        <FacetList name="policy" title={t("filter.policy")} allLabel={t("all")} search={search} options={named(catalog.policyTags, facets.policy)} />
      ) : null}
      <FacetList name="level" title={t("filter.level")} allLabel={t("all")} search={search} options={labelled("level", facets.level)} />
      <FacetList name="education" title={t("filter.education")} allLabel={t("all")} search={search} options={labelled("education", facets.education)} />
      <FacetList name="kind" title={t("filter.kind")} allLabel={t("all")} search={search} options={facets.kind.map((c) => ({ ...c, label: t(`kind.${c.code}`) }))} />
      <nav aria-label={t("filter.salary")} className="space-y-1">
        <h3 className="text-sm font-semibold text-slate-900">{t("filter.salary")}</h3>
        <ul className="space-y-0.5 text-sm">
          {[undefined, ...SALARY_CHOICES].map((step) => (
            <li key={step ?? "any"}>
              <Link
                href={searchHref(base, { salary: step })}
                aria-current={search.salary === step ? "true" : undefined}
                className={cn("block rounded px-2 py-1 hover:bg-slate-100", search.salary === step && "bg-brand-50 font-medium text-brand-800")}
              >
                {step ? t("salaryAtLeast", { amount: new Intl.NumberFormat(locale === "en" ? "en" : "zh-CN").format(step) }) : t("all")}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      <Link
        href={searchHref(base, { overseas: search.overseas ? undefined : "1" })}
        aria-pressed={Boolean(search.overseas)}
        role="button"
        className={cn("flex justify-between rounded-md px-2 py-1.5 text-sm ring-1 ring-slate-300 hover:bg-slate-100", search.overseas && "bg-brand-50 font-medium text-brand-800 ring-brand-300")}
      >
        <span>{t("overseasOnly")}</span>
        <span className="tabular-nums text-slate-600">{facets.overseas}</span>
      </Link>
    </div>
  );
}
