import { expect, test } from "@playwright/test";
import { appRoutes } from "../tests/support/app-routes";

test.describe("[public] announcements and employers", () => {
  test("a visitor reads the announcements by category and opens one with its positions", async ({ page }) => {
    await page.goto("/");
    await page.getByRole("link", { name: "全部公告" }).click();
    await expect(page).toHaveURL("/announcements");
    const categories = page.getByRole("navigation", { name: "公告类别" }).getByRole("link");
    await expect(categories).toHaveCount(5);
    const all = await page.getByTestId("announcement-row").count();
    await categories.nth(1).click();
    await expect(page).toHaveURL(/category=/);
    const some = await page.getByTestId("announcement-row").count();
    expect(some).toBeGreaterThan(0);
    expect(some).toBeLessThan(all);
    const first = page.getByTestId("announcement-row").first().getByRole("link");
    const title = (await first.textContent())!.trim();
    await first.click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("an announcement lists the public positions it recruits for", async ({ request, page }) => {
    const { items } = await (await request.get("/api/v1/announcements?limit=50")).json();
    let found = false;
    for (const item of items as { id: number }[]) {
      await page.goto(`/announcements/${item.id}`);
      const heading = page.getByRole("heading", { name: /本公告招聘的岗位/ });
      if ((await heading.count()) === 0) continue;
      found = true;
      await page.locator("section").filter({ has: heading }).getByRole("link").first().click();
      await expect(page).toHaveURL(/\/positions\/\d+$/);
      break;
    }
    expect(found).toBe(true);
  });

  test("an employer's page lists its open positions; a position links back to it", async ({ page }) => {
    await page.goto("/positions");
    const card = page.getByTestId("position-card").first();
    const employer = (await card.getByRole("link").nth(1).textContent())!.trim();
    await card.getByRole("link").nth(1).click();
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(employer);
    await expect(page.getByText("已认证单位")).toBeVisible();
    await expect(page.getByRole("heading", { name: /在招岗位（\d+）/ })).toBeVisible();
  });

  test("a pending employer has no public page, and ids that are not numbers are 404", async ({ page }) => {
    for (const path of ["/employers/999999999", "/employers/abc", "/announcements/0", "/positions/1e3"]) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
  });
});

test.describe("[api] announcements and the OpenAPI document", () => {
  test("/api/v1/announcements answers pages and names bad parameters", async ({ request }) => {
    const body = await (await request.get("/api/v1/announcements?limit=5")).json();
    expect(body.items.length).toBeGreaterThan(0);
    expect(body.categories).toHaveLength(4);
    expect(body.total).toBe(body.categories.reduce((s: number, c: { count: number }) => s + c.count, 0));
    for (const [query, parameter] of [["limit=0", "limit"], ["page=-1", "page"], ["category=%3Cx%3E", "category"], ["evil=1", "evil"]]) {
      const response = await request.get(`/api/v1/announcements?${query}`);
      expect(response.status(), query).toBe(400);
      expect((await response.json()).details.map((d: { parameter: string }) => d.parameter)).toContain(parameter);
    }
  });

  test("openapi.json describes every /api/v1 route", async ({ request }) => {
    const doc = await (await request.get("/api/v1/openapi.json")).json();
    expect(doc.openapi).toBe("3.1.0");
    const documented = Object.keys(doc.paths).map((p) => p.replace(/\{(\w+)\}/g, "[$1]")).sort();
    const served = appRoutes().handlers.filter((h) => h.startsWith("/api/v1/")).sort();
    expect(documented).toEqual(served);
    const parameters = doc.paths["/api/v1/positions"].get.parameters.map((p: { name: string }) => p.name).sort();
    const { positionSearchSchema } = await import("../lib/positions/search-params");
    expect(parameters).toEqual(Object.keys(positionSearchSchema.shape).sort());
  });
});
