import { DEMO, DEMO_PASSWORD, expect, test } from "./support/fixtures";
import { isFocused, tabTo } from "./support/keyboard";
import { postApprovedPosition } from "./support/positions";

/**
 * Issue 9: every flow works by keyboard alone. These journeys never click: they move with Tab
 * (`tabTo` fails on a control the keyboard cannot reach), type, and press Enter or Space, as a
 * person without a mouse does.
 */
test.describe("[keyboard] journeys without a mouse", () => {
  test("a visitor skips to the content, searches and opens a position", async ({ page }) => {
    await page.goto("/");
    await page.keyboard.press("Tab");
    const skip = page.getByRole("link", { name: "跳到主要内容" });
    await expect.poll(() => isFocused(skip)).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/#main$/);

    const search = page.getByRole("main").getByRole("searchbox").first();
    await tabTo(page, search);
    await page.keyboard.type("海洋");
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/q=%E6%B5%B7%E6%B4%8B/);

    const first = page.getByTestId("position-card").first().getByRole("heading").getByRole("link");
    const title = (await first.textContent())!.trim();
    await tabTo(page, first);
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });

  test("a talent signs in, hears what was wrong, and registers an intent", async ({ page, browser }) => {
    test.slow();
    const title = `键盘${Date.now().toString(36).slice(-5)}海洋工程师`;
    const { context, positionId } = await postApprovedPosition(browser, title);
    await context.close();

    await page.goto("/sign-in");
    const email = page.getByLabel("电子邮箱");
    await tabTo(page, email);
    // Submitted empty: the focus goes to the field in error, which carries its message.
    await page.keyboard.press("Enter");
    await expect.poll(() => isFocused(email)).toBe(true);
    await expect(email).toHaveAttribute("aria-invalid", "true");
    await expect(email).toHaveAccessibleDescription(/此项必填|请输入有效的电子邮箱/);

    await page.keyboard.type(DEMO.talent);
    await page.keyboard.press("Tab");
    await expect.poll(() => isFocused(page.getByLabel("密码"))).toBe(true);
    await page.keyboard.type(DEMO_PASSWORD);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL((url) => url.pathname === "/talent");

    await page.goto(`/positions/${positionId}`);
    const message = page.getByLabel("给单位的留言");
    await tabTo(page, message);
    await page.keyboard.type("您好，我只用键盘登记意向。");
    await tabTo(page, page.getByRole("button", { name: "登记就职意向" }));
    await page.keyboard.press("Enter");
    await expect(page.getByText("意向已登记，单位将收到通知。")).toBeVisible();

    // Withdrawing asks first, in a dialog that opens on the safe choice and closes with Escape.
    const withdraw = page.getByRole("button", { name: "撤回意向" });
    await tabTo(page, withdraw);
    await page.keyboard.press("Enter");
    const dialog = page.getByRole("dialog", { name: "请确认" });
    await expect(dialog).toBeVisible();
    await expect(dialog).toContainText("确定撤回这条意向吗？");
    await expect.poll(() => isFocused(dialog.getByRole("button", { name: "取消" }))).toBe(true);
    await page.keyboard.press("Escape");
    await expect(dialog).toBeHidden();
    await expect.poll(() => isFocused(withdraw)).toBe(true);
    await expect(page.getByText("已撤回")).toHaveCount(0);

    await page.keyboard.press("Enter");
    await expect(dialog).toBeVisible();
    await page.keyboard.press("Tab");
    await expect.poll(() => isFocused(dialog.getByRole("button", { name: "确认" }))).toBe(true);
    await page.keyboard.press("Enter");
    await expect(page.getByText("已撤回").first()).toBeVisible();
  });

  test("on a phone the menu opens from the keyboard, and its links and language switch work", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 812 });
    // A page rendered per request (/privacy): the switch refreshes it in place. On the cached
    // public pages it reloads the page in the other language (e2e/public-cache.spec.ts).
    await page.goto("/privacy");
    const menu = page.locator("summary").filter({ hasText: "菜单" });
    await tabTo(page, menu);
    await page.keyboard.press("Enter");
    const nav = page.getByRole("navigation", { name: "主菜单" });
    await expect(nav).toBeVisible();

    await tabTo(page, page.getByRole("button", { name: "English" }));
    await page.keyboard.press("Enter");
    await expect(page.locator("html")).toHaveAttribute("lang", "en");

    // The menu stays open in the new language; Space on its button closes and opens it.
    const englishNav = page.getByRole("navigation", { name: "Main menu" });
    await expect(englishNav).toBeVisible();
    const summary = page.locator("summary").filter({ hasText: "Menu" });
    await tabTo(page, summary);
    await page.keyboard.press("Space");
    await expect(englishNav).toBeHidden();
    await page.keyboard.press("Space");
    await expect(englishNav).toBeVisible();
    const positions = page.getByRole("navigation", { name: "Main menu" }).getByRole("link", { name: "Positions" });
    await tabTo(page, positions);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL((url) => url.pathname === "/positions");
    await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
  });
});
