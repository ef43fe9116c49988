import { expect, test } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/axe";

test.describe("[home] the campaign and its live figures", () => {
  test("a visitor sees the campaign with the article's figures, in Chinese by default", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("2020年舟山高层次人才招引计划视频洽谈会");
    await expect(page.getByTestId("figure-employers")).toHaveText("183");
    await expect(page.getByTestId("figure-positions")).toHaveText("715");
    await expect(page.getByTestId("figure-categories")).toHaveText("4");
    await expect(page.getByTestId("figure-talents")).toHaveText("3000+");
    await expect(page.getByTestId("figure-reached")).toHaveText("973");
    await expect(page.getByTestId("figures-sentence")).toHaveText(
      "183家单位715个岗位同步上线，4类引才公告同期发布，3000余名海内外人才上线洽谈，初步达成人才就职及项目落户意向973个。",
    );
    await expect(page.getByRole("heading", { name: "五大海创平台" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "千企百校" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "最新引才公告" })).toBeVisible();
    await expect(page).toHaveTitle(/智汇群岛/);
  });

  test("switching to English translates the page and is remembered", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("button", { name: "English" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("figures-sentence")).toContainText("183 employers put 715 positions online");
    await expect(page.getByTestId("figures-sentence")).toContainText("over 3000 talents");
    await expect(page.getByRole("heading", { name: "Five Marine Innovation Platforms" })).toBeVisible();
    await page.reload();
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByRole("button", { name: "English" })).toHaveAttribute("aria-pressed", "true");
    await page.getByRole("button", { name: "中文" }).click();
    await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
  });

  for (const locale of ["zh", "en"] as const) {
    test(`the home page has no serious accessibility violations (${locale})`, async ({ page, context, baseURL }) => {
      await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL! }]);
      await page.goto("/");
      await expectNoSeriousViolations(page);
    });
  }

  test("the home page fits a 375 px wide phone without sideways scrolling", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/");
    await expect(page.getByTestId("figure-reached")).toHaveText("973");
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});

test.describe("[home] language negotiation", () => {
  test.use({ locale: "en-GB" });
  test("a browser that prefers English gets English until the visitor chooses", async ({ page }) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");
    await expect(page.getByTestId("figures-sentence")).toContainText("183 employers put 715 positions online");
  });
});
