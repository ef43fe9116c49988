import type { Locator, Page } from "@playwright/test";

/**
 * Moves the focus with Tab, as a person without a mouse does, until `target` has it; fails if it
 * cannot be reached within a page's worth of stops (a control the keyboard cannot reach).
 */
export async function tabTo(page: Page, target: Locator, maxStops = 80): Promise<void> {
  for (let i = 0; i < maxStops; i++) {
    if (await target.evaluate((element) => element === document.activeElement).catch(() => false)) return;
    await page.keyboard.press("Tab");
  }
  throw new Error(`Not reachable by Tab within ${maxStops} stops: ${target}`);
}

export const isFocused = (locator: Locator) => locator.evaluate((element) => element === document.activeElement);
