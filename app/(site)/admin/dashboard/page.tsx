import { getTranslations } from "next-intl/server";
import { ChartCard } from "@/components/stats/chart-card";
import { FigureCards } from "@/components/stats/figure-cards";
import { RangeForm } from "@/components/stats/range-form";
import { Alert } from "@/components/ui/alert";
import { ButtonLink } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { requirePermission } from "@/lib/auth/session";
import { loadStats, tableById } from "@/lib/stats/load";
import type { StatsTable } from "@/lib/stats/tables";

export async function generateMetadata() {
  const t = await getTranslations("stats");
  return { title: t("title") };
}

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

/** The operators' dashboard: the campaign's figures over a range of days, broken down, charted and exportable. */
export default async function AdminDashboardPage({ searchParams }: { searchParams: Promise<Params> }) {
  await requirePermission({ action: "admin.stats.read" }, "/admin/dashboard");
  const params = await searchParams;
  const [t, loaded] = await Promise.all([getTranslations("stats"), loadStats(params)]);
  if (!loaded.ok) {
    return (
      <div className="space-y-6">
        <PageHeader title={t("title")} />
        <Alert tone="error">{loaded.issues.map((i) => t(`range.${i.message}`)).join(" ")}</Alert>
        <RangeForm campaigns={loaded.campaigns} values={{ campaign: one(params.campaign), from: one(params.from), to: one(params.to) }} issues={loaded.issues} />
      </div>
    );
  }
  const { range, tables, query, dashboard, scopeName } = loaded.stats;
  const table = (id: StatsTable["id"]) => tableById(tables, id)!;
  const csv = (id: StatsTable["id"]) => `/admin/dashboard/export?${query}&format=csv&table=${id}`;
  const median = dashboard.timeToReach[0]?.medianHours;
  return (
    <div className="space-y-6">
      <PageHeader
        title={t("title")}
        description={t("description", { scope: scopeName, from: range.fromDay, to: range.toDay, previousFrom: range.previous.fromDay, previousTo: range.previous.toDay })}
        actions={
          <div className="flex flex-wrap gap-2">
            <ButtonLink href={`/admin/dashboard/export?${query}&format=xlsx`} variant="secondary" prefetch={false}>
              {t("actions.workbook")}
            </ButtonLink>
            <ButtonLink href={`/admin/report?${query}`}>{t("actions.report")}</ButtonLink>
          </div>
        }
      />
      <RangeForm campaigns={loaded.stats.campaigns} values={{ campaign: range.campaignId === null ? "all" : String(range.campaignId), from: range.fromDay, to: range.toDay }} />

      <section aria-labelledby="stats-figures-title" className="space-y-3">
        <h2 id="stats-figures-title" className="text-lg font-semibold text-slate-900">
          {t("section.figures")}
        </h2>
        <p className="text-sm text-slate-600">{t("section.figuresNote")}</p>
        <FigureCards dashboard={dashboard} />
      </section>

      <ChartCard table={table("trend")} chart={{ kind: "line", columns: [1, 2, 3, 4] }} csvHref={csv("trend")} />
      <div className="grid gap-6 lg:grid-cols-2">
        <ChartCard table={table("funnel")} chart={{ kind: "bar", columns: [1], horizontal: true, log: true }} csvHref={csv("funnel")} note={t("section.funnelNote")} />
        <ChartCard table={table("intents")} chart={{ kind: "stacked", columns: [1, 2], horizontal: true, withoutLastRow: true }} csvHref={csv("intents")} />
        <ChartCard table={table("board")} chart={{ kind: "bar", columns: [1, 2] }} csvHref={csv("board")} />
        <ChartCard table={table("platform")} chart={{ kind: "bar", columns: [1, 2], horizontal: true }} csvHref={csv("platform")} />
        <ChartCard table={table("location")} chart={{ kind: "bar", columns: [2, 3], horizontal: true }} csvHref={csv("location")} />
        <ChartCard table={table("industry")} chart={{ kind: "bar", columns: [1, 2], horizontal: true }} csvHref={csv("industry")} />
        <ChartCard table={table("employer-kind")} chart={{ kind: "bar", columns: [1, 2], horizontal: true }} csvHref={csv("employer-kind")} />
        <ChartCard table={table("education")} chart={{ kind: "bar", columns: [1, 2] }} csvHref={csv("education")} />
        <ChartCard table={table("talent-level")} chart={{ kind: "bar", columns: [1, 2] }} csvHref={csv("talent-level")} />
        <ChartCard table={table("countries")} chart={{ kind: "bar", columns: [2], horizontal: true }} csvHref={csv("countries")} />
        <ChartCard
          table={table("time-to-reach")}
          csvHref={csv("time-to-reach")}
          note={median == null ? undefined : <span data-testid="median-days">{t("section.timeToReachValue", { days: (median / 24).toFixed(1) })}</span>}
        />
        <ChartCard table={table("waiting")} csvHref={csv("waiting")} note={t("section.waitingNote")} />
      </div>
      <ChartCard table={table("figures")} csvHref={csv("figures")} />
    </div>
  );
}
