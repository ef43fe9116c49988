import { getTranslations } from "next-intl/server";
import { z } from "zod";
import { can } from "@/lib/auth/policy";
import { getCurrentUser } from "@/lib/auth/session";
import { tablesToWorkbook, tableToCsv } from "@/lib/stats/export";
import { loadStats, tableById } from "@/lib/stats/load";
import { TABLE_IDS } from "@/lib/stats/tables";

export const dynamic = "force-dynamic";

const schema = z.object({
  format: z.enum(["csv", "xlsx"]),
  table: z.enum(TABLE_IDS).optional(),
});

function attachment(body: BodyInit, type: string, filename: string): Response {
  return new Response(body, {
    headers: {
      "content-type": type,
      "content-disposition": `attachment; filename="${filename}"`,
      "cache-control": "private, no-store",
      "x-content-type-options": "nosniff",
    },
  });
}

const problem = (status: number, message: string) =>
  new Response(message, { status, headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" } });

/**
 * The dashboard's exports, for the scope of its URL (campaign, from, to): one table as CSV
 * (`format=csv&table=…`, UTF-8 with a BOM) or the whole dashboard as a workbook (`format=xlsx`).
 * Headers and names are in the reader's language.
 */
export async function GET(request: Request) {
  const user = await getCurrentUser();
  if (!user) return problem(401, "Sign in first.");
  if (!can(user, { action: "admin.stats.read" })) return problem(403, "Forbidden.");
  const params = Object.fromEntries(new URL(request.url).searchParams);
  const parsed = schema.safeParse(params);
  if (!parsed.success || (parsed.data.format === "csv" && !parsed.data.table)) {
    return problem(400, `format must be csv (with table = ${TABLE_IDS.join(", ")}) or xlsx.`);
  }
  const loaded = await loadStats(params);
  if (!loaded.ok) {
    const t = await getTranslations("stats.range");
    return problem(400, loaded.issues.map((i) => `${i.parameter}: ${t(i.message)}`).join("\n"));
  }
  const { tables, range, scopeName } = loaded.stats;
  const stem = `zhihui-stats-${range.fromDay}-${range.toDay}`;
  if (parsed.data.format === "csv") {
    const table = tableById(tables, parsed.data.table!)!;
    return attachment(tableToCsv(table), "text/csv; charset=utf-8", `${stem}-${table.id}.csv`);
  }
  const t = await getTranslations("stats.export");
  const workbook = await tablesToWorkbook(tables, { title: t("workbookTitle"), subtitle: t("subtitle", { scope: scopeName, from: range.fromDay, to: range.toDay }) });
  return attachment(new Uint8Array(workbook), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", `${stem}.xlsx`);
}
