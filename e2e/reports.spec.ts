import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";
import { solidPng } from "./support/images";
import { approveAsOperator, draftPosition } from "./support/positions";

test.describe("[reports] a reported posting is taken down", () => {
  test("a talent reports a position, the operator takes it down with a reason, and the employer reads it", async ({ page, browser }) => {
    test.slow();
    const unique = `举报${Date.now().toString(36).slice(-5)}`;
    const title = `${unique}海洋监测员`;
    const reason = `经核实为虚假招聘信息（${unique}）`;
    // The employer posts; the operator approves: a public position of this test's own.
    await new Accounts(page).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    await draftPosition(page, title);
    const employerUrl = page.url().split("?")[0]!;
    const positionId = employerUrl.match(/\/positions\/(\d+)/)![1]!;
    const operator = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await approveAsOperator(operator, title);

    // A visitor is asked to sign in first, and comes back to the position.
    const talent = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await talent.goto(`/positions/${positionId}`);
    await expect(talent.getByRole("link", { name: "登录后举报此岗位" })).toHaveAttribute("href", `/sign-in?callbackUrl=%2Fpositions%2F${positionId}`);
    await new Accounts(talent).signUpTalent();
    await talent.goto(`/positions/${positionId}`);
    const card = talent.getByTestId("report-card");
    await card.getByText("举报此岗位").click();
    await card.getByRole("button", { name: "提交举报" }).click();
    await expect(card.getByText("请选择一项。")).toBeVisible();
    await card.getByLabel("补充说明（选填）").fill("要求应聘者先缴纳培训费");
    await card.getByLabel("举报理由").selectOption({ label: "虚假招聘或诈骗" });
    await card.getByRole("button", { name: "提交举报" }).click();
    await expect(card.getByText("举报已提交")).toBeVisible();
    // A second visit shows the report already made instead of a second form.
    await talent.reload();
    await expect(card.getByText("您已举报过此岗位，正在等待处理。")).toBeVisible();
    await expect(card.getByText("要求应聘者先缴纳培训费")).toBeVisible();

    // The operator sees it in the queue, grouped under the position, and takes it down.
    await operator.goto("/admin/reports");
    await expect(operator.getByTestId("admin-pending").getByText(/待处理举报 [1-9]/)).toBeVisible();
    const item = operator.getByTestId("reported-position").filter({ hasText: title });
    await expect(item).toContainText("1 条举报");
    await expect(item).toContainText("虚假招聘或诈骗 ×1");
    await expect(item).toContainText("要求应聘者先缴纳培训费");
    await item.getByRole("checkbox").check();
    await operator.getByRole("button", { name: "下线所选岗位" }).click();
    await expect(operator.getByText("请填写处理说明。")).toBeVisible();
    await operator.getByTestId("reported-position").filter({ hasText: title }).getByRole("checkbox").check();
    await operator.getByLabel("处理说明（必填）").fill(reason);
    await operator.getByRole("button", { name: "下线所选岗位" }).click();
    await expect(operator.getByText(/已处理 1 个岗位/)).toBeVisible();
    await expect(operator.getByTestId("reported-position").filter({ hasText: title })).toHaveCount(0);

    // Gone from search and from its public page.
    const visitor = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await visitor.goto(`/positions?q=${encodeURIComponent(unique)}`);
    await expect(visitor.getByTestId("result-count")).toBeVisible();
    await expect(visitor.getByTestId("position-card").filter({ hasText: title })).toHaveCount(0);
    expect((await visitor.goto(`/positions/${positionId}`))?.status()).toBe(404);

    // The employer reads why, on the position and in the list.
    await page.goto(employerUrl);
    await expect(page.getByText(`已被组织人事部门下线：${reason}`)).toBeVisible();
    await page.goto("/employer/positions");
    await expect(page.getByTestId("employer-position").filter({ hasText: title })).toContainText(reason);

    // The reporter reads the outcome.
    await talent.goto("/account/reports");
    const mine = talent.getByTestId("my-report").filter({ hasText: title });
    await expect(mine).toContainText("岗位已下线");
    await expect(mine).toContainText(reason);
  });
});

