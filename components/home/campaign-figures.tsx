import { getLocale, getTranslations } from "next-intl/server";
import { SectionHeading } from "@/components/ui/section-heading";
import { Stat } from "@/components/ui/stat";
import { formatFigure, roundedDownFigure, sentenceValues } from "@/lib/stats/format";
import type { CampaignFigures as Figures } from "@/lib/stats/queries";

/** The article's sentence of figures, from live data, and one card per figure. */
export async function CampaignFigures({ figures }: { figures: Figures }) {
  const [t, locale] = await Promise.all([getTranslations("figures"), getLocale()]);
  const talents = roundedDownFigure(figures.talents);
  const f = (value: number) => formatFigure(value, locale);
  return (
    <section aria-labelledby="figures-title" className="py-10">
      <SectionHeading id="figures-title" title={t("title")} description={t("description")} />
      <p data-testid="figures-sentence" className="mb-6 rounded-lg bg-brand-50 p-4 text-base leading-relaxed text-brand-900 ring-1 ring-brand-100">
        {t("sentence", sentenceValues(figures, locale))}
      </p>
      <dl className="grid grid-cols-2 gap-3 sm:gap-4 lg:grid-cols-5">
        <Stat label={t("employers")} value={<span data-testid="figure-employers">{f(figures.employers)}</span>} />
        <Stat
          label={t("positions")}
          value={<span data-testid="figure-positions">{f(figures.positions)}</span>}
          detail={t("headcount", { count: figures.headcount })}
        />
        <Stat
          label={t("announcementCategories")}
          value={<span data-testid="figure-categories">{f(figures.announcementCategories)}</span>}
          detail={t("announcements", { count: figures.announcements })}
        />
        <Stat
          label={t("talents")}
          value={
            <span data-testid="figure-talents">
              {t("atLeast", { value: f(talents.value), approximate: String(talents.approximate) })}
            </span>
          }
          detail={t("talentsDetail", { count: figures.talents, overseas: figures.overseasTalents })}
        />
        <Stat
          label={t("reached")}
          value={<span data-testid="figure-reached">{f(figures.reachedIntents)}</span>}
          detail={t("reachedDetail", { projects: figures.reachedProjectIntents })}
          className="col-span-2 lg:col-span-1"
        />
      </dl>
    </section>
  );
}
