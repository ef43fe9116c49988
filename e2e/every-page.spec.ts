import { mkdirSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { Browser, Page } from "@playwright/test";
import { appRoutes } from "../tests/support/app-routes";
import { seriousViolations, WCAG_21_AA } from "./support/axe";
import { Accounts, DEMO, DEMO_PASSWORD, expect, test, watchMessages } from "./support/fixtures";

/**
 * Every page of the app, in Chinese and English, on a desktop and on a 375 px phone: axe finds no
 * serious or critical violation (WCAG 2.1 A/AA), the page does not scroll sideways, its <html>
 * carries the language and it has a title. Screenshots go to e2e/screenshots/ (git-ignored) for
 * review, except in CI. The pages come from app/ itself, so a new page is checked without being listed here;
 * each is opened by the role whose area it is in.
 */
type Role = "anonymous" | "talent" | "employer" | "operator";
/**
 * Both languages; E2E_SWEEP_LOCALES narrows the sweep to some (.ci/run: Chinese only, in its
 * PGlite pass, for CI's time on a slow machine; README "Test it").
 */
const LOCALES = (["zh", "en"] as const).filter((locale) => (process.env.E2E_SWEEP_LOCALES ?? "zh,en").split(",").includes(locale));
if (LOCALES.length === 0) throw new Error(`E2E_SWEEP_LOCALES=${process.env.E2E_SWEEP_LOCALES} names no locale of zh, en: the sweep would check nothing`);
const WIDTHS = [{ name: "desktop", width: 1280, height: 900 }, { name: "phone", width: 375, height: 812 }] as const;
const screenshots = path.join(path.dirname(fileURLToPath(import.meta.url)), "screenshots");
// Screenshots are for a person to look at: taken on a developer's machine, not in CI (whose
// clean checkout is thrown away), where they cost a minute or two of the run.
const SAVE_SCREENSHOTS = !process.env.CI;

function roleOf(route: string): Role {
  if (route.startsWith("/talent") || route.startsWith("/account")) return "talent";
  if (route.startsWith("/employer/") || route === "/employer") return "employer";
  if (route.startsWith("/admin")) return "operator";
  return "anonymous";
}

const accounts: Record<Exclude<Role, "anonymous">, string> = { talent: DEMO.talent, employer: DEMO.employer, operator: DEMO.operator };

/** Signs in on the Chinese form (the journeys' steps), then switches to the locale under test by its cookie. */
async function signedInPage(browser: Browser, role: Role, locale: string): Promise<Page> {
  const context = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
  // Links prefetch their pages as they scroll into view (a server render each): nothing this
  // spec checks, and a storm of them on 2 cores delays every page's network idle.
  await context.route(
    (url) => url.searchParams.has("_rsc"),
    (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.continue()),
  );
  const page = await context.newPage();
  if (role !== "anonymous") {
    const landing = role === "operator" ? "/admin" : `/${role}`;
    await new Accounts(page).signInTo(accounts[role], DEMO_PASSWORD, landing);
  }
  const baseURL = test.info().project.use.baseURL!;
  await context.addCookies([{ name: "NEXT_LOCALE", value: locale, url: baseURL }]);
  return page;
}

/** Concrete URLs: demo record 1 for most ids, the demo employer's own position and one of its matches where needed. */
async function concreteRoutes(page: Page, routes: string[]): Promise<string[]> {
  await page.goto("/employer/positions");
  const own = (await page.content()).match(/\/employer\/positions\/(\d+)/)?.[1] ?? "1";
  await page.goto(`/employer/positions/${own}/matches`);
  const talent = (await page.content()).match(/\/matches\/([0-9a-f-]{36})/)?.[1] ?? "0";
  return routes.map((route) =>
    route
      .replace("[token]", "no-such-token-000000")
      .replace(/^\/employer\/positions\/\[id\]/, `/employer/positions/${own}`)
      .replace("[talentId]", talent)
      .replace(/\[[^\]]+\]/g, "1"),
  );
}

const pagesByRole = (): Record<Role, string[]> => {
  const all = appRoutes().pages;
  return {
    anonymous: all.filter((r) => roleOf(r) === "anonymous"),
    talent: all.filter((r) => roleOf(r) === "talent"),
    employer: all.filter((r) => roleOf(r) === "employer"),
    operator: all.filter((r) => roleOf(r) === "operator"),
  };
};

test.describe("[every page] accessibility, phone width, language and title", () => {
  test.describe.configure({ timeout: 600_000 });
  if (SAVE_SCREENSHOTS) mkdirSync(screenshots, { recursive: true });

  for (const role of ["anonymous", "talent", "employer", "operator"] as const) {
    for (const locale of LOCALES) {
      test(`${role} pages in ${locale}`, async ({ browser }) => {
        const page = await signedInPage(browser, role, locale);
        const routes = role === "employer" ? await concreteRoutes(page, pagesByRole()[role]) : pagesByRole()[role].map((r) => r.replace("[token]", "no-such-token-000000").replace(/\[[^\]]+\]/g, "1"));
        const problems: string[] = [];
        watchMessages(page, problems);
        for (const url of routes) {
          // One load per page: checked at desktop width, then resized to the phone's and checked
          // again (the layout, the media queries and axe's view all follow the viewport).
          await page.setViewportSize({ width: WIDTHS[0].width, height: WIDTHS[0].height });
          const response = await page.goto(url);
          if (!response || response.status() >= 500) {
            problems.push(`${url}: answered ${response?.status()}`);
            continue;
          }
          await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => problems.push(`${url}: still loading after 15 s`));
          const lang = await page.locator("html").getAttribute("lang");
          if (!lang?.startsWith(locale)) problems.push(`${url}: <html lang="${lang}">`);
          if (!(await page.title()).trim()) problems.push(`${url}: no title`);
          for (const width of WIDTHS) {
            await page.setViewportSize({ width: width.width, height: width.height });
            await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))));
            const sideways = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
            // Components that follow their size in JavaScript (charts) settle a moment later.
            const overflow = (await sideways()) > 0 ? await page.waitForTimeout(500).then(sideways) : 0;
            if (overflow > 0) problems.push(`${url} (${width.name}): scrolls sideways by ${overflow} px`);
            for (const violation of await seriousViolations(page, { tags: WCAG_21_AA })) problems.push(`${url} (${width.name}): ${violation}`);
            if (SAVE_SCREENSHOTS) {
              const slug = `${role}${url.replace(/[^a-z0-9]+/gi, "-")}`.replace(/-+$/, "");
              await page.screenshot({ path: path.join(screenshots, `${locale}-${width.name}-${slug}.png`), fullPage: true });
            }
          }
        }
        await page.context().close();
        expect(problems).toEqual([]);
      });
    }
  }
});
