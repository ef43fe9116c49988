import { getFormatter, getTranslations } from "next-intl/server";
import { ChartCard } from "@/components/stats/chart-card";
import { FigureCards } from "@/components/stats/figure-cards";
import { PrintButton } from "@/components/stats/print-button";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { requirePermission } from "@/lib/auth/session";
import { sentenceValues } from "@/lib/stats/format";
import { loadStats, tableById } from "@/lib/stats/load";
import type { StatsTable } from "@/lib/stats/tables";

export async function generateMetadata() {
  const t = await getTranslations("stats.report");
  return { title: t("title") };
}

/**
 * The campaign report: the article's sentence of figures from live data, the headline figures
 * and the main charts, laid out to print on A4 (the browser's print also saves a PDF).
 */
export default async function CampaignReportPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePermission({ action: "admin.stats.read" }, "/admin/report");
  const [t, figuresText, format, loaded] = await Promise.all([getTranslations("stats"), getTranslations("figures"), getFormatter(), loadStats(await searchParams)]);
  if (!loaded.ok) {
    return <Alert tone="error">{loaded.issues.map((i) => t(`range.${i.message}`)).join(" ")}</Alert>;
  }
  const { range, tables, query, dashboard, scopeName, locale } = loaded.stats;
  const table = (id: StatsTable["id"]) => tableById(tables, id)!;
  const csv = (id: StatsTable["id"]) => `/admin/dashboard/export?${query}&format=csv&table=${id}`;
  return (
    <article className="mx-auto max-w-4xl space-y-6">
      <div className="print-hidden flex flex-wrap justify-end gap-2">
        <ButtonLink href={`/admin/dashboard?${query}`} variant="ghost">
          {t("actions.dashboard")}
        </ButtonLink>
        <PrintButton label={t("actions.print")} />
      </div>
      <header className="border-b border-slate-200 pb-4">
        <h1 className="text-2xl font-bold text-slate-900">{t("report.heading", { campaign: scopeName })}</h1>
        <p className="mt-1 text-sm text-slate-600">{t("report.period", { from: range.fromDay, to: range.toDay })}</p>
        <p className="text-sm text-slate-600">{t("report.generated", { at: format.dateTime(new Date(), { dateStyle: "long", timeStyle: "short", timeZone: "Asia/Shanghai" }) })}</p>
      </header>
      <section aria-labelledby="report-summary" className="space-y-4">
        <h2 id="report-summary" className="text-lg font-semibold text-slate-900">
          {t("report.summary")}
        </h2>
        <p data-testid="report-sentence" className="rounded-lg bg-brand-50 p-4 text-lg leading-relaxed text-brand-900 ring-1 ring-brand-100">
          {figuresText("sentence", sentenceValues(dashboard.figures, locale))}
        </p>
        <FigureCards dashboard={dashboard} />
      </section>
      <h2 className="text-lg font-semibold text-slate-900">{t("report.highlights")}</h2>
      <ChartCard table={table("trend")} chart={{ kind: "line", columns: [1, 2, 3, 4] }} csvHref={csv("trend")} />
      <ChartCard table={table("funnel")} chart={{ kind: "bar", columns: [1], horizontal: true, log: true }} csvHref={csv("funnel")} note={t("section.funnelNote")} />
      <ChartCard table={table("board")} chart={{ kind: "bar", columns: [1, 2] }} csvHref={csv("board")} />
      <ChartCard table={table("location")} chart={{ kind: "bar", columns: [2, 3], horizontal: true }} csvHref={csv("location")} />
      <ChartCard table={table("industry")} chart={{ kind: "bar", columns: [1, 2], horizontal: true }} csvHref={csv("industry")} />
      <ChartCard table={table("countries")} chart={{ kind: "bar", columns: [2], horizontal: true }} csvHref={csv("countries")} />
      <p className="text-xs text-slate-600">{t("report.footer")}</p>
    </article>
  );
}
