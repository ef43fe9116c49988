import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { Badge } from "@/components/ui/badge";
import { Container } from "@/components/ui/container";
import type { Campaign } from "@/lib/campaigns/queries";
import { campaignPhase } from "@/lib/campaigns/phase";
import { localized } from "@/lib/i18n/localized";

const phaseTone = { upcoming: "warning", live: "success", ended: "neutral" } as const;

export async function CampaignHero({ campaign, now }: { campaign: Campaign; now: Date }) {
  const [t, format, locale] = await Promise.all([getTranslations("home"), getFormatter(), getLocale()]);
  const phase = campaignPhase(campaign, now);
  return (
    <section aria-labelledby="campaign-title" className="bg-gradient-to-br from-brand-800 via-brand-700 to-brand-600 text-white">
      <Container className="py-10 sm:py-14">
        <p className="text-sm font-medium tracking-wide text-brand-100">{localized(locale, campaign.sloganZh, campaign.sloganEn)}</p>
        <h1 id="campaign-title" className="mt-2 text-2xl font-bold leading-tight sm:text-4xl">
          {localized(locale, campaign.nameZh, campaign.nameEn)}
        </h1>
        <div className="mt-4 flex flex-wrap items-center gap-3 text-sm text-brand-50">
          <Badge tone={phaseTone[phase]}>{t(`phase.${phase}`)}</Badge>
          <span>
            {t("dates", {
              start: format.dateTime(campaign.startsAt, { dateStyle: "long" }),
              end: format.dateTime(campaign.endsAt, { dateStyle: "long" }),
            })}
          </span>
        </div>
        <p className="mt-6 max-w-3xl text-base text-brand-50 sm:text-lg">{t("intro")}</p>
        <form method="get" action="/positions" role="search" className="mt-6 flex max-w-2xl gap-2">
          <label htmlFor="home-q" className="sr-only">
            {t("searchLabel")}
          </label>
          <input
            id="home-q"
            name="q"
            type="search"
            maxLength={100}
            placeholder={t("searchPlaceholder")}
            className="min-w-0 flex-1 rounded-md border-0 px-3 py-2.5 text-base text-slate-900 shadow-sm placeholder:text-slate-500 focus:ring-2 focus:ring-white"
          />
          <button type="submit" className="shrink-0 rounded-md bg-coral-500 px-4 py-2.5 font-medium text-white hover:bg-coral-600">
            {t("search")}
          </button>
        </form>
      </Container>
    </section>
  );
}
