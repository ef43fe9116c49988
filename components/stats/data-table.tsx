import { getFormatter } from "next-intl/server";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { StatsTable } from "@/lib/stats/tables";

/** A table of the dashboard, as the CSV holds it. */
export async function DataTable({ table, caption = true }: { table: StatsTable; caption?: boolean }) {
  const format = await getFormatter();
  return (
    <ScrollRegion label={table.title}>
      <table className="w-full min-w-max text-left text-sm" data-testid={`table-${table.id}`}>
        {caption ? <caption className="sr-only">{table.title}</caption> : null}
        <thead>
          <tr className="border-b border-slate-200 text-slate-600">
            {table.columns.map((c) => (
              <th key={c.label} scope="col" className={`px-2 py-1.5 font-medium ${c.numeric ? "text-right" : ""}`}>
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody className="divide-y divide-slate-100">
          {table.rows.map((row, r) => (
            <tr key={r}>
              {row.map((cell, i) => {
                const numeric = table.columns[i]?.numeric ?? false;
                const Cell = i === 0 ? "th" : "td";
                return (
                  <Cell key={i} scope={i === 0 ? "row" : undefined} className={`px-2 py-1.5 ${i === 0 ? "font-normal text-slate-900" : ""} ${numeric ? "text-right tabular-nums" : ""}`}>
                    {cell === null ? "–" : typeof cell === "number" ? format.number(cell) : cell}
                  </Cell>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
