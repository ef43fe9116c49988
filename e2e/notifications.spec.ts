import type { Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/axe";
import { Accounts, DEMO, DEMO_PASSWORD, expect, test, toasts, uniqueEmail } from "./support/fixtures";
import { approvePosition, draftPosition } from "./support/positions";

async function expectNoSidewaysScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test.describe("[notifications] the bell", () => {
  test("a talent registers an intent and the employer is told; the employer moves it and the talent's bell counts up, the list leads to the intent", async ({ page, browser, accounts }) => {
    test.slow();
    const title = `铃声通知${Date.now().toString(36).slice(-5)}研究员`;
    const employerContext = await browser.newContext({ locale: "zh-CN" });
    const employer = await employerContext.newPage();
    await new Accounts(employer).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    await draftPosition(employer, title);
    const positionId = employer.url().match(/\/employer\/positions\/(\d+)/)![1]!;
    await approvePosition(browser, title);

    // A new talent: the bell is there, with nothing unread.
    await accounts.signUpTalent({ name: "林铃" });
    const bell = page.getByTestId("notification-bell");
    await expect(bell).toHaveAccessibleName("通知");
    await expect(page.getByTestId("notification-count")).toHaveCount(0);
    await page.goto(`/positions/${positionId}`);
    await page.getByLabel("给单位的留言").fill("您好，我对该岗位很感兴趣。");
    await page.getByRole("button", { name: "登记就职意向" }).click();
    await expect(page.getByText("意向已登记，单位将收到通知。")).toBeVisible();
    const intentPath = new URL(page.url()).pathname;
    const intentId = intentPath.split("/").at(-1)!;

    // The employer's list has the new intent; following it opens the intent (and marks it read).
    await employer.getByTestId("notification-bell").click();
    await expect(employer).toHaveURL(/\/notifications$/);
    const news = employer.getByTestId("notifications").getByRole("link", { name: new RegExp(`新意向：林铃 · ${title}`) });
    await expect(news).toContainText("未读");
    await news.click();
    await expect(employer).toHaveURL(new RegExp(`/employer/intents/${intentId}$`));
    await employer.getByLabel("操作").selectOption({ label: "进入洽谈" });
    await employer.getByRole("button", { name: "确认" }).click();
    await expect(employer.getByText("已更新为“洽谈中”。")).toBeVisible();
    await employer.getByLabel("写留言").fill("您好，约您下周视频洽谈。");
    await employer.getByRole("button", { name: "发送" }).click();
    await expect(employer.getByTestId("message").filter({ hasText: "约您下周" })).toBeVisible();
    await employerContext.close();

    // The talent's bell counts the view, the move and the message.
    await page.goto("/talent");
    await expect(page.getByTestId("notification-count")).toHaveText("3");
    await expect(bell).toHaveAccessibleName("通知，3 条未读");
    await bell.click();
    await expect(page.getByRole("heading", { level: 1, name: "通知" })).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.getByTestId("notifications").getByRole("link", { name: new RegExp(`意向进展：${title} → 洽谈中`) }).click();
    await expect(page).toHaveURL(new RegExp(`${intentPath}$`));
    await expect(page.getByTestId("notification-count")).toHaveText("2");

    // Mark the rest read: the count goes away. At 375 px the bell stays in the header, nothing scrolls sideways.
    await page.goto("/notifications");
    await page.getByRole("button", { name: "全部标为已读" }).click();
    await expect(page.getByTestId("notification-count")).toHaveCount(0);
    await page.setViewportSize({ width: 375, height: 812 });
    await page.goto("/notifications");
    await expect(page.getByTestId("notification-bell")).toBeVisible();
    await expectNoSidewaysScroll(page);
    await page.goto(`/positions/${positionId}`);
    await expect(page.getByTestId("notification-bell")).toBeVisible();
    await expectNoSidewaysScroll(page);
  });

  test("a user chooses which notifications are e-mailed, and the choice is kept", async ({ page, accounts }) => {
    await accounts.signUpTalent();
    await page.goto("/account/notifications");
    await expect(page.getByLabel(/留言：/)).toBeChecked();
    await expect(page.getByLabel(/岗位与举报/)).not.toBeChecked();
    await page.getByLabel(/留言：/).uncheck();
    await page.getByLabel(/岗位与举报/).check();
    await page.getByRole("button", { name: "保存设置" }).click();
    await expect(page.getByText("已保存。")).toBeVisible();
    await page.reload();
    await expect(page.getByLabel(/留言：/)).not.toBeChecked();
    await expect(page.getByLabel(/岗位与举报/)).toBeChecked();
    await expectNoSeriousViolations(page);
  });
});

test.describe("[alerts] saving a search", () => {
  test("a talent saves a search as an alert from /positions and manages it", async ({ page, accounts }) => {
    await accounts.signUpTalent();
    await page.goto("/positions?location=dinghai&q=%E6%B5%B7%E6%B4%8B&cursor=abc");
    await page.getByTestId("alert-me").click();
    await expect(page).toHaveURL(/\/alerts\/new\?location=dinghai&q=/);
    await expect(page.getByText("关键词：海洋")).toBeVisible();
    await page.getByLabel("发送频率").selectOption({ label: "有新岗位立即发送" });
    await page.getByRole("button", { name: "订阅提醒" }).click();
    await expect(page.getByText("已保存。新岗位将发送到你的账户邮箱。")).toBeVisible();
    await page.getByRole("link", { name: "管理我的职位提醒" }).click();
    const alert = page.getByTestId("job-alert");
    await expect(alert).toHaveCount(1);
    await expect(alert).toContainText("关键词：海洋");
    await expect(alert.getByLabel("发送频率")).toHaveValue("instant");
    await alert.getByLabel("发送频率").selectOption("daily");
    await alert.getByRole("button", { name: "保存频率" }).click();
    await expect(toasts(page).getByText("频率已保存。")).toBeVisible();
    await page.reload();
    await expect(alert.getByLabel("发送频率")).toHaveValue("daily");
    await expectNoSeriousViolations(page);
    await page.setViewportSize({ width: 375, height: 812 });
    await expectNoSidewaysScroll(page);
    await alert.getByRole("button", { name: "删除" }).click();
    await expect(page.getByTestId("job-alert")).toHaveCount(0);
  });

  test("a visitor asks for an alert by e-mail: a bad address is kept with its error, a good one waits for confirmation", async ({ page }) => {
    await page.goto("/positions?location=dinghai");
    await page.getByTestId("alert-me").click();
    await page.getByLabel("邮箱").fill("not-an-address");
    await page.getByRole("button", { name: "订阅提醒" }).click();
    await expect(page.getByText("请输入有效的电子邮箱。")).toBeVisible();
    await expect(page.getByLabel("邮箱")).toHaveValue("not-an-address");
    await page.getByLabel("邮箱").fill(uniqueEmail("alert"));
    await page.getByRole("button", { name: "订阅提醒" }).click();
    await expect(page.getByText(/确认邮件已发送/)).toBeVisible();
    await expectNoSeriousViolations(page);
    await page.setViewportSize({ width: 375, height: 812 });
    await expectNoSidewaysScroll(page);
    // Links of unknown alerts say so; the one-click address takes POST without a session.
    await page.goto("/alerts/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    await expect(page.getByText("此提醒已不存在（可能已经退订）。")).toBeVisible();
    const oneClick = await page.request.post("/api/alerts/unsubscribe/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA", { form: { "List-Unsubscribe": "One-Click" } });
    expect(oneClick.status()).toBe(200);
  });
});
