import { test as base, expect, type Page } from "@playwright/test";
import { generateCreditCode } from "../../lib/accounts/credit-code";

export const DEMO_PASSWORD = "Zhihui#2020";
export const DEMO = {
  operator: "operator@zhihui.example",
  employer: "employer@zhihui.example",
  talent: "talent@zhihui.example",
} as const;

export const uniqueEmail = (tag: string) => `${tag}-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 7)}@e2e.zhihui.example`;

/** The journeys' steps, named as a person would say them. */
export class Accounts {
  constructor(readonly page: Page) {}

  async signUpTalent({ name = "林海", email = uniqueEmail("talent"), password = "Haidao#2020" } = {}) {
    await this.page.goto("/sign-up");
    await this.page.getByLabel("姓名").fill(name);
    await this.page.getByLabel("电子邮箱").fill(email);
    await this.page.getByLabel("密码").fill(password);
    await this.page.getByLabel("我已阅读并同意").check();
    await this.page.getByRole("button", { name: "注册人才账户" }).click();
    await expect(this.page).toHaveURL((url) => url.pathname === "/talent");
    return { name, email, password };
  }

  async signUpEmployer({ organisation = `舟山${Date.now().toString(36)}海洋科技有限公司`, email = uniqueEmail("employer"), password = "Haidao#2020" } = {}) {
    await this.page.goto("/sign-up/employer");
    await this.page.getByLabel("单位名称").fill(organisation);
    await this.page.getByLabel("统一社会信用代码").fill(generateCreditCode(Math.random));
    await this.page.getByLabel("单位类型").selectOption("enterprise");
    await this.page.getByLabel("联系人姓名").fill("李华");
    await this.page.getByLabel("电子邮箱").fill(email);
    await this.page.getByLabel("密码").fill(password);
    await this.page.getByLabel("我已阅读并同意").check();
    await this.page.getByRole("button", { name: "注册单位账户" }).click();
    await expect(this.page).toHaveURL((url) => url.pathname === "/employer");
    return { organisation, email, password };
  }

  async signIn(email: string, password: string) {
    await this.page.goto("/sign-in");
    await this.page.getByLabel("电子邮箱").fill(email);
    await this.page.getByLabel("密码").fill(password);
    await this.page.getByRole("button", { name: "登录", exact: true }).click();
  }

  /** Signs in and waits to land, so the next navigation cannot cancel the sign-in. */
  async signInTo(email: string, password: string, landing: string) {
    await this.signIn(email, password);
    await expect(this.page).toHaveURL((url) => url.pathname === landing);
  }

  async signOut() {
    await this.page.getByRole("button", { name: "退出" }).click();
    await expect(this.page).toHaveURL("/");
  }
}

/** The toasts' live region (sonner's, named in the page's language): success confirmations are announced from it. */
export const toasts = (page: Page) => page.getByRole("region", { name: /^(消息提示|Notices)/ });

/**
 * Collects into `problems` each translation the browser could not make: a client component whose
 * namespace its page did not send (<ClientMessages>, lib/i18n/client-namespaces.ts). next-intl
 * logs them as console errors and shows the key instead of the words.
 */
export function watchMessages(page: Page, problems: string[]) {
  page.on("console", (message) => {
    if (/MISSING_MESSAGE|INSUFFICIENT_PATH|INVALID_MESSAGE/.test(message.text())) problems.push(`${page.url()}: ${message.text().split("\n")[0]}`);
  });
}

export const test = base.extend<{ accounts: Accounts }>({
  page: async ({ page }, provide) => {
    const untranslated: string[] = [];
    watchMessages(page, untranslated);
    await provide(page);
    expect(untranslated, "translations the page's messages lacked").toEqual([]);
  },
  accounts: async ({ page }, provide) => {
    await provide(new Accounts(page));
  },
});

export { expect };
