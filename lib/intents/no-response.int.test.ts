import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intentEvents, intents, jobRuns, notifications } from "../../db/schema";
import { createCatalog, createEmployerWithMember, createPosition, createTalent } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { moveIntent, registerIntent } from "./mutations";
import { runNoResponseJob } from "./no-response";
import { setIntentSetting } from "./settings";

const DAY = 86_400_000;
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

async function intentAt(createdAt: Date) {
  const catalog = await createCatalog(t.db);
  const employer = await createEmployerWithMember(t.db);
  const position = await createPosition(t.db, catalog, employer.employer.id);
  const talent = await createTalent(t.db);
  const { id } = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "", now: createdAt });
  return { id, employer, talent };
}

const kindsFor = async (userId: string, kind: string) => t.db.select().from(notifications).where(and(eq(notifications.userId, userId), eq(notifications.kind, kind)));

describe("[intents] no ghosting", () => {
  it("reminds the employer at 7 days and closes as no response at 14, once, even when two runs race", async () => {
    const start = new Date("2026-01-05T02:00:00Z");
    const waiting = await intentAt(start);
    const viewed = await intentAt(start);
    await moveIntent({ intentId: viewed.id, move: "view", actor: viewed.employer.actor, now: new Date(start.getTime() + DAY) });
    const answered = await intentAt(start);
    await moveIntent({ intentId: answered.id, move: "negotiate", actor: answered.employer.actor, now: new Date(start.getTime() + DAY) });
    const mine = [waiting.id, viewed.id, answered.id];

    // Six days on: nothing is due.
    expect(await runNoResponseJob({ now: new Date(start.getTime() + 6 * DAY) })).toEqual({ reminded: 0, closed: 0 });

    // Eight days on, twice at once: each waiting intent reminds its employer exactly once.
    const eight = new Date(start.getTime() + 8 * DAY);
    const runs = await Promise.all([runNoResponseJob({ now: eight }), runNoResponseJob({ now: eight })]);
    expect(runs.reduce((n, r) => n + r.reminded, 0)).toBe(2);
    for (const x of [waiting, viewed]) expect(await kindsFor(x.employer.user.id, "intent.reminder")).toHaveLength(1);
    expect(await kindsFor(answered.employer.user.id, "intent.reminder")).toHaveLength(0);
    expect((await runNoResponseJob({ now: new Date(eight.getTime() + DAY) })).reminded).toBe(0);

    // Fifteen days on, twice at once: closed as no response once, with one event and one notice to the talent.
    const fifteen = new Date(start.getTime() + 15 * DAY);
    const closing = await Promise.all([runNoResponseJob({ now: fifteen }), runNoResponseJob({ now: fifteen })]);
    expect(closing.reduce((n, r) => n + r.closed, 0)).toBe(2);
    const rows = await t.db.select().from(intents).where(inArray(intents.id, mine));
    expect(Object.fromEntries(rows.map((r) => [r.id, r.status]))).toEqual({ [waiting.id]: "no_response", [viewed.id]: "no_response", [answered.id]: "negotiating" });
    for (const x of [waiting, viewed]) {
      const events = await t.db.select().from(intentEvents).where(and(eq(intentEvents.intentId, x.id), eq(intentEvents.toStatus, "no_response")));
      expect(events).toHaveLength(1);
      expect(events[0]!.actorId).toBeNull();
      expect(await kindsFor(x.talent.user.id, "intent.no_response")).toHaveLength(1);
    }
    await expect(events(viewed.id)).resolves.toEqual(["null>submitted", "submitted>viewed", "viewed>no_response"]);
    const [run] = await t.db.select().from(jobRuns).where(eq(jobRuns.name, "intents.no_response"));
    expect(run!.lastFinishedAt).not.toBeNull();
  });

  it("reads both periods from the settings", async () => {
    await setIntentSetting("intents.reminder_days", 2);
    await setIntentSetting("intents.no_response_days", 3);
    try {
      const start = new Date("2026-02-01T02:00:00Z");
      const x = await intentAt(start);
      await runNoResponseJob({ now: new Date(start.getTime() + 2.5 * DAY) });
      expect(await kindsFor(x.employer.user.id, "intent.reminder")).toHaveLength(1);
      await runNoResponseJob({ now: new Date(start.getTime() + 3.5 * DAY) });
      const [row] = await t.db.select().from(intents).where(eq(intents.id, x.id));
      expect(row!.status).toBe("no_response");
    } finally {
      await setIntentSetting("intents.reminder_days", 7);
      await setIntentSetting("intents.no_response_days", 14);
    }
  });
});

async function events(intentId: number) {
  const rows = await t.db.select().from(intentEvents).where(eq(intentEvents.intentId, intentId)).orderBy(intentEvents.createdAt, intentEvents.id);
  return rows.map((e) => `${e.fromStatus}>${e.toStatus}`);
}
