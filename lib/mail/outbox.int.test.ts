import { eq, inArray } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { mailOutbox, notifications, users } from "../../db/schema";
import { createUser } from "../../tests/support/factories";
import { mailsTo, openMailTestbed } from "../../tests/support/smtp";
import { notifyUser, saveEmailPreferences } from "../notifications/queries";
import { deliverDueMail, drainOutbox, enqueueMail } from "./outbox";

const bed = openMailTestbed();
const to = (address: string) => mailsTo(bed.smtp, address);

describe("[mail] the outbox", () => {
  it("sends each notification's e-mail once, in the recipient's language, even with two drainers at once", async () => {
    const user = await createUser(bed.db);
    await bed.db.update(users).set({ locale: "en" }).where(eq(users.id, user.id));
    for (const title of ["海洋电子工程师", "石化工艺工程师", "航空维修技师"]) {
      await notifyUser({ userId: user.id, kind: "intent.message", data: { intentId: 7, title } });
    }
    const [a, b] = await Promise.all([drainOutbox({ transport: bed.transport }), drainOutbox({ transport: bed.transport })]);
    expect(a.queued + b.queued).toBe(3);
    expect(a.sent + b.sent).toBe(3);
    expect(await drainOutbox({ transport: bed.transport })).toEqual({ queued: 0, skipped: 0, sent: 0, failed: 0 });
    const mails = to(user.email);
    expect(mails).toHaveLength(3);
    expect(mails.map((m) => m.subject).sort()).toEqual(["New message: 海洋电子工程师 · Zhihui Qundao", "New message: 石化工艺工程师 · Zhihui Qundao", "New message: 航空维修技师 · Zhihui Qundao"]);
    expect(mails[0]!.text).toContain("/talent/intents/7");
    expect(mails[0]!.text).toContain("/account/notifications");
    const rows = await bed.db.select().from(notifications).where(eq(notifications.userId, user.id));
    expect(rows.every((r) => r.mailedAt !== null)).toBe(true);
  });

  it("e-mails only the kinds the recipient wants; the bell still shows the rest", async () => {
    const user = await createUser(bed.db, "employer");
    await saveEmailPreferences({ userId: user.id, preferences: { intents: true, messages: false, bookings: true, saved: true, postings: false, account: true } });
    await notifyUser({ userId: user.id, kind: "intent.message", data: { intentId: 1, title: "留言不发邮件" } });
    await notifyUser({ userId: user.id, kind: "position.approved", data: { positionId: 1, title: "默认不发邮件" } });
    await notifyUser({ userId: user.id, kind: "intent.submitted", data: { intentId: 2, title: "新意向发邮件", talentName: "王磊" } });
    const result = await drainOutbox({ transport: bed.transport });
    expect(result.skipped).toBeGreaterThanOrEqual(2);
    await bed.smtp.waitFor(1);
    const mails = to(user.email);
    expect(mails.map((m) => m.subject)).toEqual(["新意向：王磊 · 新意向发邮件 · 智汇群岛"]);
    expect(mails[0]!.text).toContain("/employer/intents/2");
    // Handled once: a second drain queues nothing more for them.
    expect((await drainOutbox({ transport: bed.transport })).queued).toBe(0);
    expect(await bed.db.select().from(notifications).where(eq(notifications.userId, user.id))).toHaveLength(3);
  });

  it("sends a mail on the very next drain, however soon after it was queued", async () => {
    // next_attempt_at is stamped by PostgreSQL in microseconds; a drain that read "due" on a
    // JavaScript Date (milliseconds) skipped a mail queued within the same millisecond.
    for (let i = 0; i < 25; i++) {
      const address = `soon-${i}-${Date.now()}@test.zhihui.example`;
      await enqueueMail({ kind: "test", to: address, subject: "立即", text: "正文" });
      expect(await deliverDueMail({ transport: bed.transport }), address).toEqual({ sent: 1, failed: 0 });
    }
  });

  it("retries a failed send later instead of losing it", async () => {
    const address = `retry-${Date.now()}@test.zhihui.example`;
    await enqueueMail({ kind: "test", to: address, subject: "重试", text: "正文" });
    bed.smtp.failNext(1);
    const first = await deliverDueMail({ transport: bed.transport });
    expect(first.failed).toBe(1);
    const [row] = await bed.db.select().from(mailOutbox).where(eq(mailOutbox.toAddress, address));
    expect(row).toMatchObject({ attempts: 1, sentAt: null, failedAt: null });
    expect(row!.lastError).toContain("mailbox unavailable");
    expect(row!.nextAttemptAt.getTime()).toBeGreaterThan(Date.now());
    // Not due yet: nothing happens.
    expect((await deliverDueMail({ transport: bed.transport })).sent).toBe(0);
    // Two minutes on, it goes out, once.
    const later = new Date(Date.now() + 2 * 60_000);
    const [x, y] = await Promise.all([deliverDueMail({ transport: bed.transport, now: later }), deliverDueMail({ transport: bed.transport, now: later })]);
    expect(x.sent + y.sent).toBe(1);
    expect(to(address)).toHaveLength(1);
    const [sent] = await bed.db.select().from(mailOutbox).where(inArray(mailOutbox.toAddress, [address]));
    expect(sent!.sentAt).not.toBeNull();
    expect(sent!.attempts).toBe(2);
  });
});
