import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";
import { approvePosition, draftPosition } from "./support/positions";

const DAY = 86_400_000;

test.describe("[expiry] a position past its closing time leaves search by itself", () => {
  test("a position whose announcement's deadline has passed is gone from search, the API and its page", async ({ page, browser }) => {
    test.slow();
    const unique = `过期${Date.now().toString(36).slice(-4)}`;
    const title = `${unique}海洋监测工程师`;
    await new Accounts(page).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    await draftPosition(page, title);
    await approvePosition(browser, title);

    const visitor = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await visitor.goto(`/positions?q=${encodeURIComponent(unique)}`);
    const card = visitor.getByTestId("position-card").filter({ hasText: title });
    await expect(card).toBeVisible();
    const href = (await card.getByRole("heading").getByRole("link").getAttribute("href"))!;
    const positionId = href.match(/\/positions\/(\d+)/)![1]!;

    // An announcement recruiting for it whose deadline was yesterday: the position closes then —
    // the same closes_at the position's own expiry sets, and nothing else removes it from search.
    const operator = await (await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" })).newPage();
    await new Accounts(operator).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await operator.goto("/admin/announcements/new");
    await operator.getByLabel("标题", { exact: true }).fill(`已截止的引才公告（${unique}）`);
    await operator.getByLabel("类别").selectOption({ label: "高层次人才招引" });
    await operator.getByLabel("报名截止日期").fill(new Date(Date.now() - 2 * DAY).toISOString().slice(0, 10));
    await operator.getByLabel("正文").fill("本公告所列岗位的报名已于前日截止，不再接受新的报名。");
    await operator.getByRole("button", { name: "创建公告" }).click();
    await expect(operator.getByText("公告已创建。")).toBeVisible();
    await operator.getByLabel("岗位标题关键词").fill(unique);
    await operator.getByRole("button", { name: "搜索", exact: true }).click();
    await operator.getByTestId("position-search-results").getByRole("listitem").filter({ hasText: `#${positionId} ` }).getByRole("button", { name: `添加 ${title}` }).click();
    await expect(operator.getByTestId("linked-positions").getByRole("listitem").filter({ hasText: `#${positionId}` })).toBeVisible();

    await visitor.goto(`/positions?q=${encodeURIComponent(unique)}`);
    await expect(visitor.getByTestId("position-card").filter({ hasText: title })).toHaveCount(0);
    const api = await visitor.request.get(`/api/v1/positions?q=${encodeURIComponent(unique)}`);
    expect((await api.json()).items).toEqual([]);
    expect((await visitor.request.get(`/api/v1/positions/${positionId}`)).status()).toBe(404);
    expect((await visitor.goto(href))?.status()).toBe(404);
  });
});
