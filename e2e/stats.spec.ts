import ExcelJS from "exceljs";
import Papa from "papaparse";
import { readFileSync } from "node:fs";
import type { Page } from "@playwright/test";
import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";
import { postApprovedPosition } from "./support/positions";

const figure = async (page: Page, key: string) => Number((await page.getByTestId(`stat-${key}`).textContent())!.replace(/\D/g, ""));

async function download(page: Page, click: () => Promise<void>): Promise<Buffer> {
  const [file] = await Promise.all([page.waitForEvent("download"), click()]);
  return readFileSync((await file.path())!);
}

test.describe("[stats] the dashboard follows the data and exports it", () => {
  test("a position approved and an intent reached show on the dashboard", async ({ page, browser }) => {
    test.slow();
    const stamp = Date.now().toString(36).slice(-5);
    const title = `看板岗位${stamp}工程师`;
    await new Accounts(page).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await page.goto("/admin/dashboard");
    const positionsBefore = await figure(page, "positions");
    const reachedBefore = await figure(page, "reachedIntents");

    // The demo employer posts a position in 岱山县; the operator approves it.
    const { context: employerContext, employer, positionId } = await postApprovedPosition(browser, title);
    await expect(async () => {
      await page.reload();
      expect(await figure(page, "positions")).toBeGreaterThan(positionsBefore);
    }).toPass({ timeout: 20_000 });

    // A talent opens it (the page counts the view by a beacon) and registers an intent.
    const talentContext = await browser.newContext({ locale: "zh-CN" });
    const talent = await talentContext.newPage();
    const { name } = await new Accounts(talent).signUpTalent({ name: `看板${stamp}` });
    const beacon = talent.waitForResponse((r) => r.url().endsWith(`/api/positions/${positionId}/view`) && r.request().method() === "POST");
    await talent.goto(`/positions/${positionId}`);
    expect((await beacon).status()).toBe(204);
    await talent.getByRole("button", { name: "登记就职意向" }).click();
    await expect(talent.getByText("意向已登记，单位将收到通知。")).toBeVisible();

    // The employer moves it to 达成意向; the dashboard counts one more reached intent.
    await employer.goto(`/employer/intents?view=list&position=${positionId}`);
    await employer.getByTestId("pipeline-row").filter({ hasText: title }).getByRole("link", { name }).click();
    for (const [move, status] of [["进入洽谈", "洽谈中"], ["达成意向", "达成意向"]] as const) {
      await employer.getByLabel("操作").selectOption({ label: move });
      await employer.getByRole("button", { name: "确认" }).click();
      await expect(employer.getByText(`已更新为“${status}”。`)).toBeVisible();
    }
    await expect(async () => {
      await page.reload();
      expect(await figure(page, "reachedIntents")).toBeGreaterThan(reachedBefore);
    }).toPass({ timeout: 20_000 });
    await employerContext.close();
    await talentContext.close();
  });

  test("the workbook and a table's CSV open with the right Chinese text, and in English", async ({ page, context, baseURL }) => {
    await new Accounts(page).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await page.goto("/admin/dashboard");

    const xlsx = await download(page, () => page.getByRole("link", { name: "导出 Excel 工作簿" }).click());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.buffer.slice(xlsx.byteOffset, xlsx.byteOffset + xlsx.byteLength) as ArrayBuffer);
    const names = workbook.worksheets.map((s) => s.name);
    expect(names).toContain("岗位：按区县与人才飞地");
    expect(names).toContain("每日趋势");
    const figures = workbook.getWorksheet("核心数据")!;
    expect(figures.getRow(4).values).toEqual([undefined, "指标", "本期", "上期", "变化", "变化率（%）"]);
    const rows = figures.getSheetValues().slice(5) as unknown[][];
    expect(rows.find((r) => r?.[1] === "上线单位")?.[2]).toBeGreaterThanOrEqual(183);

    const location = page.getByRole("region", { name: "岗位：按区县与人才飞地" });
    const csv = await download(page, () => location.getByRole("link", { name: /下载 CSV/ }).click());
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(csv.toString("utf8").replace(/^\uFEFF/, ""), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    expect(parsed.data[0]).toEqual(["名称", "类型", "岗位数", "需求人数"]);
    expect(parsed.data.map((r) => r[0])).toContain("定海区");
    expect(parsed.data.some((r) => r[1] === "人才飞地")).toBe(true);

    await context.addCookies([{ name: "NEXT_LOCALE", value: "en", url: baseURL! }]);
    await page.reload();
    const english = await download(page, () => page.getByRole("region", { name: "Positions by district and enclave" }).getByRole("link", { name: /Download CSV/ }).click());
    const header = Papa.parse<string[]>(english.toString("utf8").replace(/^\uFEFF/, "")).data[0];
    expect(header).toEqual(["Name", "Kind", "Positions", "Headcount"]);
  });

  test("a bad range is named next to its field, and an export without a format says what it needs", async ({ page }) => {
    await new Accounts(page).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await page.goto("/admin/dashboard?from=2020-07-10&to=2020-07-01");
    await expect(page.getByText("结束日期不能早于开始日期。").first()).toBeVisible();
    await expect(page.getByLabel("结束日期")).toHaveValue("2020-07-01");
    await expect(page.getByLabel("开始日期")).toHaveValue("2020-07-10");
    const response = await page.request.get("/admin/dashboard/export?format=pdf");
    expect(response.status()).toBe(400);
    expect(await response.text()).toContain("format must be csv");
  });
});