test.describe("[employer] the organisation's logo", () => {
  test("an employer uploads a PNG logo, a text file called .png is refused, and the public page shows it once verified", async ({ page, accounts, browser, request }) => {
    test.slow();
    const employer = await accounts.signUpEmployer();
    await page.goto("/employer/profile");
    await expect(page.getByText("尚未上传单位标志。")).toBeVisible();
    // Saving without choosing a file leaves the logo alone.
    await page.getByLabel("英文名称").fill("Before Upload Ltd.");
    await page.getByRole("button", { name: "保存资料" }).click();
    await expect(page.getByText("资料已保存。")).toBeVisible();
    await expect(page.getByText("尚未上传单位标志。")).toBeVisible();
    // That toast leaves before the next save, so the confirmation seen later is that save's own.
    await expect(page.getByText("资料已保存。")).toHaveCount(0, { timeout: 15_000 });

    // Not an image, whatever its name says: the field's error, and what was typed stays.
    await page.getByLabel("英文名称").fill("Zhoushan Test Marine Co.");
    await page.getByLabel("单位标志（Logo）").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: Buffer.from("this is only text, renamed to .png") });
    await page.getByRole("button", { name: "保存资料" }).click();
    await expect(page.getByText("只接受 PNG、JPEG 或 WebP 格式的图片（不接受 SVG）。")).toBeVisible();
    await expect(page.getByLabel("英文名称")).toHaveValue("Zhoushan Test Marine Co.");

    // Over 1 MB: our message, not the framework's error page.
    const big = Buffer.concat([solidPng(1, 1, [0, 0, 0]), Buffer.alloc(1024 * 1024 + 10)]);
    await page.getByLabel("单位标志（Logo）").setInputFiles({ name: "big.png", mimeType: "image/png", buffer: big });
    await page.getByRole("button", { name: "保存资料" }).click();
    await expect(page.getByText("标志图片不能超过 1 MB。")).toBeVisible();
    await expect(page.getByLabel("英文名称")).toHaveValue("Zhoushan Test Marine Co.");

    await page.getByLabel("单位标志（Logo）").setInputFiles({ name: "logo.png", mimeType: "image/png", buffer: solidPng(48, 48, [14, 116, 144]) });
    await page.getByRole("button", { name: "保存资料" }).click();
    await expect(page.getByText("资料已保存。")).toBeVisible();
    const preview = page.getByTestId("logo-preview").locator("img");
    await expect(preview).toHaveAttribute("src", /^\/employers\/\d+\/logo\?v=/);
    await expect.poll(() => preview.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
    const src = (await preview.getAttribute("src"))!;
    const employerId = src.match(/\/employers\/(\d+)\//)![1]!;

    // Pending: nobody else sees it yet.
    expect((await request.get(src)).status()).toBe(404);

    const operator = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await new Accounts(operator).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
    await operator.goto("/admin/employers");
    await operator.getByTestId("pending-employer").filter({ hasText: employer.organisation }).getByRole("button", { name: "通过" }).click();
    await expect(operator.getByTestId("pending-employer").filter({ hasText: employer.organisation })).toHaveCount(0);

    const visitor = await (await browser.newContext({ locale: "zh-CN" })).newPage();
    await visitor.goto(`/employers/${employerId}`);
    const logo = visitor.locator(`img[src^="/employers/${employerId}/logo"]`);
    await expect.poll(() => logo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(48);
    const served = await request.get(src);
    expect(served.status()).toBe(200);
    expect(served.headers()["content-type"]).toBe("image/png");
    expect(served.headers()["x-content-type-options"]).toBe("nosniff");
    const etag = served.headers()["etag"]!;
    expect((await request.get(`/employers/${employerId}/logo`, { headers: { "if-none-match": etag } })).status()).toBe(304);

    // Removed: the public page falls back to the name's first character, the image is gone.
    await page.getByRole("button", { name: "移除标志" }).click();
    await expect(page.getByText("尚未上传单位标志。")).toBeVisible();
    expect((await request.get(src)).status()).toBe(404);
  });
});
