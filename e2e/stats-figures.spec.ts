import { expectNoSeriousViolations } from "./support/axe";
import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";

/** Read off the untouched demo seed (the "demo-figures" project runs before the journeys). */
test.describe("[stats] the demo campaign's figures on the dashboard and in the report", () => {
  test.beforeEach(async ({ page }) => {
    await new Accounts(page).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
  });

  test("the dashboard reads 183 / 715 / 4 / 3000+ / 973, with its breakdowns and charts", async ({ page }) => {
    await page.getByRole("navigation", { name: "管理导航" }).getByRole("link", { name: "数据看板" }).click();
    await expect(page).toHaveURL(/\/admin\/dashboard$/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("数据看板");
    await expect(page.getByTestId("stat-employers")).toHaveText("183");
    await expect(page.getByTestId("stat-positions")).toHaveText("715");
    await expect(page.getByTestId("stat-announcementCategories")).toHaveText("4");
    const talents = Number((await page.getByTestId("stat-talents").textContent())!.replace(/\D/g, ""));
    expect(talents).toBeGreaterThanOrEqual(3000);
    expect(talents).toBeLessThan(4000);
    await expect(page.getByTestId("stat-reachedIntents")).toHaveText("973");
    // Nothing happened in the 20-odd days before the campaign.
    await expect(page.getByTestId("change-positions")).toContainText("较上期 +715（上期为 0）");
    // Each chart is an SVG with its table folded beneath it.
    const board = page.getByRole("region", { name: "岗位：按引才板块" });
    await expect(board.getByRole("img", { name: "岗位：按引才板块（图表，数据见下表）" }).locator("svg").first()).toBeVisible();
    await board.getByText("查看数据表").click();
    await expect(board.getByTestId("table-board").getByRole("row", { name: /五大海创平台/ })).toBeVisible();
    await expect(page.getByTestId("table-location")).toContainText("人才飞地");
    await expect(page.getByTestId("median-days")).toContainText("中位数");
  });

  test("the campaign report writes the article's sentence from live data", async ({ page }) => {
    await page.goto("/admin/dashboard");
    await page.getByRole("link", { name: "查看活动报告" }).click();
    await expect(page).toHaveURL(/\/admin\/report\?/);
    await expect(page.getByTestId("report-sentence")).toHaveText(
      "183家单位715个岗位同步上线，4类引才公告同期发布，3000余名海内外人才上线洽谈，初步达成人才就职及项目落户意向973个。",
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2020年舟山高层次人才招引计划视频洽谈会数据报告");
    await expect(page.getByRole("button", { name: "打印 / 存为 PDF" })).toBeVisible();
    // On paper: no navigation, no buttons.
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("navigation", { name: "管理导航" })).toBeHidden();
    await expect(page.getByRole("button", { name: "打印 / 存为 PDF" })).toBeHidden();
    await expect(page.getByTestId("report-sentence")).toBeVisible();
  });

  test("/api/v1/stats gives the same public figures, cached briefly, without personal data", async ({ request }) => {
    const response = await request.get("/api/v1/stats");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("max-age=60");
    const body = await response.json();
    expect(body.figures).toMatchObject({ employers: 183, positions: 715, announcementCategories: 4, reachedIntents: 973 });
    expect(body.figures.talents).toBeGreaterThanOrEqual(3000);
    expect(body.figures.domesticTalents + body.figures.overseasTalents).toBe(body.figures.talents);
    expect(body.boards.map((b: { nameZh: string }) => b.nameZh)).toEqual(["五大海创平台", "千企百校"]);
    expect(JSON.stringify(body)).not.toMatch(/@|phone|email|realName/i);
    expect((await request.get("/api/v1/stats?campaign=no-such-campaign")).status()).toBe(404);
    const bad = await request.get("/api/v1/stats?campaign=%3Cx%3E&evil=1");
    expect(bad.status()).toBe(400);
    expect((await bad.json()).details.map((d: { parameter: string }) => d.parameter).sort()).toEqual(["campaign", "evil"]);
  });

  for (const locale of ["zh", "en"] as const) {
    test(`the dashboard and the report have no serious accessibility violations (${locale})`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      for (const path of ["/admin/dashboard", "/admin/report"]) {
        await page.goto(path);
        await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
        await expectNoSeriousViolations(page, { label: path });
      }
    });
  }

  test("the dashboard and the report fit a 375 px wide phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    for (const path of ["/admin/dashboard", "/admin/report"]) {
      await page.goto(path);
      await expect(page.locator("svg.recharts-surface").first()).toBeVisible();
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBeLessThanOrEqual(0);
    }
  });
});
