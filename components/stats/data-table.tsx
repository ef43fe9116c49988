import { getFormatter } from "next-intl/server";
import { Table } from "@/components/ui/table";
import type { Cell, StatsTable } from "@/lib/stats/tables";

/** A table of the dashboard, as the CSV holds it: the first column names the row. */
export async function DataTable({ table }: { table: StatsTable }) {
  const format = await getFormatter();
  return (
    <Table
      caption={table.title}
      variant="inset"
      nowrap
      testId={`table-${table.id}`}
      rows={table.rows}
      rowKey={(_, r) => r}
      columns={table.columns.map((c, i) => ({
        key: String(i),
        header: c.label,
        numeric: c.numeric,
        rowHeader: i === 0,
        cell: (row: Cell[]) => {
          const cell = row[i];
          return cell === null ? "–" : typeof cell === "number" ? format.number(cell) : cell;
        },
      }))}
    />
  );
}
