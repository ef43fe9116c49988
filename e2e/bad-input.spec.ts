import type { APIRequestContext } from "@playwright/test";
import { approvePosition, draftPosition } from "./support/positions";
import { DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";

/**
 * The bad-input suite over HTTP: every parameter of the public API and of the public pages gets
 * every hostile value; each answer is a clear 4xx (JSON naming the parameter, for the API) or the
 * page with the bad parameter ignored — never a 500, never the payload as markup. The forms' side
 * is tests/access/actions.int.test.ts ("[bad input]"), which feeds the same values to every field
 * of every server action.
 */
const HOSTILE: Record<string, string> = {
  empty: "",
  // 1,500 characters: 13.5 kB encoded, within Node's 16 kB header limit (beyond it Node answers 431 itself).
  tooLong: "海".repeat(1500),
  wrongType: "{\"$ne\":null}",
  negative: "-1",
  huge: "99999999999999999999999",
  notANumber: "1e309",
  invalidDate: "2026-02-30",
  sqlInjection: "1' or '1'='1'; drop table positions; --",
  xss: "<script>window.__xss=1</script><img src=x onerror=window.__xss=1>",
  fullWidthDigits: "１２３",
  emoji: "🌊🚢👩‍🔬",
  rtl: "\u202Eabc\u202C",
  nul: "a\u0000b",
  brokenPercent: "%E0%A4%A",
};

const POSITION_PARAMETERS = ["q", "board", "platform", "location", "industry", "policy", "education", "level", "kind", "salary", "overseas", "sort", "cursor", "limit", "facets"];
const ANNOUNCEMENT_PARAMETERS = ["category", "page", "limit"];

/** A query string with one raw value, percent-encoded except for the deliberately broken one. */
function query(parameter: string, kind: string, value: string): string {
  return `${parameter}=${kind === "brokenPercent" ? value : encodeURIComponent(value)}`;
}

async function expectClearAnswer(request: APIRequestContext, url: string, { api }: { api: boolean }) {
  const response = await request.get(url, { maxRedirects: 0 });
  const status = response.status();
  expect(status, url.slice(0, 200)).toBeLessThan(500);
  const body = await response.text();
  expect(body, url.slice(0, 200)).not.toContain("<script>window.__xss");
  expect(body).not.toMatch(/at [\w.]+ \(\/|node_modules|Failed query/);
  if (api && status >= 400) {
    const json = JSON.parse(body) as { error: string; details?: { parameter: string; message: string }[] };
    expect(json.error).toMatch(/^[a-z_]+$/);
    if (json.error === "invalid_parameters") expect(json.details?.length).toBeGreaterThan(0);
  }
  return status;
}

test.describe("[bad input] every API and page parameter, every hostile value", () => {
  test("GET /api/v1/positions answers 200 or a 400 that names the parameter", async ({ request }) => {
    test.setTimeout(180_000);
    for (const parameter of POSITION_PARAMETERS) {
      for (const [kind, value] of Object.entries(HOSTILE)) {
        const status = await expectClearAnswer(request, `/api/v1/positions?${query(parameter, kind, value)}`, { api: true });
        // Words may be anything; every other parameter is a code, a number or a choice.
        if (parameter !== "q" && !["empty"].includes(kind)) expect([200, 400], `${parameter}=${kind}`).toContain(status);
      }
    }
    const huge = await request.get(`/api/v1/positions?q=${encodeURIComponent("海".repeat(5000))}`);
    expect([414, 431]).toContain(huge.status());
    const repeated = await request.get("/api/v1/positions?limit=1&limit=2");
    expect(repeated.status()).toBeLessThan(500);
    const unknown = await request.get("/api/v1/positions?drop=table");
    expect(unknown.status()).toBe(400);
    expect(await unknown.json()).toMatchObject({ error: "invalid_parameters", details: [{ parameter: "drop", message: "unknown parameter" }] });
  });

  test("GET /api/v1/positions/{id} and /api/v1/announcements", async ({ request }) => {
    for (const [kind, value] of Object.entries(HOSTILE)) {
      if (kind === "empty") continue;
      const status = await expectClearAnswer(request, `/api/v1/positions/${kind === "brokenPercent" ? value : encodeURIComponent(value)}`, { api: true });
      expect([400, 404], `id=${kind}`).toContain(status);
      for (const parameter of ANNOUNCEMENT_PARAMETERS) await expectClearAnswer(request, `/api/v1/announcements?${query(parameter, kind, value)}`, { api: true });
    }
  });

  test("public pages take hostile parameters and paths without a 500", async ({ request }) => {
    test.setTimeout(240_000);
    for (const [kind, value] of Object.entries(HOSTILE)) {
      const encoded = kind === "brokenPercent" ? value : encodeURIComponent(value);
      for (const parameter of ["q", "board", "location", "salary", "sort", "cursor", "policy"]) {
        // A control character makes the URL unreadable (400, proxy.ts); anything else leaves the bad parameter out.
        expect(await expectClearAnswer(request, `/positions?${query(parameter, kind, value)}`, { api: false }), `/positions ${parameter}=${kind}`).toBe(kind === "nul" ? 400 : 200);
      }
      await expectClearAnswer(request, `/announcements?${query("category", kind, value)}`, { api: false });
      await expectClearAnswer(request, `/positions/${encoded}`, { api: false });
      await expectClearAnswer(request, `/employers/${encoded}`, { api: false });
      await expectClearAnswer(request, `/announcements/${encoded}`, { api: false });
      await expectClearAnswer(request, `/sign-in?callbackUrl=${encoded}`, { api: false });
    }
  });

  test("a searched payload is shown as text, never run", async ({ page }) => {
    const payload = HOSTILE.xss!;
    await page.goto(`/positions?q=${encodeURIComponent(payload)}`);
    await expect(page.getByRole("searchbox", { name: "搜索岗位" })).toHaveValue(payload);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  });

  test("payloads stored in a posting are shown as text on every page that shows it", async ({ page, browser, accounts }) => {
    test.setTimeout(180_000);
    await accounts.signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    const title = `<img src=x onerror=window.__xss=1>声学工程师${Date.now().toString(36)}`;
    const id = await draftPosition(page, title, {
      skills: "<b>声学</b>, 🌊",
      description: "<script>window.__xss=1</script>\n\n[点我](javascript:window.__xss=1)\n\n<img src=x onerror=window.__xss=1>",
    });
    expect(id).toBeGreaterThan(0);
    await expect(page.getByText(title).first()).toBeVisible();
    await approvePosition(browser, title);

    for (const url of [`/positions/${id}`, `/employer/positions/${id}`, "/positions?location=daishan&sort=newest"]) {
      await page.goto(url);
      await expect(page.getByText(title).first(), url).toBeVisible();
      // The Markdown keeps its words but drops raw HTML and script links.
      expect(await page.locator('a[href^="javascript:"]').count(), url).toBe(0);
      expect(await page.locator("main script").count(), url).toBe(0);
      expect(await page.locator("main img[src=x]").count(), url).toBe(0);
      expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss), url).toBeUndefined();
    }
    const api = await page.request.get(`/api/v1/positions/${id}`);
    expect((await api.json()).title).toBe(title);
  });
});
