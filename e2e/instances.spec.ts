import type { Browser, BrowserContext, Page } from "@playwright/test";
import { FRONT_PAGE_SECONDS } from "../lib/cache/cached-path";
import { resultCount } from "./support/cache";
import { startInstances, type AppInstances } from "../tests/support/instances";
import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";
import { approveQueued, draftPosition } from "./support/positions";

// PostgreSQL only (playwright.config.ts runs this file in its "postgres" project): two
// production servers on two ports against one PostgreSQL database, as behind a load balancer.
// People sign in on one instance and act on the other; what one instance counts (failed
// sign-ins), the other sees. Slot capacity across instances has its own race test
// (tests/instances/booking-race.instances.test.ts: 50 bookings, two instances, one seat).
test.describe.configure({ mode: "serial", timeout: 300_000 });

/**
 * How soon another instance's purge shows here: a notification takes milliseconds; the bound
 * leaves room for a busy machine, and is far below the time windows (FRONT_PAGE_SECONDS, and
 * PUBLIC_PAGE_SECONDS), so only a notification can meet it.
 */
const NOTIFIED_MS = 3_000;

let app: AppInstances;
let a: string;
let b: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  // One started as `npm start` does, the other as scripts/serve.ts bound to 127.0.0.1.
  app = await startInstances({ adminUrl: process.env.E2E_DATABASE_URL!, count: 2, seed: true, commands: ["npm-start", "serve"] });
  [a, b] = app.urls as [string, string];
});

test.afterAll(async () => {
  await app?.stop();
});

/**
 * A person's browser whose relative links go to the instance they act on. Cookies belong to the
 * host, not the port, so a session made on one instance travels to the other as it would
 * behind a load balancer.
 */
