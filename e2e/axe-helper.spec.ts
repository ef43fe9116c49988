import { expect, test } from "@playwright/test";
import { seriousViolations, WCAG_21_AA } from "./support/axe";

/** The scan every page relies on finds what it must: a page with known violations is not clean. */
test.describe("[axe] the accessibility scan", () => {
  test("names a serious or critical violation, and passes a clean page", async ({ page }) => {
    await page.setContent(
      `<!doctype html><html lang="en"><head><title>t</title></head><body><main>
        <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">
        <button></button>
        <p style="color:#777;background:#888">low contrast</p>
      </main></body></html>`,
    );
    const found = await seriousViolations(page, { tags: WCAG_21_AA });
    expect(found.map((line) => line.split(" ")[0]).sort()).toEqual(["button-name", "color-contrast", "image-alt"]);

    await page.setContent(`<!doctype html><html lang="en"><head><title>t</title></head><body><main><h1>Fine</h1><button>Go</button></main></body></html>`);
    expect(await seriousViolations(page, { tags: WCAG_21_AA })).toEqual([]);
  });
});
