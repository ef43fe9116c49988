import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";

const DAY = 86_400_000;
/** A datetime-local value in Beijing time, `days` from now. */
const beijing = (days: number) => new Date(Date.now() + days * DAY + 8 * 3_600_000).toISOString().slice(0, 16);

test.describe("[admin] operators manage announcements", () => {
  test("an operator writes an announcement with a deadline, lists a position, publishes it; the public sees it, not a scheduled one", async ({ page, browser }) => {
    test.slow();
    const tag = Date.now().toString(36).slice(-5);
    const title = `2026年舟山海洋科学城高层次人才招引公告（${tag}）`;
    const scheduledTitle = `下月发布的引才公告（${tag}）`;

    // A published position to recruit for: the newest one in 定海区, where no other journey
    // publishes or takes down positions of its own (theirs are in 岱山县).
    const visitor = await (await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" })).newPage();
    await visitor.goto("/positions?sort=newest&location=dinghai");
    const card = visitor.getByTestId("position-card").first().getByRole("heading").getByRole("link");
    const positionTitle = (await card.textContent())!.trim();
    const positionId = (await card.getAttribute("href"))!.match(/\/positions\/(\d+)/)![1]!;

    await new Accounts(page).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await page.getByRole("navigation", { name: "管理导航" }).getByRole("link", { name: "公告管理" }).click();
    await page.getByRole("link", { name: "新建公告" }).click();

    // A bad form names the field and keeps what was typed.
    await page.getByLabel("标题", { exact: true }).fill(title);
    await page.getByLabel("类别").selectOption({ label: "高层次人才招引" });
    await page.getByLabel("发布时间（北京时间）").fill(beijing(20));
    await page.getByLabel("报名截止日期").fill(beijing(15).slice(0, 10));
    await page.getByLabel("正文").fill("### 招引对象\n- 海洋科学方向的博士\n- **欢迎**海外人才");
    await page.getByLabel("安家补贴").check();
    await page.getByRole("button", { name: "创建公告" }).click();
    await expect(page.getByText("截止日期须晚于发布时间。")).toBeVisible();
    await expect(page.getByLabel("标题", { exact: true })).toHaveValue(title);
    await expect(page.getByLabel("安家补贴")).toBeChecked();

    // Saved as a draft (no publish time).
    await page.getByLabel("发布时间（北京时间）").fill("");
    await page.getByRole("button", { name: "创建公告" }).click();
    await expect(page.getByText("公告已创建。")).toBeVisible();
    await expect(page.getByText("这是草稿，公众看不到。")).toBeVisible();

    // The position, found by its title among published ones.
    await page.getByLabel("岗位标题关键词").fill(positionTitle);
    await page.getByRole("button", { name: "搜索", exact: true }).click();
    await page.getByTestId("position-search-results").getByRole("listitem").filter({ hasText: `#${positionId} ` }).getByRole("button", { name: `添加 ${positionTitle}` }).click();
    const linked = page.getByTestId("linked-positions").getByRole("listitem").filter({ hasText: `#${positionId}` });
    await expect(linked).toBeVisible();
    // Its closing time is now the announcement's deadline (or its own, sooner, expiry).
    await expect(linked.getByTestId("closes-at")).not.toContainText("不限");

    await page.getByRole("button", { name: "立即发布" }).click();
    await expect(page.getByText("公告已发布。")).toBeVisible();

    // One more, scheduled for later.
    await page.goto("/admin/announcements/new");
    await page.getByLabel("标题", { exact: true }).fill(scheduledTitle);
    await page.getByLabel("类别").selectOption({ label: "国有企业招聘" });
    await page.getByLabel("发布时间（北京时间）").fill(beijing(30));
    await page.getByLabel("正文").fill("下个月公开的公告正文。");
    await page.getByRole("button", { name: "创建公告" }).click();
    await expect(page.getByText("公告已创建。")).toBeVisible();
    const scheduledUrl = new URL(page.url()).pathname;
    await page.goto("/admin/announcements?status=scheduled");
    await expect(page.getByTestId("admin-announcement").filter({ hasText: scheduledTitle })).toBeVisible();

    await visitor.goto("/announcements");
    await expect(visitor.getByTestId("announcement-row").filter({ hasText: title })).toBeVisible();
    await expect(visitor.getByText(scheduledTitle)).toHaveCount(0);
    await visitor.getByRole("link", { name: title }).click();
    await expect(visitor.getByRole("heading", { level: 1 })).toHaveText(title);
    await expect(visitor.getByRole("heading", { name: "招引对象" })).toBeVisible();
    await expect(visitor.getByRole("link", { name: positionTitle })).toHaveAttribute("href", `/positions/${positionId}`);
    const hidden = await visitor.goto(scheduledUrl.replace("/admin", ""));
    expect(hidden?.status()).toBe(404);
  });
});
