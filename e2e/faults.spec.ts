import { freePort } from "../scripts/support/free-port";
import { AppServer } from "../scripts/support/app-server";
import { expect, test } from "./support/fixtures";
import { PostgresCluster } from "./support/postgres-cluster";

// PostgreSQL only (playwright.config.ts runs this file in its "postgres" project when the tests
// run against PostgreSQL): it stops and starts a PostgreSQL server of its own under a
// production server of the app. Embedded PGlite lives inside the app and cannot go away alone.
test.describe.configure({ mode: "serial", timeout: 300_000 });

let cluster: PostgresCluster;
let app: AppServer;

test.beforeAll(async () => {
  test.setTimeout(300_000);
  cluster = new PostgresCluster(await freePort());
  cluster.start();
  app = new AppServer(await freePort(), { DATABASE_URL: cluster.url, SEED_DEMO: "true" });
  app.start();
  await app.waitFor("/api/health", [200]);
});

test.afterAll(async () => {
  await app?.stop();
  cluster?.destroy();
});

async function expectUnavailable(baseURL: string) {
  const page = await fetch(`${baseURL}/positions`, { headers: { "accept-language": "zh-CN" } });
  expect(page.status).toBe(503);
  expect(page.headers.get("retry-after")).toBe("5");
  expect(page.headers.get("content-type")).toContain("text/html");
  const html = await page.text();
  expect(html).toContain("服务暂时不可用");
  expect(html).not.toMatch(/ECONNREFUSED|postgres|at \w+ \(/i);

  const english = await fetch(`${baseURL}/`, { headers: { cookie: "NEXT_LOCALE=en" } });
  expect(english.status).toBe(503);
  expect(await english.text()).toContain("Service temporarily unavailable");

  const api = await fetch(`${baseURL}/api/v1/positions?limit=1`);
  expect(api.status).toBe(503);
  expect(await api.json()).toMatchObject({ error: "service_unavailable" });

  const health = await fetch(`${baseURL}/api/health`);
  expect(health.status).toBe(503);
  expect(await health.json()).toMatchObject({ status: "unavailable", database: { ok: false, problem: "unreachable" } });
}

test("[faults] while PostgreSQL is down every page answers a clear 503, and the app recovers by itself", async ({ browser }) => {
  expect((await fetch(`${app.origin}/positions`)).status).toBe(200);
  // The two pages expectUnavailable asks for are in the front cache (scripts/serve.ts): it must
  // stand aside while the database is away, not keep serving its copies for their 10 seconds.
  for (const [address, headers] of [["/positions", { "accept-language": "zh-CN" }], ["/", { cookie: "NEXT_LOCALE=en" }]] as const) {
    await expect(async () => {
      await (await fetch(`${app.origin}${address}`, { headers })).text();
      expect((await fetch(`${app.origin}${address}`, { headers })).headers.get("age"), `${address} from the front cache`).toMatch(/^\d+$/);
    }).toPass({ timeout: 10_000 });
  }

  cluster.stop();
  await app.waitFor("/api/health", [503], 15_000);
  await expectUnavailable(app.origin);

  // A visitor sees the page in their language; it reloads itself and shows the real page once
  // the database is back.
  const context = await browser.newContext({ locale: "zh-CN" });
  const page = await context.newPage();
  await page.goto(`${app.origin}/positions`);
  await expect(page.getByRole("heading", { name: "服务暂时不可用" })).toBeVisible();

  cluster.start();
  await app.waitFor("/positions", [200], 30_000);
  await expect(page.getByRole("heading", { name: "服务暂时不可用" })).toBeHidden({ timeout: 20_000 });
  await expect(page.getByRole("searchbox", { name: "搜索岗位" })).toBeVisible();
  await context.close();
  expect((await fetch(`${app.origin}/api/health`)).status).toBe(200);
});

test("[faults] the app starts while PostgreSQL is down, answers 503, and serves once it returns", async () => {
  await app.stop();
  cluster.stop();
  // A new server on a new port: the old one's port may still be held while it shuts down.
  app = new AppServer(await freePort(), { DATABASE_URL: cluster.url, SEED_DEMO: "true" });
  app.start();
  await app.waitFor("/positions", [503], 120_000);
  await expectUnavailable(app.origin);

  cluster.start();
  await app.waitFor("/positions", [200], 60_000);
  expect((await fetch(`${app.origin}/api/health`)).status).toBe(200);
  expect(await (await fetch(`${app.origin}/positions`)).text()).toContain("搜索岗位");
});
