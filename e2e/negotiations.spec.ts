import { readFile } from "node:fs/promises";
import ICAL from "ical.js";
import type { Download, Page } from "@playwright/test";
import { expectNoSeriousViolations } from "./support/axe";
import { Accounts, DEMO, DEMO_PASSWORD, expect, test, toasts } from "./support/fixtures";
import { approvePosition, draftPosition } from "./support/positions";

const DAY = 86_400_000;
const BEIJING = 8 * 3_600_000;

async function parseInvitation(download: Download) {
  const text = await readFile((await download.path())!, "utf8");
  const calendar = new ICAL.Component(ICAL.parse(text));
  const event = calendar.getFirstSubcomponent("vevent")!;
  return {
    method: calendar.getFirstPropertyValue("method"),
    uid: String(event.getFirstPropertyValue("uid")),
    sequence: event.getFirstPropertyValue("sequence"),
    status: event.getFirstPropertyValue("status"),
    start: (event.getFirstPropertyValue("dtstart") as ICAL.Time).toJSDate().toISOString(),
    end: (event.getFirstPropertyValue("dtend") as ICAL.Time).toJSDate().toISOString(),
    location: String(event.getFirstPropertyValue("location")),
  };
}

async function download(page: Page) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载日历邀请（.ics）" }).click()]);
  return parseInvitation(file);
}

