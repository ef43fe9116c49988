import { expect, type Browser, type Page } from "@playwright/test";
import { Accounts, DEMO, DEMO_PASSWORD } from "./fixtures";

/** The employer's steps: draft a complete position and submit it for review; answers its id. */
export async function draftPosition(
  page: Page,
  title: string,
  { skills = "被动声学, 海洋哺乳动物", description = "### 岗位职责\n- 开展鲸豚声学监测研究\n- **欢迎**海外人才" }: { skills?: string; description?: string } = {},
): Promise<number> {
  await page.goto("/employer/positions/new");
  await page.getByLabel("岗位名称").fill(title);
  await page.getByLabel("引才板块").selectOption({ label: "五大海创平台" });
  await page.getByLabel("海创平台").selectOption({ label: "舟山海洋科学城" });
  await page.getByLabel("岗位类别").fill("科研");
  await page.getByLabel("人才层次").selectOption({ label: "高层次人才" });
  await page.getByLabel("工作地点（含人才飞地）").selectOption({ label: "岱山县" });
  await page.getByLabel("行业", { exact: true }).selectOption({ label: "海洋生物" });
  await page.getByLabel("最低学历").selectOption({ label: "硕士" });
  await page.getByLabel("招聘人数").fill("2");
  await page.getByLabel("月薪下限（元）").fill("18000");
  await page.getByLabel("月薪上限（元）").fill("26000");
  await page.getByLabel("技能").fill(skills);
  await page.getByLabel("截止日期").fill(new Date(Date.now() + 20 * 86_400_000).toISOString().slice(0, 10));
  await page.getByLabel("岗位介绍").fill(description);
  await page.getByRole("group", { name: "人才政策" }).getByLabel("创业资助").check();
  await page.getByRole("group", { name: "人才政策" }).getByLabel("人才公寓").check();
  await page.getByRole("button", { name: "保存为草稿" }).click();
  await expect(page.getByText("已保存。")).toBeVisible();
  const id = Number(/\/employer\/positions\/(\d+)/.exec(page.url())?.[1]);
  await page.getByRole("button", { name: "提交审核" }).click();
  await expect(page.getByText("审核中").first()).toBeVisible();
  return id;
}

/** An operator approves one position of the review queue, in a browser context of their own. */
export async function approveAsOperator(operator: Page, title: string) {
  await new Accounts(operator).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
  await approveQueued(operator, title);
}

/** A signed-in operator approves one position of the review queue, found by its title. */
export async function approveQueued(operator: Page, title: string) {
  await selectQueued(operator, title);
  await approveSelected(operator);
}

/** A signed-in operator opens the review queue and selects one position, found by its title. */
export async function selectQueued(operator: Page, title: string) {
  await operator.goto("/admin/positions");
  await operator.getByTestId("review-position").filter({ hasText: title }).getByRole("checkbox").check();
}

/** The operator approves the one position selected in the review queue. */
export async function approveSelected(operator: Page) {
  await operator.getByRole("button", { name: "通过所选" }).click();
  await expect(operator.getByText(/已处理 1 个岗位/)).toBeVisible();
}

/** The demo operator approves a position waiting for review, found by its title, in a context of its own. */
export async function approvePosition(browser: Browser, title: string) {
  const context = await browser.newContext({ locale: "zh-CN" });
  await approveAsOperator(await context.newPage(), title);
  await context.close();
}

/**
 * The demo employer, signed in in a context of its own, posts a position (in 岱山县) that the
 * operator approves: its page, the context (close it when done) and the position's id.
 */
export async function postApprovedPosition(browser: Browser, title: string) {
  const context = await browser.newContext({ locale: "zh-CN" });
  const employer = await context.newPage();
  await new Accounts(employer).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
  await draftPosition(employer, title);
  const positionId = employer.url().match(/\/employer\/positions\/(\d+)/)![1]!;
  await approvePosition(browser, title);
  return { context, employer, positionId };
}
