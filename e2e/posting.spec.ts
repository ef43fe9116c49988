import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";
import { draftPosition } from "./support/positions";

test.describe("[posting] positions from employer to public", () => {
  test("an employer posts, an operator approves, a visitor finds it by a 2-character word and a filter", async ({ page, browser }) => {
    test.slow();
    const unique = `鲸豚${Date.now().toString(36).slice(-4)}`;
    const title = `${unique}声学研究员`;
    await new Accounts(page).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    await draftPosition(page, title);

    const operator = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await new Accounts(operator).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await operator.goto("/admin/positions");
    await operator.getByTestId("review-position").filter({ hasText: title }).getByRole("checkbox").check();
    await operator.getByRole("button", { name: "通过所选" }).click();
    await expect(operator.getByText(/已处理 1 个岗位/)).toBeVisible();

    const visitor = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await visitor.goto("/positions?q=%E9%B2%B8%E8%B1%9A");
    await expect(visitor.getByTestId("position-card").filter({ hasText: title })).toBeVisible();
    await visitor.getByRole("complementary", { name: "筛选" }).getByRole("navigation", { name: "工作地点" }).getByRole("link", { name: /岱山县/ }).click();
    await expect(visitor).toHaveURL(/location=daishan/);
    await visitor.getByTestId("position-card").filter({ hasText: title }).getByRole("heading").getByRole("link").click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(visitor.getByRole("heading", { name: "岗位职责" })).toBeVisible();
    await expect(visitor.getByText("18,000–26,000 元/月")).toBeVisible();
  });

  test("a rejected posting goes back to its employer as a draft with the reason", async ({ page, browser }) => {
    test.slow();
    const title = `驳回测试${Date.now().toString(36).slice(-5)}工程师`;
    await new Accounts(page).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    await draftPosition(page, title);
    const positionUrl = page.url();

    const operator = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await new Accounts(operator).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await operator.goto("/admin/positions");
    await operator.getByTestId("review-position").filter({ hasText: title }).getByRole("checkbox").check();
    await operator.getByRole("button", { name: "驳回所选" }).click();
    await expect(operator.getByText("驳回时请填写理由。")).toBeVisible();
    await operator.getByTestId("review-position").filter({ hasText: title }).getByRole("checkbox").check();
    await operator.getByLabel("驳回理由").fill("请补充岗位的具体研究方向");
    await operator.getByRole("button", { name: "驳回所选" }).click();
    await expect(operator.getByText(/已处理 1 个岗位/)).toBeVisible();

    await page.goto(positionUrl.split("?")[0]!);
    await expect(page.getByText("审核未通过：请补充岗位的具体研究方向")).toBeVisible();
    await expect(page.getByLabel("岗位名称")).toHaveValue(title);
    const visitor = await (await browser.newContext()).newPage();
    const response = await visitor.goto(`/positions/${positionUrl.match(/\/positions\/(\d+)/)![1]}`);
    expect(response?.status()).toBe(404);
  });

  test("the position form names each bad field and keeps what was typed", async ({ page }) => {
    await new Accounts(page).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    await page.goto("/employer/positions/new");
    await page.getByLabel("岗位名称").fill("测试岗位");
    await page.getByLabel("月薪下限（元）").fill("30000");
    await page.getByLabel("月薪上限（元）").fill("20000");
    await page.getByLabel("招聘人数").fill("0");
    await page.getByRole("button", { name: "保存为草稿" }).click();
    await expect(page.getByText("至少为 1。")).toBeVisible();
    await expect(page.getByLabel("引才板块")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByLabel("岗位名称")).toHaveValue("测试岗位");
    await expect(page.getByLabel("月薪下限（元）")).toHaveValue("30000");
  });
});

test.describe("[employer] the organisation profile", () => {
  test("an employer writes its description and website, and the public page shows them", async ({ page }) => {
    const line = `我们专注海洋电子装备研发（${Date.now().toString(36)}）`;
    await new Accounts(page).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    await page.goto("/employer/profile");
    await page.getByLabel("网站").fill("ftp://example.com");
    await page.getByRole("button", { name: "保存资料" }).click();
    await expect(page.getByText("请输入以 http:// 或 https:// 开头的网址。")).toBeVisible();
    await page.getByLabel("网站").fill("https://www.example.com");
    await page.getByLabel("单位介绍").fill(`### 关于我们\n${line}`);
    await page.getByRole("button", { name: "保存资料" }).click();
    await expect(page.getByText("资料已保存。")).toBeVisible();
    await page.getByRole("link", { name: "查看单位主页" }).click();
    await expect(page.getByText(line)).toBeVisible();
    await expect(page.getByRole("link", { name: "单位网站" })).toHaveAttribute("href", "https://www.example.com");
  });
});
