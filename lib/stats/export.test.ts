import ExcelJS from "exceljs";
import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { sheetName, tablesToWorkbook, tableToCsv } from "./export";
import type { StatsTable } from "./tables";

const table: StatsTable = {
  id: "location",
  title: "按区县与人才飞地",
  columns: [
    { label: "名称", numeric: false },
    { label: "岗位数", numeric: true },
  ],
  rows: [
    ["定海区", 120],
    ["杭州萧山人才飞地, \"海创\"", 7],
    ["空值", null],
  ],
};

describe("CSV", () => {
  it("starts with a byte-order mark and reads back with its Chinese text, quotes and commas", () => {
    const csv = tableToCsv(table);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const parsed = Papa.parse<string[]>(csv.slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data).toEqual([
      ["名称", "岗位数"],
      ["定海区", "120"],
      ["杭州萧山人才飞地, \"海创\"", "7"],
      ["空值", ""],
    ]);
    expect(Buffer.from(csv, "utf8").subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
  });
});

describe("workbook", () => {
  it("holds a sheet per table, read back with exceljs", async () => {
    const buffer = await tablesToWorkbook([table, { ...table, id: "industry", title: "按产业" }], { title: "数据看板", subtitle: "2020-07-01 – 2020-07-31" });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(["按区县与人才飞地", "按产业"]);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(1).value).toBe("按区县与人才飞地");
    expect(sheet.getRow(4).values).toEqual([undefined, "名称", "岗位数"]);
    expect(sheet.getRow(5).values).toEqual([undefined, "定海区", 120]);
    expect(sheet.getRow(6).getCell(1).value).toBe("杭州萧山人才飞地, \"海创\"");
  });
  it("keeps sheet names within Excel's rules", () => {
    const taken = new Set<string>();
    expect(sheetName("a/b:c", taken)).toBe("a b c");
    expect(sheetName("A/B:C", taken)).toBe("A B C 2");
    expect(sheetName("x".repeat(40), taken)).toHaveLength(28);
  });
});
