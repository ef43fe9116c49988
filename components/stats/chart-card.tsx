import { getTranslations } from "next-intl/server";
import type { ReactNode } from "react";
import { Card } from "@/components/ui/card";
import type { StatsTable } from "@/lib/stats/tables";
import { DataTable } from "./data-table";
import { StatsChart, type StatsChartProps } from "./stats-chart";

export interface ChartSpec {
  kind: StatsChartProps["kind"];
  /** The table's columns drawn as series. */
  columns: number[];
  horizontal?: boolean;
  log?: boolean;
  /** Leave the table's last row (a total) out of the chart. */
  withoutLastRow?: boolean;
}

/**
 * One part of the dashboard: its title, a chart where one helps, and the table with the same
 * numbers (folded under the chart, open where there is no chart) with its CSV.
 */
export async function ChartCard({ table, chart, csvHref, note, children }: { table: StatsTable; chart?: ChartSpec; csvHref: string; note?: ReactNode; children?: ReactNode }) {
  const t = await getTranslations("stats");
  const headingId = `stats-${table.id}`;
  const rows = chart?.withoutLastRow ? table.rows.slice(0, -1) : table.rows;
  const data = chart
    ? rows.map((row) => Object.fromEntries([["label", String(row[0] ?? "")], ...chart.columns.map((c) => [`s${c}`, Number(row[c] ?? 0)])]))
    : [];
  return (
    <Card aria-labelledby={headingId} className="stats-card min-w-0 break-inside-avoid">
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <h2 id={headingId} className="text-lg font-semibold text-slate-900">
          {table.title}
        </h2>
        <a href={csvHref} className="print-hidden text-sm text-brand-700 underline-offset-2 hover:underline" download>
          {t("actions.csv")}
          <span className="sr-only">: {table.title}</span>
        </a>
      </div>
      {note ? <p className="mt-1 text-sm text-slate-600">{note}</p> : null}
      {children}
      {chart && rows.length > 0 ? (
        <>
          <figure className="mt-4" role="img" aria-label={t("chart.label", { title: table.title })}>
            <StatsChart kind={chart.kind} horizontal={chart.horizontal} log={chart.log} data={data} series={chart.columns.map((c) => ({ key: `s${c}`, label: table.columns[c]?.label ?? "" }))} />
          </figure>
          <details className="mt-3 text-sm">
            <summary className="cursor-pointer text-brand-700">{t("chart.table")}</summary>
            <div className="mt-2">
              <DataTable table={table} />
            </div>
          </details>
        </>
      ) : rows.length > 0 ? (
        <div className="mt-3">
          <DataTable table={table} />
        </div>
      ) : (
        <p className="mt-3 text-sm text-slate-600">{t("section.none")}</p>
      )}
    </Card>
  );
}
