import { expect, test } from "./support/fixtures";
import { draftPosition } from "./support/positions";

test.describe("[employer] the list of its positions", () => {
  test("counts them by status, filters by status and title, and pages with links that keep the filters", async ({ page, accounts }) => {
    test.slow();
    await accounts.signUpEmployer();
    const stamp = Date.now().toString(36).slice(-5);
    await draftPosition(page, `声呐${stamp}工程师`);
    await draftPosition(page, `潮汐${stamp}研究员`);

    await page.goto("/employer/positions");
    const tabs = page.getByRole("navigation", { name: "各状态岗位数" });
    await expect(tabs.getByRole("link", { name: "全部 (2)" })).toHaveAttribute("aria-current", "page");
    await expect(tabs.getByRole("link", { name: "审核中 (2)" })).toBeVisible();
    await expect(tabs.getByRole("link", { name: "草稿 (0)" })).toBeVisible();
    await expect(page.getByTestId("employer-position")).toHaveCount(2);

    await tabs.getByRole("link", { name: "草稿 (0)" }).click();
    await expect(page).toHaveURL(/status=draft/);
    await expect(page.getByText("没有符合条件的岗位。")).toBeVisible();
    await tabs.getByRole("link", { name: "审核中 (2)" }).click();
    await expect(page.getByTestId("employer-position")).toHaveCount(2);

    const filters = page.getByRole("search", { name: "筛选岗位" });
    await filters.getByLabel("岗位名称").fill("潮汐");
    await filters.getByRole("button", { name: "筛选" }).click();
    await expect(page).toHaveURL(/q=%E6%BD%AE%E6%B1%90/);
    await expect(page).toHaveURL(/status=in_review/);
    await expect(page.getByTestId("employer-position")).toHaveCount(1);
    await expect(page.getByTestId("employer-position")).toContainText(`潮汐${stamp}研究员`);
    // What was typed stays in the field.
    await expect(filters.getByLabel("岗位名称")).toHaveValue("潮汐");

    // A page past the last: nothing, and the way back keeps the filters.
    await page.goto("/employer/positions?status=in_review&q=%E6%BD%AE%E6%B1%90&page=2");
    await expect(page.getByText("没有符合条件的岗位。")).toBeVisible();
    await page.getByRole("link", { name: "上一页" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("page") === null && url.searchParams.get("q") === "潮汐" && url.searchParams.get("status") === "in_review");
    await expect(page.getByTestId("employer-position")).toHaveCount(1);

    await page.getByRole("link", { name: "清除筛选" }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/employer/positions" && url.search === "");
    await expect(page.getByTestId("employer-position")).toHaveCount(2);
  });
});
