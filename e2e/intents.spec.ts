import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";
import { approvePosition, draftPosition } from "./support/positions";

const pdf = (text: string) => ({ name: "简历.pdf", mimeType: "application/pdf", buffer: Buffer.from(`%PDF-1.4\n${text}\n%%EOF\n`) });

test.describe("[intents] from a talent's profile to a signed intent", () => {
  test("a talent completes a profile and registers intents; the employer messages and moves them to signed; the talent sees every step", async ({ page, browser }) => {
    test.slow();
    const stamp = Date.now().toString(36).slice(-5);
    const title = `声学意向${stamp}研究员`;
    const project = `鲸声浮标${stamp}`;

    // The demo employer posts a fresh position; the operator approves it.
    const employerContext = await browser.newContext({ locale: "zh-CN" });
    const employer = await employerContext.newPage();
    await new Accounts(employer).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    await draftPosition(employer, title);
    const positionId = employer.url().match(/\/employer\/positions\/(\d+)/)![1]!;
    await approvePosition(browser, title);

    // A new talent completes the profile.
    const accounts = new Accounts(page);
    await accounts.signUpTalent({ name: "林海" });
    await page.goto("/talent/profile");
    await expect(page.getByTestId("completeness")).toContainText("%");
    await page.getByLabel("手机号码").fill("13800001234");
    await page.getByLabel("最高学历").selectOption({ label: "硕士" });
    await page.getByLabel("毕业院校").fill("浙江大学");
    await page.getByLabel("专业").fill("海洋声学");
    await page.getByLabel("毕业年份").fill("2018");
    await page.getByLabel("职称").fill("工程师");
    await page.getByLabel("技能", { exact: true }).fill("被动声学, 信号处理");
    await page.getByLabel("个人简介").fill("长期从事海洋声学监测与信号处理，参与过多项国家级课题。");
    const daishan = page.getByRole("checkbox", { name: "岱山县" });
    const electronics = page.getByRole("checkbox", { name: "海洋电子信息" });
    await daishan.check();
    await electronics.check();
    // A refused save shows the error under its field and keeps the wishes ticked.
    await page.getByLabel("期望月薪下限（元）").fill("30000");
    await page.getByLabel("期望月薪上限（元）").fill("20000");
    await page.getByRole("button", { name: "保存档案" }).click();
    await expect(page.getByText("月薪上限不能低于下限。")).toBeVisible();
    await expect(page.getByLabel("期望月薪上限（元）")).toHaveAccessibleDescription("月薪上限不能低于下限。");
    await expect(daishan).toBeChecked();
    await expect(electronics).toBeChecked();
    await page.getByLabel("期望月薪上限（元）").fill("40000");
    await page.getByRole("button", { name: "保存档案" }).click();
    await expect(page.getByText("档案已保存。")).toBeVisible();
    await page.reload();
    await expect(daishan).toBeChecked();
    await expect(electronics).toBeChecked();
    await expect(page.getByLabel("期望月薪上限（元）")).toHaveValue("40000");

    // Bad uploads are refused under the field; a PDF is kept.
    await page.getByLabel("上传简历（PDF）").setInputFiles({ name: "cv.pdf", mimeType: "application/pdf", buffer: Buffer.from("<html>not a pdf</html>") });
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await expect(page.getByText("这不是 PDF 文件，请上传 PDF 格式的文件。")).toBeVisible();
    await page.getByLabel("上传简历（PDF）").setInputFiles({ name: "empty.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(0) });
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await expect(page.getByText(/文件是空的|请选择一个 PDF 文件/)).toBeVisible();
    await page.getByLabel("上传简历（PDF）").setInputFiles({ name: "big.pdf", mimeType: "application/pdf", buffer: Buffer.alloc(5 * 1024 * 1024 + 1, 0x25) });
    await expect(page.getByText("文件超过 5 MB，请压缩后再上传。")).toBeVisible();
    await page.getByLabel("上传简历（PDF）").setInputFiles(pdf("林海的简历"));
    await page.getByRole("button", { name: "上传", exact: true }).click();
    await expect(page.getByText("简历已上传。")).toBeVisible();
    await expect(page.getByTestId("resume-link")).toHaveText("简历.pdf");

    // An employment intent on the position, and a project intent on its platform.
    await page.goto(`/positions/${positionId}`);
    await page.getByLabel("给单位的留言").fill("您好，我有五年海洋声学研究经验。");
    await page.getByRole("button", { name: "登记就职意向" }).click();
    await expect(page.getByText("意向已登记，单位将收到通知。")).toBeVisible();
    const intentUrl = new URL(page.url()).pathname;
    await page.goto(`/positions/${positionId}`);
    await expect(page.getByRole("link", { name: "查看我的意向" })).toBeVisible();

    await page.goto("/talent/projects/new");
    await page.getByLabel("引才板块").selectOption({ label: "五大海创平台" });
    await page.getByLabel("海创平台").selectOption({ label: "舟山海洋科学城" });
    await page.getByLabel("项目名称").fill(project);
    await page.getByLabel("所属领域").fill("海洋电子信息");
    await page.getByLabel("项目阶段").selectOption({ label: "样机/原型" });
    await page.getByLabel("团队人数").fill("6");
    await page.getByLabel("项目计划书（PDF，可选）").setInputFiles({ ...pdf("计划书"), name: "pitch.pdf" });
    await page.getByRole("button", { name: "提交项目落户意向" }).click();
    await expect(page.getByText("意向已登记，单位将收到通知。")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(project);

    // The employer sees both, reads the profile, messages the talent and moves the intent on.
    await employer.goto(`/employer/intents?kind=project&q=${encodeURIComponent(project)}`);
    await expect(employer.getByTestId("pipeline-card").filter({ hasText: project })).toBeVisible();
    await employer.goto(`/employer/intents?view=list&position=${positionId}`);
    await employer.getByTestId("pipeline-row").filter({ hasText: title }).getByRole("link", { name: "林海" }).click();
    await expect(employer.getByTestId("talent-profile")).toContainText("浙江大学");
    await expect(employer.getByTestId("resume-download")).toBeVisible();
    await employer.getByLabel("写留言").fill("您好，简历已收到，想约您视频洽谈。");
    await employer.getByRole("button", { name: "发送" }).click();
    await expect(employer.getByTestId("message").filter({ hasText: "简历已收到" })).toBeVisible();
    for (const [move, status] of [["进入洽谈", "洽谈中"], ["达成意向", "达成意向"], ["已签约", "已签约"]] as const) {
      await employer.getByLabel("操作").selectOption({ label: move });
      await employer.getByRole("button", { name: "确认" }).click();
      await expect(employer.getByText(`已更新为“${status}”。`)).toBeVisible();
    }

    // The talent sees each step and the message, and answers it.
    await page.goto(intentUrl);
    const steps = page.getByTestId("timeline-step");
    await expect(steps).toHaveCount(5);
    for (const status of ["已提交", "已查看", "洽谈中", "达成意向", "已签约"]) await expect(steps.filter({ hasText: status })).toHaveCount(1);
    await expect(page.getByTestId("message").filter({ hasText: "简历已收到" })).toBeVisible();
    await page.getByLabel("写留言").fill("谢谢，期待洽谈。");
    await page.getByRole("button", { name: "发送" }).click();
    await expect(page.getByTestId("message").filter({ hasText: "期待洽谈" })).toContainText("未读");
    await employerContext.close();
  });

  test("a talent registering twice at once from two tabs gets one intent", async ({ page, accounts }) => {
    test.slow();
    await accounts.signUpTalent();
    // Any public position will do, but not one another journey is working on at the same time:
    // theirs are in 岱山县, so the first one listed in 定海区 (demo data only).
    await page.goto("/positions?location=dinghai");
    const href = await page.getByTestId("position-card").first().getByRole("heading").getByRole("link").getAttribute("href");
    const second = await page.context().newPage();
    await Promise.all([page.goto(href!), second.goto(href!)]);
    await Promise.all([page.getByRole("button", { name: "登记就职意向" }).click(), second.getByRole("button", { name: "登记就职意向" }).click()]);
    await expect(page).toHaveURL(/\/talent\/intents\/\d+/);
    await expect(second).toHaveURL(/\/talent\/intents\/\d+/);
    expect(new URL(page.url()).pathname).toBe(new URL(second.url()).pathname);
    await page.goto("/talent/intents");
    await expect(page.getByTestId("talent-intent")).toHaveCount(1);
  });
});