function personOn(browser: Browser, baseURL: string): Promise<BrowserContext> {
  return browser.newContext({ baseURL, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
}

/** Signs in through the sign-in page of `origin` and waits to land there. */
async function signInOn(page: Page, origin: string, email: string, password: string, landing: string) {
  await page.goto(`${origin}/sign-in`);
  await page.getByLabel("电子邮箱").fill(email);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录", exact: true }).click();
  await expect(page).toHaveURL((url) => url.origin === origin && url.pathname === landing);
}

test("[instances] employer, operator and talent sign in on one instance and carry on through the other", async ({ browser }) => {
  const title = `双实例${Date.now().toString(36).slice(-5)}声学工程师`;

  // The employer signs in on A and drafts the position through B.
  const employerContext = await personOn(browser, b);
  const employer = await employerContext.newPage();
  await signInOn(employer, a, DEMO.employer, DEMO_PASSWORD, "/employer");
  const positionId = await draftPosition(employer, title);
  expect(new URL(employer.url()).origin).toBe(b);

  // The operator signs in on B and approves it through A.
  const operatorContext = await personOn(browser, a);
  const operator = await operatorContext.newPage();
  await signInOn(operator, b, DEMO.operator, DEMO_PASSWORD, "/admin");
  await approveQueued(operator, title);
  await operatorContext.close();

  // The talent signs in on A, finds the now public position on B and registers an intent there.
  const talentContext = await personOn(browser, b);
  const talent = await talentContext.newPage();
  await signInOn(talent, a, DEMO.talent, DEMO_PASSWORD, "/talent");
  await talent.goto(`/positions/${positionId}`);
  await expect(talent.getByRole("heading", { level: 1 })).toHaveText(title);
  await talent.getByLabel("给单位的留言").fill("您好，我在两台服务器之间登记意向。");
  await talent.getByRole("button", { name: "登记就职意向" }).click();
  await expect(talent.getByText("意向已登记，单位将收到通知。")).toBeVisible();
  const intentPath = new URL(talent.url()).pathname;

  // The employer, signed in on A and working on B, sees it on A and moves it on; the talent sees the step on A.
  await employer.goto(`${a}/employer/intents?view=list&position=${positionId}`);
  await employer.getByTestId("pipeline-row").filter({ hasText: title }).getByRole("link").first().click();
  await employer.getByLabel("操作").selectOption({ label: "进入洽谈" });
  await employer.getByRole("button", { name: "确认" }).click();
  await expect(employer.getByText("已更新为“洽谈中”。")).toBeVisible();
  await talent.goto(`${a}${intentPath}`);
  await expect(talent.getByTestId("timeline-step").filter({ hasText: "洽谈中" })).toHaveCount(1);

  // Signing out on B ends the session on A too (the session's version lives in the database).
  await talent.goto(`${b}/talent`);
  await new Accounts(talent).signOut();
  await talent.goto(`${a}/talent`);
  await expect(talent).toHaveURL((url) => url.origin === a && url.pathname === "/sign-in");
  await talentContext.close();
  await employerContext.close();
});

test("[instances] the sign-in throttle counts failures made through either instance", async ({ browser }) => {
  const context = await personOn(browser, b);
  const page = await context.newPage();
  const accounts = new Accounts(page);
  const { email, password } = await accounts.signUpTalent({ name: "限流测试" });
  await accounts.signOut();

  // Five wrong passwords, alternating between the instances.
  for (let i = 0; i < 5; i++) {
    await page.goto(`${i % 2 === 0 ? a : b}/sign-in`);
    await page.getByLabel("电子邮箱").fill(email);
    await page.getByLabel("密码").fill("wrong-password-1");
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByText("邮箱或密码不正确。")).toBeVisible();
  }
  // Now even the right password is refused, on both.
  for (const origin of [a, b]) {
    await page.goto(`${origin}/sign-in`);
    await page.getByLabel("电子邮箱").fill(email);
    await page.getByLabel("密码").fill(password);
    await page.getByRole("button", { name: "登录", exact: true }).click();
    await expect(page.getByText(/尝试次数过多，请 \d+ 分钟后再试。/)).toBeVisible();
    await expect(page).toHaveURL((url) => url.pathname === "/sign-in");
  }
  await context.close();
});

test("[instances] a public page cached by one instance follows a change made through the other at once (PostgreSQL's notifications)", async ({ browser }) => {
  const word = `缓存双实例${Date.now().toString(36).slice(-5)}`;
  const title = `${word}工程师`;
  const employerContext = await personOn(browser, a);
  const employer = await employerContext.newPage();
  await signInOn(employer, a, DEMO.employer, DEMO_PASSWORD, "/employer");
  const positionId = await draftPosition(employer, title);

  // A visitor's search for it is cached on A, empty, before the approval through B.
  const visitor = await browser.newContext({ locale: "zh-CN" });
  const search = `/positions?q=${encodeURIComponent(word)}`;
  await visitor.request.get(`${a}${search}`);
  // On either instance, the proxy's rewrite to the cached copy is taken in the process that got
  // the request: a path, not an address Next would fetch over HTTP from itself
  // (scripts/support/next-hostname.ts).
  for (const origin of [a, b]) expect((await visitor.request.get(`${origin}${search}`)).headers()["x-middleware-rewrite"], origin).toMatch(/^\/cached\/zh\/search\//);
  const before = await visitor.request.get(`${a}${search}`);
  expect(before.headers()["x-nextjs-cache"]).toBe("HIT");
  expect(resultCount(await before.text())).toBe("共 0 个岗位");
  const operatorContext = await personOn(browser, b);
  const operator = await operatorContext.newPage();
  await signInOn(operator, b, DEMO.operator, DEMO_PASSWORD, "/admin");
  await approveQueued(operator, title);
  await operatorContext.close();
  const approvedAt = Date.now();
  await expect.poll(async () => resultCount(await (await visitor.request.get(`${a}${search}`)).text()), { timeout: NOTIFIED_MS, intervals: [100, 250] }).toBe("共 1 个岗位");
  expect(Date.now() - approvedAt, "A's cached search, purged by B's notification").toBeLessThan(NOTIFIED_MS);

  // A visitor's copy of the page is cached on both instances.
  const address = `/positions/${positionId}`;
  const apiAddress = `/api/v1/positions/${positionId}`;
  for (const origin of [a, b]) {
    await visitor.request.get(`${origin}${address}`);
    const cached = await visitor.request.get(`${origin}${address}`);
    expect(cached.headers()["x-nextjs-cache"], origin).toBe("HIT");
    expect((await cached.text()).includes(title), origin).toBe(true);
    // The public API's answer for it too (the front cache keeps it at most FRONT_PAGE_SECONDS).
    await visitor.request.get(`${origin}${apiAddress}`);
    const kept = await visitor.request.get(`${origin}${apiAddress}`);
    expect(kept.headers()["age"], `${origin}: the API's answer from the front cache`).toMatch(/^\d+$/);
  }

  // The employer closes it through B: B's visitors get a 404 at once, and A's too, as soon as
  // B's notification arrives (a missed one would leave A's copy at most PUBLIC_PAGE_SECONDS
  // old; README, "Staleness across instances").
  await employer.goto(`${b}/employer/positions/${positionId}`);
  // A's copy of the API's answer at most a second old: its own 10 seconds cannot end within NOTIFIED_MS of the closing.
  const ageOnA = async () => Number((await visitor.request.get(`${a}${apiAddress}`)).headers()["age"] ?? Number.POSITIVE_INFINITY);
  await expect.poll(ageOnA, { timeout: (FRONT_PAGE_SECONDS + 5) * 1000, intervals: [250] }).toBeLessThanOrEqual(1);
  await employer.getByRole("button", { name: "关闭岗位" }).click();
  await expect(employer.getByText("已关闭").first()).toBeVisible();
  const closedAt = Date.now();
  expect((await visitor.request.get(`${b}${address}`)).status()).toBe(404);
  expect((await visitor.request.get(`${b}${apiAddress}`)).status()).toBe(404);
  await expect.poll(async () => (await visitor.request.get(`${a}${apiAddress}`)).status(), { timeout: NOTIFIED_MS, intervals: [100, 250] }).toBe(404);
  await expect.poll(async () => (await visitor.request.get(`${a}${address}`)).status(), { timeout: NOTIFIED_MS, intervals: [100, 250] }).toBe(404);
  expect(Date.now() - closedAt, "A's cached page and API answer, purged by B's notification").toBeLessThan(NOTIFIED_MS);
  await visitor.close();
  await employerContext.close();
});
