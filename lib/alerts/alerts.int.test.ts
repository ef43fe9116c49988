import { eq } from "drizzle-orm";
import type { ParsedMail } from "mailparser";
import { describe, expect, it } from "vitest";
import { POST as oneClickUnsubscribe } from "../../app/api/alerts/unsubscribe/[token]/route";
import { jobAlerts, users } from "../../db/schema";
import { createCatalog, createEmployerWithMember, createPosition, createTalent } from "../../tests/support/factories";
import { mailsTo, openMailTestbed } from "../../tests/support/smtp";
import { drainOutbox } from "../mail/outbox";
import { runAlertsJob, SETTLE_SECONDS } from "./job";
import { confirmVisitorAlert, requestVisitorAlert, saveTalentAlert } from "./mutations";

const DAY = 86_400_000;
const bed = openMailTestbed();

/** A run after the settle window (positions published a moment ago are mailed only once it has passed). */
const settled = (ms = 0) => ({ now: new Date(Date.now() + (SETTLE_SECONDS + 1) * 1000 + ms) });
const tick = () => new Promise((r) => setTimeout(r, 5));
const received = (address: string): ParsedMail[] => mailsTo(bed.smtp, address);
const header = (mail: ParsedMail, key: string) => mail.headerLines.find((h) => h.key === key)?.line.replace(/^[^:]+:\s*/, "");

/** A district of its own with a verified employer posting there: a search that sees only this test's positions. */
async function district() {
  const catalog = await createCatalog(bed.db);
  const employer = await createEmployerWithMember(bed.db);
  return { query: `location=${catalog.location.code}`, publish: async () => (await tick(), createPosition(bed.db, catalog, employer.employer.id)) };
}

describe("[alerts] job alerts", () => {
  it("mails an instant alert on the next run and a daily one a day later, each with only the positions new since its last mail", async () => {
    const place = await district();
    const instantTalent = await createTalent(bed.db);
    const dailyTalent = await createTalent(bed.db);
    await saveTalentAlert({ userId: instantTalent.user.id, query: `?${place.query}&sort=salary&cursor=abc`, frequency: "instant", locale: "zh" });
    // The e-mail speaks the recipient's language (the account's, changed with the site's switch).
    await bed.db.update(users).set({ locale: "en" }).where(eq(users.id, dailyTalent.user.id));
    await saveTalentAlert({ userId: dailyTalent.user.id, query: place.query, frequency: "daily", locale: "zh" });
    const first = await place.publish();

    // Within the settle window the new position waits (its transaction might still be racing others)…
    await runAlertsJob();
    await drainOutbox({ transport: bed.transport });
    expect(received(instantTalent.user.email)).toHaveLength(0);
    // …and is mailed on the next run after it.
    await runAlertsJob(settled());
    await drainOutbox({ transport: bed.transport });
    const [instantMail] = received(instantTalent.user.email);
    expect(instantMail?.subject).toBe("1 个新岗位符合你的提醒 · 智汇群岛");
    expect(instantMail?.text).toContain(`/positions/${first.id}`);
    expect(received(dailyTalent.user.email)).toHaveLength(0);

    // Nothing new: no mail. A second position: a mail with it alone.
    await runAlertsJob(settled());
    await drainOutbox({ transport: bed.transport });
    expect(received(instantTalent.user.email)).toHaveLength(1);
    const second = await place.publish();
    await runAlertsJob(settled());
    await drainOutbox({ transport: bed.transport });
    const latest = received(instantTalent.user.email);
    expect(latest).toHaveLength(2);
    expect(latest[1]!.text).toContain(`/positions/${second.id}`);
    expect(latest[1]!.text).not.toContain(`/positions/${first.id}`);

    // A day on, the daily alert sends both at once, in English.
    await runAlertsJob(settled(DAY));
    await drainOutbox({ transport: bed.transport });
    const [daily] = received(dailyTalent.user.email);
    expect(daily?.subject).toBe("2 new positions for your alert · Zhihui Qundao");
    expect(daily?.text).toContain(`/positions/${first.id}`);
    expect(daily?.text).toContain(`/positions/${second.id}`);
  });

  it("sends a visitor nothing before the confirmation link is followed; the one-click unsubscribe ends the alert", async () => {
    const place = await district();
    const address = `visitor-${Date.now()}@test.zhihui.example`;
    await requestVisitorAlert({ email: address, query: place.query, frequency: "instant", locale: "zh" });
    // Asking twice sends the same link again, still one alert.
    await requestVisitorAlert({ email: address.toUpperCase(), query: place.query, frequency: "instant", locale: "zh" });
    await drainOutbox({ transport: bed.transport });
    const confirmations = received(address);
    expect(confirmations.map((m) => m.subject)).toEqual(["请确认你的职位提醒 · 智汇群岛", "请确认你的职位提醒 · 智汇群岛"]);
    const link = /\/alerts\/confirm\/([A-Za-z0-9_-]{43})/.exec(confirmations[0]!.text ?? "");
    expect(link).not.toBeNull();
    expect(await bed.db.select().from(jobAlerts).where(eq(jobAlerts.email, address))).toHaveLength(1);

    await place.publish();
    await runAlertsJob(settled());
    await drainOutbox({ transport: bed.transport });
    expect(received(address)).toHaveLength(2);

    expect(await confirmVisitorAlert({ confirmToken: link![1]! })).toBe(true);
    expect(await confirmVisitorAlert({ confirmToken: link![1]! })).toBe(false);
    const fresh = await place.publish();
    await runAlertsJob(settled());
    await drainOutbox({ transport: bed.transport });
    const alertMail = received(address)[2];
    expect(alertMail?.text).toContain(`/positions/${fresh.id}`);
    expect(header(alertMail!, "list-unsubscribe-post")).toBe("List-Unsubscribe=One-Click");
    const unsubscribeUrl = /^<(.+)>$/.exec(header(alertMail!, "list-unsubscribe") ?? "")?.[1];
    expect(unsubscribeUrl).toMatch(/\/api\/alerts\/unsubscribe\/[A-Za-z0-9_-]{43}$/);
    const token = unsubscribeUrl!.split("/").at(-1)!;
    expect(alertMail?.text).toContain(`/alerts/unsubscribe/${token}`);

    // What a mail program does: POST the header's URL, no session.
    const answer = await oneClickUnsubscribe(new Request(unsubscribeUrl!, { method: "POST", body: "List-Unsubscribe=One-Click", headers: { "content-type": "application/x-www-form-urlencoded" } }), {
      params: Promise.resolve({ token }),
    });
    expect(answer.status).toBe(200);
    expect(await bed.db.select().from(jobAlerts).where(eq(jobAlerts.email, address))).toHaveLength(0);
    await place.publish();
    await runAlertsJob(settled());
    await drainOutbox({ transport: bed.transport });
    expect(received(address)).toHaveLength(3);
  });

  it("answers a malformed one-click token with 400", async () => {
    const answer = await oneClickUnsubscribe(new Request("http://localhost/api/alerts/unsubscribe/x", { method: "POST" }), { params: Promise.resolve({ token: "x" }) });
    expect(answer.status).toBe(400);
  });
});
