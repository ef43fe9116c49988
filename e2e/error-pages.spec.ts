import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";

/**
 * Issue 9: the error pages speak the visitor's language — not found (404), another role's area
 * (403) and an unreadable link (400), each in Chinese and in English, with `lang`, a title and a
 * way back. (The 503 page of a database outage is checked in both languages by
 * e2e/faults.spec.ts; it runs on PostgreSQL.) A 404 from notFound() in a page is rendered in
 * the browser (vercel/next.js#62228), so its title is checked in the browser, where it was lost.
 */
const LANGUAGES = [
  { locale: "zh", lang: "zh-CN", notFound: "页面不存在", forbidden: "无权访问", badRequest: "请求无效", home: "返回首页" },
  { locale: "en", lang: "en", notFound: "Page not found", forbidden: "Not allowed", badRequest: "Bad request", home: "Back to the home page" },
] as const;

test.describe("[errors] error pages in both languages", () => {
  for (const l of LANGUAGES) {
    test(`not found, another role's area and a broken link answer in ${l.locale}`, async ({ page, context, baseURL }) => {
      // Signed in on the Chinese form first (the journeys' steps), then in the language under test.
      await new Accounts(page).signInTo(DEMO.talent, DEMO_PASSWORD, "/talent");
      await context.addCookies([{ name: "NEXT_LOCALE", value: l.locale, url: baseURL! }]);

      const missing = await page.goto("/positions/999999999");
      expect(missing?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", l.lang);
      await expect(page.getByRole("heading", { level: 1, name: l.notFound })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(l.notFound));
      await expect(page.getByRole("link", { name: l.home })).toBeVisible();

      const unknown = await page.goto("/no-such-page/at-all");
      expect(unknown?.status()).toBe(404);
      await expect(page.getByRole("heading", { level: 1, name: l.notFound })).toBeVisible();

      const broken = await page.request.get("/positions%ZZ", { headers: { cookie: `NEXT_LOCALE=${l.locale}` } });
      expect(broken.status()).toBe(400);
      const html = await broken.text();
      expect(html).toContain(`lang="${l.lang}"`);
      expect(html).toContain(l.badRequest);

      const forbidden = await page.goto("/admin");
      expect(forbidden?.status()).toBe(403);
      await expect(page.locator("html")).toHaveAttribute("lang", l.lang);
      await expect(page.getByRole("heading", { level: 1, name: l.forbidden })).toBeVisible();
      await expect(page).toHaveTitle(new RegExp(l.forbidden));
    });
  }
});
