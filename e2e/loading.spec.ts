import type { Page } from "@playwright/test";
import { Accounts, DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";

/**
 * Counts the page's requests in flight from now on; `quiet(ms)` waits until none has been in
 * flight for `ms`. Playwright's "networkidle" is a load state: once a document has reached it,
 * waiting for it again returns at once, however busy the network has been since.
 */
function trackRequests(page: Page) {
  let inFlight = 0;
  let changed = Date.now();
  const change = (by: number) => {
    inFlight = Math.max(0, inFlight + by);
    changed = Date.now();
  };
  page.on("request", () => change(1));
  page.on("requestfinished", () => change(-1));
  page.on("requestfailed", () => change(-1));
  return {
    quiet: (ms: number) => expect.poll(() => inFlight === 0 && Date.now() - changed >= ms, { message: `no request in flight for ${ms} ms`, intervals: [50], timeout: 15_000 }).toBe(true),
  };
}

/**
 * Issue 9's loading skeletons: while a signed-in area's next page is on its way, the area shows
 * the page skeleton (announced as loading) under its navigation, then the page.
 */
test("[loading] a slow page of the talent's area shows the skeleton, then the page", async ({ page }) => {
  // The area's links prefetch their pages as they come into view: the route's tree, its
  // metadata, and the part down to its loading boundary. Wait for that last one of the saved
  // positions (not the metadata-only one), so the click can show the skeleton at once.
  const prefetched = page.waitForResponse((r) => {
    const headers = r.request().headers();
    const tree = decodeURIComponent(headers["next-router-state-tree"] ?? "");
    return new URL(r.url()).pathname === "/talent/saved" && headers["next-router-prefetch"] === "1" && tree !== "" && !tree.includes("metadata-only");
  });
  const requests = trackRequests(page);
  await new Accounts(page).signInTo(DEMO.talent, DEMO_PASSWORD, "/talent");
  await prefetched;
  // The response event comes with its headers; the router can use the prefetch once its body has
  // streamed in and the router has decoded it, in the page's own tasks. A click before that finds
  // the prefetch pending and fetches the page afresh, with no skeleton: it happened in CI on two
  // busy cores, 60 ms after the prefetch, while the area's other links were still prefetching
  // (a trace of 2026-12-07). So wait until no request has been in flight for half a second, and
  // then for the page's main thread to idle.
  await requests.quiet(500);
  await page.evaluate(() => new Promise<void>((resolve) => requestIdleCallback(() => resolve())));
  // Hold the next page's server answer (the RSC request of a client navigation) for a moment.
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(
    (url) => url.pathname === "/talent/saved" && url.searchParams.has("_rsc"),
    async (route) => {
      if (route.request().headers()["next-router-prefetch"]) return route.continue();
      await held;
      await route.continue();
    },
  );
  await page.getByRole("navigation", { name: "人才导航" }).getByRole("link", { name: "收藏岗位" }).click();
  const skeleton = page.getByTestId("page-skeleton");
  await expect(skeleton).toBeVisible();
  await expect(skeleton).toHaveAttribute("aria-busy", "true");
  await expect(page.getByRole("status").filter({ hasText: "正在加载…" })).toBeAttached();
  await expect(page.getByRole("navigation", { name: "人才导航" })).toBeVisible();
  release();
  await expect(skeleton).toBeHidden();
  await expect(page).toHaveURL((url) => url.pathname === "/talent/saved");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});
