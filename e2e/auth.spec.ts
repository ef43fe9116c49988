import { DEMO, DEMO_PASSWORD, expect, test, uniqueEmail, Accounts } from "./support/fixtures";

test.describe("[auth] signing up, in and out", () => {
  test("a talent signs up, signs out and signs in again", async ({ page, accounts }) => {
    const talent = await accounts.signUpTalent({ name: "林海" });
    await expect(page.getByRole("heading", { name: "林海，您好" })).toBeVisible();
    await accounts.signOut();
    await page.goto("/talent");
    await expect(page).toHaveURL(/\/sign-in\?callbackUrl=/);
    await page.getByLabel("电子邮箱").fill(talent.email);
    await page.getByLabel("密码").fill(talent.password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page).toHaveURL((url) => url.pathname === "/talent");
    await expect(page.getByRole("heading", { name: "林海，您好" })).toBeVisible();
  });

  test("sign-up names each problem next to its field and keeps what was typed", async ({ page }) => {
    await page.goto("/sign-up");
    await page.getByLabel("姓名").fill("林海");
    await page.getByLabel("电子邮箱").fill("not-an-email");
    await page.getByLabel("密码").fill("short");
    await page.getByRole("button", { name: "注册人才账户" }).click();
    await expect(page.getByText("请输入有效的电子邮箱。")).toBeVisible();
    await expect(page.getByText("密码至少 8 位。")).toBeVisible();
    await expect(page.getByText("请阅读并同意个人信息保护说明。")).toBeVisible();
    await expect(page.getByLabel("姓名")).toHaveValue("林海");
    await expect(page.getByLabel("电子邮箱")).toHaveValue("not-an-email");
    await expect(page.getByLabel("电子邮箱")).toHaveAttribute("aria-invalid", "true");
  });

  test("a wrong password and an unknown e-mail get the same clear error", async ({ page, accounts }) => {
    await accounts.signIn(DEMO.talent, "Wrong#2020");
    await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码不正确。" })).toBeVisible();
    await expect(page.getByLabel("电子邮箱")).toHaveValue(DEMO.talent);
    await accounts.signIn(uniqueEmail("nobody"), "Wrong#2020");
    await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码不正确。" })).toBeVisible();
  });

  test("the throttle holds after repeated failures, even for the right password", async ({ page, accounts, browser }) => {
    test.slow();
    const talent = await accounts.signUpTalent();
    const other = new Accounts(await (await browser.newContext({ locale: "zh-CN" })).newPage());
    for (let i = 0; i < 5; i++) {
      await other.signIn(talent.email, `Wrong#${i}000`);
      await expect(other.page.getByRole("alert").filter({ hasText: "邮箱或密码不正确。" })).toBeVisible();
    }
    await other.signIn(talent.email, talent.password);
    await expect(other.page.getByRole("alert").filter({ hasText: /尝试次数过多，请 1[45] 分钟后再试。/ })).toBeVisible();
    // The signed-in session elsewhere is not affected.
    await page.reload();
    await expect(page).toHaveURL((url) => url.pathname === "/talent");
  });
});