/** No serious axe violations, no sideways scrolling at 375 px; both widths kept as screenshots of the run. */
async function expectAccessibleAndNarrow(page: Page, name: string, scope?: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}-desktop.png`), fullPage: true });
  await expectNoSeriousViolations(page, { include: scope });
  const size = page.viewportSize()!;
  await page.setViewportSize({ width: 375, height: 812 });
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
  await page.screenshot({ path: test.info().outputPath(`${name}-375.png`), fullPage: true });
  await page.setViewportSize(size);
}

test.describe("[negotiations] a video negotiation across time zones", () => {
  test("an employer publishes slots; a talent in Berlin books, reschedules and downloads the invitation; the employer records the outcome; both are told", async ({ browser }) => {
    test.slow();
    const stamp = Date.now().toString(36).slice(-5);
    const title = `洽谈${stamp}声学工程师`;
    // A day beyond the demo data's open slots (two weeks), evening in Beijing: nothing to overlap.
    const day = new Date(Date.now() + BEIJING + (20 + (Date.now() % 30)) * DAY).toISOString().slice(0, 10);
    const first = new Date(`${day}T21:00:00+08:00`);
    const second = new Date(`${day}T21:30:00+08:00`);
    const berlin = (d: Date) => new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit" }).format(d);

    // The demo employer posts a position (approved by the operator) and publishes two slots for it.
    const employerContext = await browser.newContext({ locale: "zh-CN", timezoneId: "Asia/Shanghai" });
    const employer = await employerContext.newPage();
    await new Accounts(employer).signInTo(DEMO.employer, DEMO_PASSWORD, "/employer");
    await draftPosition(employer, title);
    const positionId = employer.url().match(/\/employer\/positions\/(\d+)/)![1]!;
    await approvePosition(browser, title);
    await employer.getByRole("navigation", { name: "单位导航" }).getByRole("link", { name: "洽谈时段" }).click();
    const publish = employer.getByTestId("slot-bulk-form");
    await publish.getByLabel("岗位").selectOption({ label: title });
    await publish.getByLabel("开始日期").fill(day);
    await publish.getByLabel("结束日期").fill(day);
    for (const weekday of ["周六", "周日"]) await publish.getByLabel(weekday).check();
    await publish.getByLabel("开始时间").fill("21:00");
    await publish.getByLabel("结束时间").fill("20:00");
    await publish.getByRole("button", { name: "发布时段" }).click();
    // A wrong end time is refused under its field, and what was typed stays.
    await expect(publish.getByText("结束时间须晚于开始时间。")).toBeVisible();
    await expect(publish.getByLabel("开始日期")).toHaveValue(day);
    await expect(publish.getByLabel("岗位")).toHaveValue(positionId);
    for (const weekday of ["周六", "周日"]) await expect(publish.getByLabel(weekday)).toBeChecked();
    await publish.getByLabel("结束时间").fill("22:00");
    await publish.getByRole("button", { name: "发布时段" }).click();
    await expect(publish.getByText("已发布 2 个时段。")).toBeVisible();
    await expect(employer.getByTestId("slot").filter({ hasText: title })).toHaveCount(2);
    await expectAccessibleAndNarrow(employer, "employer-slots");

    // A talent in Berlin registers an intent and is asked for a time zone, the browser's offered.
    const talentContext = await browser.newContext({ locale: "zh-CN", timezoneId: "Europe/Berlin" });
    const talent = await talentContext.newPage();
    await new Accounts(talent).signUpTalent({ name: "林海" });
    await talent.goto(`/positions/${positionId}`);
    await talent.getByLabel("给单位的留言").fill("您好，希望能视频沟通。");
    await talent.getByRole("button", { name: "登记就职意向" }).click();
    await expect(talent.getByText("意向已登记，单位将收到通知。")).toBeVisible();
    const intentUrl = new URL(talent.url()).pathname;
    const card = talent.getByTestId("booking-card");
    await expect(card.getByLabel("您的时区")).toHaveValue("Europe/Berlin");
    await card.getByRole("button", { name: "保存时区" }).click();
    await expect(card.getByTestId("shown-in")).toHaveText("时间按 Europe/Berlin 显示");

    // The slots are shown in Berlin time (with the employer's slots for all positions); the talent books the first.
    for (const at of [first, second]) await expect(card.getByRole("radio", { name: new RegExp(berlin(at)) })).toHaveCount(1);
    await card.getByRole("radio", { name: new RegExp(berlin(first)) }).check();
    await card.getByRole("button", { name: "预约", exact: true }).click();
    await expect(toasts(talent).getByText("预约成功，已通知单位。")).toBeVisible();
    const live = card.getByTestId("live-booking");
    await expect(live).toContainText(berlin(first));
    await expect(live).not.toContainText("21:00");
    await expect(live.getByTestId("booking-time")).toHaveAttribute("datetime", first.toISOString());
    await expect(talent.getByTestId("timeline-step").filter({ hasText: "洽谈中" })).toHaveCount(1);
    const invitation = await download(talent);
    expect(invitation).toMatchObject({ method: "REQUEST", sequence: 0, status: "CONFIRMED", start: first.toISOString(), end: new Date(first.getTime() + 30 * 60_000).toISOString() });
    expect(invitation.location).toMatch(/^https:\/\/meet\.jit\.si\/zq-[0-9a-f]{40}$/);
    await expect(live.getByTestId("join-link")).toHaveAttribute("href", invitation.location);

    // Moving it keeps the calendar event (same UID) with the next SEQUENCE.
    await card.getByRole("radio", { name: new RegExp(berlin(second)) }).check();
    await card.getByRole("button", { name: "改期" }).click();
    await expect(toasts(talent).getByText("已改期，已通知单位。")).toBeVisible();
    await expect(live).toContainText(berlin(second));
    await expect(card.getByTestId("booking-history")).toContainText("已改期");
    const moved = await download(talent);
    expect(moved).toMatchObject({ method: "REQUEST", uid: invitation.uid, sequence: 1, start: second.toISOString() });
    // The intent pages are older than their booking card: axe looks at the card (the whole of /employer/slots is new).
    await expectAccessibleAndNarrow(talent, "talent-intent", '[data-testid="booking-card"]');
    await talent.goto("/talent/profile");
    await expect(talent.getByLabel("时区")).toHaveValue("Europe/Berlin");

    // The employer sees the day's negotiation with its room, and records the outcome.
    await employer.goto(`/employer/slots?day=${day}`);
    const booked = employer.getByTestId("day-booking").filter({ hasText: title });
    await expect(booked).toContainText("林海");
    await expect(booked.getByRole("link", { name: "进入与 林海 的视频洽谈" })).toHaveAttribute("href", invitation.location.replace(/zq-.*/, "") + moved.location.split("/").at(-1));
    await expect(employer.getByTestId("notifications")).toContainText(`洽谈已改期：${title}`);
    await booked.getByRole("link", { name: title }).click();
    const outcome = employer.getByTestId("outcome-form");
    await outcome.getByLabel("结果").selectOption({ label: "已洽谈" });
    await outcome.getByLabel("备注").fill("沟通顺利，安排二面。");
    await outcome.getByRole("button", { name: "保存结果" }).click();
    await expect(toasts(employer).getByText("结果已保存，已通知人才。")).toBeVisible();
    await expect(employer.getByTestId("live-booking")).toContainText("结果：已洽谈");
    await expectAccessibleAndNarrow(employer, "employer-intent", '[data-testid="booking-card"]');

    // The talent's home lists the booking (in Berlin time), the move and the outcome.
    await talent.goto("/talent");
    const notices = talent.getByTestId("notifications");
    await expect(notices).toContainText(`洽谈结果已记录：${title} · 已洽谈`);
    await expect(notices).toContainText(`洽谈已预约：${title}`);
    // Following the move's notification (through /notifications/{id}, which marks it read) leads to the intent.
    await notices.getByRole("link", { name: new RegExp(`洽谈已改期：${title} · .*${berlin(second)}`) }).click();
    await expect(talent).toHaveURL((url) => url.pathname === intentUrl);
    await employerContext.close();
    await talentContext.close();
  });
});
