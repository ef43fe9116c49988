import type { Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/axe";
import { Accounts, expect, test } from "./support/fixtures";
import { isFocused, tabTo } from "./support/keyboard";
import { postApprovedPosition } from "./support/positions";

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;
const WEEKDAYS = ["周一", "周二", "周三", "周四", "周五", "周六", "周日"];

/** The employer publishes a slot every 30 minutes from `from` to `to` on one day, for one position. */
async function publishSlots(employer: Page, { title, day, from, to }: { title: string; day: string; from: string; to: string }) {
  await employer.goto("/employer/slots");
  const form = employer.getByTestId("slot-bulk-form");
  await form.getByLabel("岗位").selectOption({ label: title });
  await form.getByLabel("开始日期").fill(day);
  await form.getByLabel("结束日期").fill(day);
  for (const weekday of WEEKDAYS) await form.getByLabel(weekday).check();
  await form.getByLabel("开始时间").fill(from);
  await form.getByLabel("结束时间").fill(to);
  await form.getByRole("button", { name: "发布时段" }).click();
  await expect(form.getByText(/已发布 \d+ 个时段。/)).toBeVisible();
}

/**
 * Cancelling a booking (the talent) and a booked slot (the employer) cannot be undone, so both
 * ask first (components/ui/confirm-dialog.tsx): Escape or the safe choice leaves everything as it
 * was, also on the server; only confirming cancels. The talent's side is done by keyboard alone.
 */
test.describe("[dialogs] irreversible negotiation steps ask first", () => {
  test("a talent keeps a booking by Escape or 取消 and cancels it by 确认; the employer does the same with a booked slot", async ({ browser }) => {
    test.slow();
    const stamp = Date.now().toString(36).slice(-5);
    const title = `确认${stamp}海洋工程师`;
    // Mornings of a day beyond the demo's open slots: the negotiation journey uses evenings.
    const day = new Date(Date.now() + BEIJING + (20 + (Date.now() % 30)) * DAY).toISOString().slice(0, 10);
    const { context: employerContext, employer, positionId } = await postApprovedPosition(browser, title);
    await publishSlots(employer, { title, day, from: "07:00", to: "08:00" });

    const talentContext = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const talent = await talentContext.newPage();
    await new Accounts(talent).signUpTalent({ name: "林海" });
    await talent.goto(`/positions/${positionId}`);
    await talent.getByLabel("给单位的留言").fill("您好，想约一次视频洽谈。");
    await talent.getByRole("button", { name: "登记就职意向" }).click();
    await expect(talent.getByText("意向已登记，单位将收到通知。")).toBeVisible();
    const card = talent.getByTestId("booking-card");
    const live = card.getByTestId("live-booking");
    const book = async () => {
      await card.getByRole("radio", { name: /07:00/ }).check();
      await card.getByRole("button", { name: "预约", exact: true }).click();
      await expect(live).toContainText("07:00");
    };
    await book();

    await test.step("the talent's booking: Escape and 取消 keep it, 确认 cancels it", async () => {
      const cancel = card.getByRole("button", { name: "取消预约" });
      const dialog = talent.getByRole("dialog", { name: "请确认" });
      const keep = dialog.getByRole("button", { name: "取消", exact: true });
      await tabTo(talent, cancel);
      await talent.keyboard.press("Enter");
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText("确定取消这次洽谈？");
      await expect.poll(() => isFocused(keep)).toBe(true);
      await talent.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await expect.poll(() => isFocused(cancel)).toBe(true);

      await talent.keyboard.press("Enter");
      await expect(dialog).toBeVisible();
      await talent.keyboard.press("Enter");
      await expect(dialog).toBeHidden();
      // Nothing was sent: the booking stands on the server too.
      await talent.reload();
      await expect(live).toContainText("07:00");
      await expect(card.getByTestId("booking-history")).toHaveCount(0);

      await tabTo(talent, cancel);
      await talent.keyboard.press("Enter");
      await expect(dialog).toBeVisible();
      await talent.keyboard.press("Tab");
      await expect.poll(() => isFocused(dialog.getByRole("button", { name: "确认" }))).toBe(true);
      await talent.keyboard.press("Enter");
      await expect(live).toHaveCount(0);
      await expect(card.getByTestId("booking-history")).toContainText("人才取消");
    });

    // The seat is free again: the talent books it once more, for the employer's part.
    await book();

    await test.step("the employer's booked slot: Escape and 取消 keep it, 确认 cancels it and its booking", async () => {
      await employer.goto(`/employer/slots?day=${day}`);
      const slots = employer.getByTestId("slot").filter({ hasText: title });
      const booked = slots.filter({ hasText: "07:00" });
      const cancel = booked.getByRole("button", { name: /^取消时段 #/ });
      const dialog = employer.getByRole("dialog", { name: "请确认" });
      await expect(booked).toContainText("林海");
      await cancel.click();
      await expect(dialog).toBeVisible();
      await expect(dialog).toContainText("取消此时段？已预约的人才将收到取消通知。");
      await expectNoSeriousViolations(employer, { include: '[data-testid="confirm-dialog"][open]' });
      await employer.keyboard.press("Escape");
      await expect(dialog).toBeHidden();
      await cancel.click();
      await dialog.getByRole("button", { name: "取消", exact: true }).click();
      await expect(dialog).toBeHidden();
      await employer.reload();
      await expect(booked).toContainText("林海");
      await expect(booked).not.toContainText("已取消");
      await talent.reload();
      await expect(live).toContainText("07:00");

      await cancel.click();
      await dialog.getByRole("button", { name: "确认" }).click();
      await expect(booked.getByText("已取消", { exact: true })).toBeVisible();
      await expect(cancel).toHaveCount(0);
      await talent.reload();
      await expect(live).toHaveCount(0);
      await expect(card.getByTestId("booking-history")).toContainText("单位取消了时段");
    });

    await test.step("a slot nobody booked is deleted without asking", async () => {
      const free = employer.getByTestId("slot").filter({ hasText: title }).filter({ hasText: "07:30" });
      await free.getByRole("button", { name: /^删除时段 #/ }).click();
      await expect(free).toHaveCount(0);
      await expect(employer.getByRole("dialog")).toHaveCount(0);
    });
    await employerContext.close();
    await talentContext.close();
  });
});