test.describe("[auth] employers and their verification", () => {
  test("an employer signs up and waits; an operator verifies it and the employer sees it", async ({ page, accounts, browser }) => {
    test.slow();
    const employer = await accounts.signUpEmployer();
    await expect(page.getByTestId("employer-pending")).toBeVisible();

    const operatorPage = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await new Accounts(operatorPage).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await expect(operatorPage.getByTestId("admin-pending")).toContainText(/待审单位 [1-9]/);
    await operatorPage.getByRole("link", { name: "单位审核" }).first().click();
    const card = operatorPage.getByTestId("pending-employer").filter({ hasText: employer.organisation });
    await card.getByRole("button", { name: "通过" }).click();
    await expect(operatorPage.getByTestId("pending-employer").filter({ hasText: employer.organisation })).toHaveCount(0);

    await page.reload();
    // The banner (the overview's notification list says it too, now in words).
    await expect(page.getByRole("status").filter({ hasText: "单位已通过认证" })).toBeVisible();
    await expect(page.getByTestId("notifications").getByRole("link", { name: /单位已通过认证/ })).toBeVisible();
    await expect(page.getByTestId("employer-pending")).toHaveCount(0);

    await operatorPage.goto(`/admin/audit?action=employer.verified`);
    await expect(operatorPage.getByTestId("audit-rows")).toContainText(employer.organisation);
  });

  test("an operator must give a reason to reject, and the employer reads it", async ({ page, accounts, browser }) => {
    test.slow();
    const employer = await accounts.signUpEmployer();
    const operatorPage = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await new Accounts(operatorPage).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await operatorPage.goto("/admin/employers");
    const card = operatorPage.getByTestId("pending-employer").filter({ hasText: employer.organisation });
    await card.getByRole("button", { name: "驳回" }).click();
    await expect(card.getByText("驳回时请填写理由。")).toBeVisible();
    await card.getByLabel("驳回理由").fill("信用代码与单位名称不符");
    await card.getByRole("button", { name: "驳回" }).click();
    await expect(operatorPage.getByTestId("pending-employer").filter({ hasText: employer.organisation })).toHaveCount(0);
    await page.reload();
    await expect(page.getByText("单位审核未通过：信用代码与单位名称不符")).toBeVisible();
  });

  test("an owner invites a recruiter, who joins by the link and loses access once removed", async ({ page, accounts, browser }) => {
    test.slow();
    await accounts.signUpEmployer();
    await page.goto("/employer/members");
    const colleague = uniqueEmail("recruiter");
    await page.getByLabel("同事的电子邮箱").fill(colleague);
    await page.getByRole("button", { name: "发送邀请" }).click();
    const link = (await page.getByTestId("invitation-link").textContent())!.trim();
    expect(link).toMatch(/\/invitations\/[A-Za-z0-9_-]{20,}$/);

    const recruiterPage = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await recruiterPage.goto(new URL(link).pathname);
    await expect(recruiterPage.getByLabel("电子邮箱")).toHaveValue(colleague);
    await recruiterPage.getByLabel("姓名").fill("陈静");
    await recruiterPage.getByLabel("密码").fill("Haidao#2020");
    await recruiterPage.getByLabel("我已阅读并同意").check();
    await recruiterPage.getByRole("button", { name: "创建账户并加入" }).click();
    await expect(recruiterPage).toHaveURL((url) => url.pathname === "/employer");

    await page.reload();
    await page.getByRole("button", { name: "移除 陈静" }).click();
    await expect(page.getByTestId("member-row").filter({ hasText: "陈静" })).toHaveCount(0);

    await recruiterPage.goto("/employer/members");
    await expect(recruiterPage).toHaveURL(/\/sign-in/);
  });
});

test.describe("[auth] a talent's own data", () => {
  test("a talent downloads all their data and then deletes the account", async ({ page, accounts }) => {
    test.slow();
    const talent = await accounts.signUpTalent({ name: "钱多多" });
    await page.goto("/talent/privacy");
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "下载我的数据" }).click();
    const file = await (await download).path();
    const { readFileSync } = await import("node:fs");
    const data = JSON.parse(readFileSync(file, "utf8"));
    expect(data.account).toMatchObject({ email: talent.email, name: "钱多多" });
    expect(data.account.consentAt).toBeTruthy();

    await page.getByLabel("当前密码").fill(talent.password);
    await page.getByLabel("请输入 DELETE 以确认").fill("delete");
    await page.getByRole("button", { name: "永久注销账户" }).click();
    await expect(page.getByText("请输入大写的 DELETE 以确认。")).toBeVisible();
    await page.getByLabel("当前密码").fill(talent.password);
    await page.getByLabel("请输入 DELETE 以确认").fill("DELETE");
    await page.getByRole("button", { name: "永久注销账户" }).click();
    await expect(page).toHaveURL(/\/\?deleted=1$/);

    await new Accounts(page).signIn(talent.email, talent.password);
    await expect(page.getByRole("alert").filter({ hasText: "邮箱或密码不正确。" })).toBeVisible();
  });

  test("the data export answers 401 to visitors and 403 to other roles", async ({ request, page, accounts }) => {
    expect((await request.get("/talent/privacy/export", { maxRedirects: 0 })).status()).toBe(307);
    await accounts.signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    const response = await page.request.get("/talent/privacy/export");
    expect(response.status()).toBe(403);
  });
});
