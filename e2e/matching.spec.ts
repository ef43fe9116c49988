import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";

const DEMO_TALENT_NAME = "陈思远";

test.describe("[matching] recommendations both ways", () => {
  test("a talent sees recommended positions with their reasons and hides one", async ({ page }) => {
    await new Accounts(page).signInTo(DEMO.talent, DEMO_PASSWORD, "/talent");
    await page.getByRole("navigation", { name: "人才导航" }).getByRole("link", { name: "为你推荐" }).click();
    await expect(page.getByRole("heading", { name: "为你推荐", level: 1 })).toBeVisible();
    const cards = page.getByRole("listitem").filter({ has: page.getByRole("button", { name: /^不感兴趣/ }) });
    await expect(cards.first()).toBeVisible();
    const first = cards.first();
    await expect(first.getByText(/^匹配度 \d+$/)).toBeVisible();
    await expect(first.getByRole("list", { name: "推荐理由" }).getByText(/^博士 ≥ .+要求$/)).toBeVisible();
    await expect(first.getByRole("list", { name: "推荐理由" }).getByText(/^技能 \d\/\d：/)).toBeVisible();
    const title = (await first.getByRole("heading", { level: 2 }).textContent())!.trim();
    const href = await first.getByRole("heading", { level: 2 }).getByRole("link").getAttribute("href");
    await first.getByRole("button", { name: `不感兴趣: ${title}` }).click();
    await expect(page.locator(`a[href="${href}"]`)).toHaveCount(0);
    // Hidden for good: not back after a reload.
    await page.reload();
    await expect(cards.first()).toBeVisible();
    await expect(page.locator(`a[href="${href}"]`)).toHaveCount(0);
  });

  test("an employer sees a position's best-matching talents and invites one, who is notified", async ({ page, browser }) => {
    test.slow();
    await new Accounts(page).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    await page.goto("/employer/positions");
    const links = await page.getByRole("link", { name: "高级海洋电子信息工程师" }).evaluateAll((as) => as.map((a) => a.getAttribute("href")!));
    let found = false;
    for (const href of links) {
      await page.goto(href);
      await page.getByRole("link", { name: "匹配人才" }).click();
      await expect(page.getByRole("heading", { name: "最匹配的人才", level: 1 })).toBeVisible();
      if ((await page.getByRole("heading", { name: DEMO_TALENT_NAME, level: 2 }).count()) > 0) {
        found = true;
        break;
      }
    }
    expect(found, "the demo talent matches one of the demo employer's positions").toBe(true);
    const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: DEMO_TALENT_NAME, level: 2 }) });
    await expect(card.getByText(/^匹配度 \d+$/)).toBeVisible();
    await expect(card.getByRole("list", { name: "推荐理由" }).getByText(/^意向行业：/)).toBeVisible();

    // The permitted summary: the profile without contact details.
    await card.getByRole("link", { name: "查看档案摘要" }).click();
    await expect(page.getByRole("heading", { name: DEMO_TALENT_NAME, level: 1 })).toBeVisible();
    await expect(page.getByText("浙江大学", { exact: true })).toBeVisible();
    await expect(page.getByText("13800000000")).toHaveCount(0);
    await page.getByRole("link", { name: "返回匹配人才" }).click();
    await expect(page.getByRole("heading", { name: "最匹配的人才", level: 1 })).toBeVisible();
    await expect(card).toBeVisible();

    const invite = card.getByRole("button", { name: `邀请登记意向: ${DEMO_TALENT_NAME}` });
    // A retried run finds the talent invited already.
    if (await invite.count()) await invite.click();
    await expect(card.getByText("已邀请")).toBeVisible();

    const talent = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await new Accounts(talent).signInTo(DEMO.talent, DEMO_PASSWORD, "/talent");
    await talent.goto("/talent/recommendations");
    const invitation = talent.getByRole("listitem").filter({ hasText: "邀请你就“高级海洋电子信息工程师”登记意向" }).first();
    await expect(invitation).toBeVisible();
    await invitation.getByRole("link", { name: "查看岗位" }).click();
    await expect(talent).toHaveURL(/\/positions\/\d+$/);
    await expect(talent.getByRole("heading", { name: "高级海洋电子信息工程师", level: 1 })).toBeVisible();
  });
});
