/**
 * The dashboard's tables as files: each as CSV (UTF-8 with a byte-order mark, which Excel needs
 * to read Chinese), all of them as one Excel workbook, a sheet per table.
 */
import ExcelJS from "exceljs";
import Papa from "papaparse";
import type { StatsTable } from "./tables";

const BOM = "\uFEFF";

export function tableToCsv(table: StatsTable): string {
  // CRLF, as RFC 4180 and Excel expect; every field that needs it quoted by papaparse.
  return BOM + Papa.unparse({ fields: table.columns.map((c) => c.label), data: table.rows.map((r) => r.map((v) => v ?? "")) }, { newline: "\r\n" });
}

/** Excel refuses sheet names over 31 characters or with []:*?/\ in them, and duplicates. */
export function sheetName(title: string, taken: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, " ").trim().slice(0, 28) || "Sheet";
  let name = base;
  for (let n = 2; taken.has(name.toLowerCase()); n++) name = `${base} ${n}`;
  taken.add(name.toLowerCase());
  return name;
}

export async function tablesToWorkbook(tables: readonly StatsTable[], { title, subtitle }: { title: string; subtitle: string }): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Zhihui Qundao";
  workbook.title = title;
  const taken = new Set<string>();
  for (const table of tables) {
    const sheet = workbook.addWorksheet(sheetName(table.title, taken));
    sheet.addRow([table.title]).font = { bold: true, size: 13 };
    sheet.addRow([subtitle]);
    sheet.addRow([]);
    const header = sheet.addRow(table.columns.map((c) => c.label));
    header.font = { bold: true };
    for (const row of table.rows) sheet.addRow(row.map((v) => v ?? ""));
    table.columns.forEach((c, i) => {
      const width = Math.max(c.label.length * 2, ...table.rows.map((r) => String(r[i] ?? "").length * (c.numeric ? 1 : 2)), 8);
      sheet.getColumn(i + 1).width = Math.min(width + 2, 60);
    });
    sheet.views = [{ state: "frozen", ySplit: 4 }];
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
