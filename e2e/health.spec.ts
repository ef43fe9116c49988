import { expect, test } from "@playwright/test";

test.describe("[health] the service reports its state", () => {
  test("GET /api/health answers 200 with a migrated database", async ({ request }) => {
    const response = await request.get("/api/health");
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toContain("no-store");
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", database: { ok: true } });
    expect(["postgres", "pglite"]).toContain(body.database.driver);
    expect(body.database.migrations).toBeGreaterThanOrEqual(3);
  });

  test("an unknown page answers 404 with a page in the visitor's language", async ({ page }) => {
    const response = await page.goto("/no-such-page");
    expect(response?.status()).toBe(404);
    await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
    await page.getByRole("link", { name: "返回首页" }).click();
    await expect(page).toHaveURL("/");
  });
});
