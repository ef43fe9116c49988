import postgres from "postgres";
import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";

// PostgreSQL only (playwright.config.ts runs this file in its "postgres" project): the thread is
// written straight into the app's database, past what the hourly message limit lets a journey
// send, and embedded PGlite is the app server's own, with no second connection.
const THREAD_PAGE = 50;
const TOTAL = THREAD_PAGE + 5;

test("[threads] a long thread shows its latest messages; earlier ones are a link away, on both sides", async ({ page, browser }) => {
  const sql = postgres(process.env.E2E_DATABASE_URL!, { max: 1, onnotice: () => {} });
  try {
    // A new talent's intent on one of the demo employer's open positions.
    const [position] = await sql<{ id: number }[]>`
      select p.id from positions p
      join employer_members m on m.employer_id = p.employer_id
      join users u on u.id = m.user_id
      where lower(u.email) = ${DEMO.employer} and p.status = 'published' and (p.closes_at is null or p.closes_at > now() + interval '1 day')
      order by p.id limit 1`;
    await new Accounts(page).signUpTalent({ name: "林海" });
    await page.goto(`/positions/${position!.id}`);
    await page.getByRole("button", { name: "登记就职意向" }).click();
    await expect(page.getByText("意向已登记，单位将收到通知。")).toBeVisible();
    const intentId = Number(new URL(page.url()).pathname.match(/\/talent\/intents\/(\d+)/)![1]);
    // A minute apart, the two sides in turn, ending an hour ago.
    await sql`
      insert into intent_messages (intent_id, sender_id, body, created_at)
      select i.id, case when n % 2 = 1 then i.talent_id else m.user_id end, '第' || n || '条', now() - interval '1 hour' - (${TOTAL} - n) * interval '1 minute'
      from intents i
      join employer_members m on m.employer_id = i.employer_id
      join users u on u.id = m.user_id and lower(u.email) = ${DEMO.employer}
      cross join generate_series(1, ${TOTAL}) n
      where i.id = ${intentId}`;

    // The talent: the latest 50, the earliest five a link away, and back.
    await page.goto(`/talent/intents/${intentId}`);
    const messages = page.getByTestId("message");
    await expect(messages).toHaveCount(THREAD_PAGE);
    await expect(messages.first()).toContainText("第6条");
    await expect(messages.last()).toContainText(`第${TOTAL}条`);
    await expect(page.getByRole("link", { name: "较新的留言" })).toHaveCount(0);
    await page.getByRole("link", { name: "更早的留言" }).click();
    await expect(page).toHaveURL((url) => url.searchParams.get("thread") === "2" && url.hash === "#messages");
    await expect(messages).toHaveCount(5);
    await expect(messages.first()).toContainText("第1条");
    await expect(messages.last()).toContainText("第5条");
    await expect(page.getByRole("link", { name: "更早的留言" })).toHaveCount(0);
    // The form to write stays under the thread on an earlier page.
    await expect(page.getByLabel("写留言")).toBeVisible();
    await page.getByRole("link", { name: "较新的留言" }).click();
    await expect(page).toHaveURL((url) => !url.searchParams.has("thread"));
    await expect(messages).toHaveCount(THREAD_PAGE);

    // The employer sees the same pages of the thread.
    const employerContext = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const employer = await employerContext.newPage();
    await new Accounts(employer).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    // Page numbers that are not ones show the first pages, as every list's do.
    await employer.goto(`/employer/intents/${intentId}?thread=abc&notes=-1`);
    const seen = employer.getByTestId("message");
    await expect(seen).toHaveCount(THREAD_PAGE);
    await expect(seen.last()).toContainText(`第${TOTAL}条`);
    await employer.getByRole("link", { name: "更早的留言" }).click();
    await expect(seen).toHaveCount(5);
    await expect(seen.first()).toContainText("第1条");
    // A reply written on the earlier page is sent, and its writer taken to the latest, where it is.
    await employer.getByLabel("写留言").fill("从较早的一页回复");
    await employer.getByRole("button", { name: "发送" }).click();
    await expect(employer).toHaveURL((url) => !url.searchParams.has("thread") && url.hash === "#messages");
    await expect(seen).toHaveCount(THREAD_PAGE);
    await expect(seen.last()).toContainText("从较早的一页回复");
    await expect(employer.getByLabel("写留言")).toHaveValue("");
    await employerContext.close();
  } finally {
    await sql.end();
  }
});
