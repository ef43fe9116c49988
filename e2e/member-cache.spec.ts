import { Accounts, DEMO, DEMO_PASSWORD, expect, test, toasts } from "./support/fixtures";
import { expectFromCache, resultCount } from "./support/cache";

/**
 * Issue 10: signed-in users get the public pages that show them nothing of their own (the home
 * page, searches, employers, announcements) from one cached copy per role and language
 * (lib/cache/cached-path.ts VIEWERS): the visitors' page with that role's header. Nothing in a
 * copy names its user; the bell's count is asked for by the browser. A position's page shows the
 * user's own intent and stays rendered for them (e2e/public-cache.spec.ts).
 */
const viewerOf = (html: string) => /<html [^>]*data-viewer="([^"]+)"/.exec(html)?.[1];

test.describe("[cache] members' copies of the public pages", () => {
  test("two talents share their role's copy of a search, an employer gets its own with its bell's count, and signing out from one leaves a visitor", async ({ browser }) => {
    test.slow();
    const word = `会员缓存${Date.now().toString(36).slice(-5)}`;
    const address = `/positions?q=${encodeURIComponent(word)}&sort=newest`;

    // An employer signs up and is verified: one unread notification.
    const employerContext = await browser.newContext({ locale: "zh-CN" });
    const employer = await employerContext.newPage();
    const organisation = await new Accounts(employer).signUpEmployer();
    const review = await browser.newContext({ locale: "zh-CN" });
    const operator = await review.newPage();
    await new Accounts(operator).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await operator.goto("/admin/employers");
    await operator.getByTestId("pending-employer").filter({ hasText: organisation.organisation }).getByRole("button", { name: "通过" }).click();
    await expect(operator.getByTestId("pending-employer").filter({ hasText: organisation.organisation })).toHaveCount(0);
    await review.close();

    // Two talents: the second one's request is answered by the copy the first one's made.
    const first = await browser.newContext({ locale: "zh-CN" });
    const talent = await first.newPage();
    const one = await new Accounts(talent).signUpTalent({ name: "甲会员" });
    const second = await browser.newContext({ locale: "zh-CN" });
    const other = await new Accounts(await second.newPage()).signUpTalent({ name: "乙会员" });
    const shared = await expectFromCache(first.request, address, { by: second.request });
    const html = await shared.text();
    expect(viewerOf(html), "the talents' copy").toBe("talent");
    expect(resultCount(html)).toBe("共 0 个岗位");
    for (const personal of [one.email, other.email, "甲会员", "乙会员"]) expect(html.includes(personal), personal).toBe(false);

    // In the browser: the talent's header (their area, sign-out) and their bell, with nothing unread.
    await talent.goto(address);
    await expect(talent.locator("html")).toHaveAttribute("data-viewer", "talent");
    await expect(talent.getByTestId("user-menu-home")).toHaveText("我的主页");
    await expect(talent.getByTestId("user-menu-home")).toHaveAttribute("href", "/talent");
    await expect(talent.getByTestId("notification-bell")).toHaveAccessibleName("通知");
    await expect(talent.getByTestId("notification-count")).toHaveCount(0);

    // The employer's copy of the same search: the employers' header, and its own count, asked for by the browser.
    const mine = await expectFromCache(employerContext.request, address);
    const employerHtml = await mine.text();
    expect(viewerOf(employerHtml), "the employers' copy").toBe("employer");
    expect(employerHtml.includes(organisation.email), "the employer's e-mail").toBe(false);
    await employer.goto(address);
    await expect(employer.getByTestId("user-menu-home")).toHaveText("单位工作台");
    await expect(employer.getByTestId("user-menu-home")).toHaveAttribute("href", "/employer");
    await expect(employer.getByTestId("notification-count")).toHaveText("1");
    await expect(employer.getByTestId("notification-bell")).toHaveAccessibleName("通知，1 条未读");
    // The home page, too, from the employers' copy.
    expect(viewerOf(await (await expectFromCache(employerContext.request, "/")).text())).toBe("employer");
    await employerContext.close();

    // Signing out from the shared copy (its form runs the sign-out action): a visitor's page after.
    await talent.getByRole("button", { name: "退出" }).first().click();
    await expect(talent).toHaveURL("/");
    await expect(talent.getByRole("link", { name: "登录" }).first()).toBeVisible();
    await expect(talent.locator("html")).not.toHaveAttribute("data-viewer", /.+/);
    const visitorHtml = await (await first.request.get(address)).text();
    expect(viewerOf(visitorHtml), "signed out: the visitors' copy").toBeUndefined();

    await first.close();
    await second.close();
  });

  test("a session ended elsewhere is shown a role's copy at most once: its bell's request removes the cookie", async ({ browser, page, accounts }) => {
    test.slow();
    const talent = await accounts.signUpTalent({ name: "丙会员" });
    // The same session on another device.
    const elsewhere = await browser.newContext({ locale: "zh-CN", storageState: await page.context().storageState() });
    const device = await elsewhere.newPage();
    await device.goto("/positions");
    await expect(device.locator("html")).toHaveAttribute("data-viewer", "talent");
    await expect(device.getByTestId("notification-bell")).toBeVisible();

    // The password is changed here: the other device's session ends.
    await page.goto("/account");
    await page.getByLabel("当前密码").fill(talent.password);
    await page.getByLabel("新密码", { exact: true }).fill("Haidao#2021new");
    await page.getByLabel("再次输入新密码").fill("Haidao#2021new");
    await page.getByRole("button", { name: "修改密码" }).click();
    await expect(toasts(page)).toContainText("密码已修改，其他设备上的登录已失效。");
    // This device's page, drawn in the same answer as the new session cookie, still shows the user signed in.
    await expect(page.getByTestId("user-menu-home")).toHaveText("我的主页");

    // Its session cookie still reads as a talent's, so the copy comes; the bell's request is
    // refused, the bell goes, and the cookie with it: the next page is a visitor's.
    const unread = device.waitForResponse((response) => new URL(response.url()).pathname === "/notifications/unread");
    await device.goto("/positions");
    expect((await unread).status()).toBe(401);
    await expect(device.getByTestId("notification-bell")).toHaveCount(0);
    expect((await elsewhere.cookies()).some((cookie) => cookie.name.includes("session-token")), "the session cookie, removed").toBe(false);
    await device.reload();
    await expect(device.locator("html")).not.toHaveAttribute("data-viewer", /.+/);
    await expect(device.getByRole("link", { name: "登录" }).first()).toBeVisible();
    await elsewhere.close();

    // Here, the session goes on under the new password: the count answers.
    const count = await page.request.get("/notifications/unread");
    expect(count.status()).toBe(200);
    expect(await count.json()).toEqual({ unread: 0 });
    expect(count.headers()["cache-control"]).toBe("private, no-store");
  });
});
