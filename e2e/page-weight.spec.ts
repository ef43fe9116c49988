import { expect, test, type Page } from "@playwright/test";
import { readFileSync } from "node:fs";
import { Accounts, DEMO, DEMO_PASSWORD } from "./support/fixtures";

/** Issue 4's budget: the search page's first load ships at most 150 kB of compressed JavaScript. */
const BUDGET_BYTES = 150 * 1024;

/** Every script the page loads on first visit, as sent over the wire (compressed). */
async function scriptBytes(page: Page, path: string): Promise<{ total: number; files: { url: string; bytes: number; encoding: string }[] }> {
  const pending: Promise<{ url: string; bytes: number; encoding: string }>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    pending.push(
      (async () => {
        const sizes = await response.request().sizes();
        return { url: new URL(response.url()).pathname, bytes: sizes.responseBodySize, encoding: (await response.allHeaders())["content-encoding"] ?? "none" };
      })(),
    );
  });
  await page.goto(path, { waitUntil: "networkidle" });
  const files = await Promise.all(pending);
  return { total: files.reduce((sum, f) => sum + f.bytes, 0), files };
}

test.describe("[weight] pages stay light", () => {
  test("the search page's first load ships ≤ 150 kB of compressed JavaScript", async ({ browser }) => {
    // A fresh context: nothing cached.
    const context = await browser.newContext({ locale: "zh-CN" });
    const page = await context.newPage();
    const { total, files } = await scriptBytes(page, "/positions?q=%E6%B5%B7%E6%B4%8B");
    console.log(`/positions first load: ${files.length} scripts, ${(total / 1024).toFixed(1)} kB compressed`);
    expect(files.length).toBeGreaterThan(0);
    // Scripts are sent compressed, so the figure is what a visitor downloads.
    expect(files.filter((f) => f.bytes > 1024).every((f) => f.encoding === "gzip" || f.encoding === "br")).toBe(true);
    expect(total).toBeLessThanOrEqual(BUDGET_BYTES);
    await context.close();
  });
});

test.describe("[weight] each page carries only the messages its client components translate", () => {
  const messages = JSON.parse(readFileSync(new URL("../messages/zh.json", import.meta.url), "utf8")) as Record<string, unknown>;
  /** The message namespaces whose objects travel in the page's flight data (`"ns":{…}` inside the messages). */
  async function namespacesIn(page: Page, path: string): Promise<string[]> {
    const html = await (await page.request.get(path)).text();
    return Object.keys(messages).filter((ns) => html.includes(`\\"${ns}\\":{`));
  }

  test("a talent's home, search and position pages, and a visitor's position page", async ({ page }) => {
    expect(await namespacesIn(page, "/positions/1")).toEqual(["errors"]);
    await new Accounts(page).signInTo(DEMO.talent, DEMO_PASSWORD, "/talent");
    // The home translates nothing in the browser but the area's toasts and the error boundary's words.
    expect((await namespacesIn(page, "/talent")).sort()).toEqual(["errors", "toast"]);
    expect(await namespacesIn(page, "/positions?q=%E6%B5%B7%E6%B4%8B")).toEqual(["errors"]);
    // The position page adds the intent and report forms' words for a signed-in talent.
    expect((await namespacesIn(page, "/positions/1")).sort()).toEqual(["errors", "formErrors", "intents", "reports", "validation"]);
  });
});
