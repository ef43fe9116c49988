import { expect, test, type Page } from "@playwright/test";

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
