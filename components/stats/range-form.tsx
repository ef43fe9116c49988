import { getLocale, getTranslations } from "next-intl/server";
import { Button, ButtonLink } from "@/components/ui/button";
import { Field, Input, Select } from "@/components/ui/field";
import type { RangeIssue } from "@/lib/stats/range";
import type { CampaignChoice } from "@/lib/stats/scope";

/** The dashboard's scope: a campaign (or all) and a range of days; a plain GET form, so the URL holds it. */
export async function RangeForm({
  campaigns,
  values,
  issues = [],
}: {
  campaigns: CampaignChoice[];
  values: { campaign: string; from: string; to: string };
  issues?: RangeIssue[];
}) {
  const [t, stats, locale] = await Promise.all([getTranslations("stats.range"), getTranslations("stats"), getLocale()]);
  const error = (parameter: RangeIssue["parameter"]) => {
    const issue = issues.find((i) => i.parameter === parameter);
    return issue ? t(issue.message) : undefined;
  };
  return (
    <form method="get" className="print-hidden grid gap-4 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 sm:grid-cols-2 lg:grid-cols-4 lg:items-start" aria-label={t("legend")}>
      <Field id="stats-campaign" label={t("campaign")} error={error("campaign")}>
        {(props) => (
          <Select {...props} name="campaign" defaultValue={values.campaign}>
            {campaigns.map((c) => (
              <option key={c.id} value={String(c.id)}>
                {locale === "en" ? c.nameEn : c.nameZh}
              </option>
            ))}
            <option value="all">{stats("allCampaigns")}</option>
          </Select>
        )}
      </Field>
      <Field id="stats-from" label={t("from")} error={error("from")} hint={t("defaultNote")}>
        {(props) => <Input {...props} type="date" name="from" defaultValue={values.from} />}
      </Field>
      <Field id="stats-to" label={t("to")} error={error("to")}>
        {(props) => <Input {...props} type="date" name="to" defaultValue={values.to} />}
      </Field>
      <div className="flex flex-wrap gap-2 lg:pt-6">
        <Button type="submit">{t("submit")}</Button>
        <ButtonLink href="/admin/dashboard" variant="ghost">
          {t("reset")}
        </ButtonLink>
      </div>
    </form>
  );
}
