import { type FreshAnswer, getOnNewConnection } from "../scripts/support/fresh-get";
import { startInstances, type AppInstances } from "../tests/support/instances";
import { resultCount } from "./support/cache";
import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";
import { approveSelected, draftPosition, selectQueued } from "./support/positions";

// PostgreSQL only (playwright.config.ts runs this file in its "postgres" project): one production
// server of two processes (WEB_CONCURRENCY=2: scripts/serve.ts on node:cluster), each with its
// own Next cache and front cache. A change made through one process must show at once in what
// both keep, as it does with one process (lib/cache/purge-relay.ts relays the purges).
test.describe.configure({ mode: "serial", timeout: 300_000 });

let app: AppInstances;
let origin: string;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  app = await startInstances({ adminUrl: process.env.E2E_DATABASE_URL!, count: 1, seed: true, env: { WEB_CONCURRENCY: "2" } });
  origin = app.urls[0]!;
});

test.afterAll(async () => {
  await app?.stop();
});

/** A visitor's GET on a connection of its own: consecutive ones alternate between the processes. */
const freshGet = (path: string) => getOnNewConnection(`${origin}${path}`, { "accept-language": "zh-CN,zh;q=0.9" });

/** Four requests in a row (two to each process): their answers. */
async function fromBoth(path: string): Promise<FreshAnswer[]> {
  const answers: FreshAnswer[] = [];
  for (let i = 0; i < 4; i += 1) answers.push(await freshGet(path));
  return answers;
}

const count = (answer: FreshAnswer) => resultCount(answer.body);
const items = (answer: FreshAnswer) => (JSON.parse(answer.body) as { items: { title: string }[] }).items.map((item) => item.title);

test("[processes] a change made through one process shows at once in what every process keeps", async ({ browser }) => {
  expect(app.logs()[0], "the server runs two processes").toContain("(2 processes)");
  const word = `进程${Date.now().toString(36).slice(-5)}`;
  const title = `${word}海洋工程师`;
  const people = await browser.newContext({ baseURL: origin, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const employer = await people.newPage();
  await new Accounts(employer).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
  const positionId = await draftPosition(employer, title);
  const review = await browser.newContext({ baseURL: origin, locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  const operator = await review.newPage();
  await new Accounts(operator).signInTo(DEMO.operator, DEMO_PASSWORD, "/admin");
  await selectQueued(operator, title);

  // Before the approval: the search page and the API's search, kept by both processes (the
  // last two of four requests come from the front caches).
  const search = `/positions?q=${encodeURIComponent(word)}`;
  const api = `/api/v1/positions?q=${encodeURIComponent(word)}&facets=0`;
  for (const path of [search, api]) {
    await fromBoth(path);
    const kept = await fromBoth(path);
    expect(kept.map((answer) => answer.headers.age !== undefined), `${path}: kept by both processes`).toEqual([true, true, true, true]);
  }
  expect(count(await freshGet(search))).toBe("共 0 个岗位");

  // The approval, made through one of them: every process shows the position at once.
  await approveSelected(operator);
  for (const answer of await fromBoth(search)) expect(count(answer)).toBe("共 1 个岗位");
  for (const answer of await fromBoth(api)) expect(items(answer)).toEqual([title]);

  // Its page and its API answer, kept by both; the employer closes it: gone from both at once.
  const page = `/positions/${positionId}`;
  const own = `/api/v1/positions/${positionId}`;
  for (const path of [page, own]) {
    await fromBoth(path);
    const kept = await fromBoth(path);
    expect(kept.map((answer) => `${answer.status} ${answer.headers.age !== undefined}`), `${path}: kept by both processes`).toEqual(Array(4).fill("200 true"));
  }
  await employer.goto(`/employer/positions/${positionId}`);
  await employer.getByRole("button", { name: "关闭岗位" }).click();
  await expect(employer.getByText("已关闭").first()).toBeVisible();
  for (const path of [page, own]) expect((await fromBoth(path)).map((answer) => answer.status), path).toEqual([404, 404, 404, 404]);
  for (const answer of await fromBoth(search)) expect(count(answer)).toBe("共 0 个岗位");

  await review.close();
  await people.close();
});
