import { expectNoSeriousViolations, WCAG_21_AA } from "./support/axe";
import { expect, test } from "./support/fixtures";

/**
 * Success confirmations are toasts (sonner), said in the page's language from a polite live
 * region that is on the page before anything is said in it, so screen readers follow it.
 */
const LOCALES = [
  { locale: "zh", region: "消息提示（Alt+T 跳转）", save: "保存档案", saved: "档案已保存。" },
  { locale: "en", region: "Notices (Alt+T to reach)", save: "Save profile", saved: "Profile saved." },
] as const;

test.describe("[toasts] a save is confirmed by a toast, announced, in the page's language", () => {
  for (const l of LOCALES) {
    test(`a talent saves the profile and hears it in ${l.locale}`, async ({ page, accounts, baseURL }) => {
      await accounts.signUpTalent();
      await page.context().addCookies([{ name: "NEXT_LOCALE", value: l.locale, url: baseURL! }]);
      await page.goto("/talent/profile");
      const region = page.getByRole("region", { name: l.region });
      await expect(region).toHaveAttribute("aria-live", "polite");
      await expect(region).not.toContainText(l.saved);

      await page.getByRole("button", { name: l.save }).click();
      await expect(region.getByText(l.saved)).toBeVisible();
      // The toast replaces the inline confirmation: said once.
      await expect(page.getByText(l.saved)).toHaveCount(1);

      // The keyboard reaches the toasts (and holds them there while focused). Before the axe
      // scan, which can outlast the toast's 6 s on a loaded machine (seen in CI).
      await page.keyboard.press("Alt+KeyT");
      await expect(region.locator("ol")).toBeFocused();
      await expect(region.getByText(l.saved)).toBeVisible();
      await expectNoSeriousViolations(page, { tags: WCAG_21_AA });
    });
  }
});
