import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campaignTalents, intentEvents, intentMessages, intentNotes, intents, notifications } from "../../db/schema";
import { createCatalog, createEmployerWithMember, createPosition, createTalent } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { refusal } from "../../tests/support/refusal";
import { beijingDayStart, markThreadRead, moveIntent, moveIntents, registerIntent, registerProjectIntent, sendIntentMessage } from "./mutations";
import { employerHandlesIntent, findPipelineIntents, getEmployerIntent, getPipelineBoard, getTalentIntent, NOTES_PAGE, THREAD_PAGE } from "./queries";
import { setIntentSetting } from "./settings";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

async function world() {
  const catalog = await createCatalog(t.db);
  const a = await createEmployerWithMember(t.db);
  const b = await createEmployerWithMember(t.db);
  const position = await createPosition(t.db, catalog, a.employer.id);
  const talent = await createTalent(t.db);
  return { catalog, a, b, position, talent };
}

describe("[intents] registering", () => {
  it("stores one intent with its first event, tells the employer and joins the talent to the campaign", async () => {
    const { a, position, talent } = await world();
    const first = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "您好" });
    expect(first.created).toBe(true);
    const [row] = await t.db.select().from(intents).where(eq(intents.id, first.id));
    expect(row).toMatchObject({ status: "submitted", employerId: a.employer.id, message: "您好", kind: "employment" });
    expect(await t.db.select().from(intentEvents).where(eq(intentEvents.intentId, first.id))).toMatchObject([{ fromStatus: null, toStatus: "submitted", actorId: talent.user.id }]);
    expect(await t.db.select().from(notifications).where(eq(notifications.userId, a.user.id))).toMatchObject([{ kind: "intent.submitted" }]);
    expect(await t.db.select().from(campaignTalents).where(eq(campaignTalents.talentId, talent.user.id))).toHaveLength(position.campaignId ? 1 : 0);
  });

  it("answers a second try with the existing intent, also from two tabs at once", async () => {
    const { position, talent } = await world();
    const tabs = await Promise.all([0, 1].map(() => registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" })));
    expect(new Set(tabs.map((r) => r.id)).size).toBe(1);
    expect(tabs.filter((r) => r.created)).toHaveLength(1);
    const again = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "再试一次" });
    expect(again).toEqual({ id: tabs[0]!.id, created: false });
    expect(await t.db.select().from(intents).where(eq(intents.talentId, talent.user.id))).toHaveLength(1);
  });

  it("stores exactly one of 20 simultaneous intents for one talent and position; the others answer with it", async () => {
    const { position, talent } = await world();
    const results = await Promise.all(Array.from({ length: 20 }, () => registerIntent({ talentId: talent.user.id, positionId: position.id, message: "并发" })));
    const stored = await t.db.select().from(intents).where(and(eq(intents.talentId, talent.user.id), eq(intents.positionId, position.id)));
    expect(stored).toHaveLength(1);
    expect(results.filter((r) => r.created)).toHaveLength(1);
    expect(results.every((r) => r.id === stored[0]!.id)).toBe(true);
    expect(await t.db.select().from(intentEvents).where(eq(intentEvents.intentId, stored[0]!.id))).toHaveLength(1);
  });

  it("refuses positions that are not public", async () => {
    const { catalog, a, talent } = await world();
    const position = await createPosition(t.db, catalog, a.employer.id);
    await t.db.execute(`update positions set status = 'closed' where id = ${position.id}` as never);
    expect(await refusal(registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" }))).toBe("not_found:position");
    expect(await refusal(registerIntent({ talentId: talent.user.id, positionId: 2_000_000_000, message: "" }))).toBe("not_found:position");
  });

  it("stops a talent at the daily limit, counting the day in Beijing time", async () => {
    const { catalog, a, talent } = await world();
    await setIntentSetting("intents.daily_limit", 2);
    try {
      const positions = await Promise.all([0, 1, 2].map(() => createPosition(t.db, catalog, a.employer.id)));
      const now = new Date("2026-03-10T15:30:00Z"); // 23:30 in Beijing
      await registerIntent({ talentId: talent.user.id, positionId: positions[0]!.id, message: "", now });
      await registerIntent({ talentId: talent.user.id, positionId: positions[1]!.id, message: "", now });
      expect(await refusal(registerIntent({ talentId: talent.user.id, positionId: positions[2]!.id, message: "", now }))).toBe("rate_limited:daily_intents");
      // A duplicate is no new intent: it still answers with the existing one.
      expect((await registerIntent({ talentId: talent.user.id, positionId: positions[0]!.id, message: "", now })).created).toBe(false);
      // Half an hour later it is a new day in Beijing.
      const tomorrow = new Date("2026-03-10T16:30:00Z");
      expect((await registerIntent({ talentId: talent.user.id, positionId: positions[2]!.id, message: "", now: tomorrow })).created).toBe(true);
    } finally {
      await setIntentSetting("intents.daily_limit", 10);
    }
    expect(beijingDayStart(new Date("2026-03-10T15:30:00Z")).toISOString()).toBe("2026-03-09T16:00:00.000Z");
  });
});

describe("[intents] moving through the life cycle", () => {
  it("lets the employer walk it to signed, each step recorded and told to the talent", async () => {
    const { a, position, talent } = await world();
    const { id } = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" });
    for (const move of ["view", "negotiate", "reach", "sign", "onboard"] as const) await moveIntent({ intentId: id, move, actor: a.actor });
    const [row] = await t.db.select().from(intents).where(eq(intents.id, id));
    expect(row!.status).toBe("onboard");
    expect(row!.reachedAt).not.toBeNull();
    const history = await t.db.select().from(intentEvents).where(eq(intentEvents.intentId, id)).orderBy(intentEvents.id);
    expect(history.map((e) => `${e.fromStatus}>${e.toStatus}`)).toEqual(["null>submitted", "submitted>viewed", "viewed>negotiating", "negotiating>reached", "reached>signed", "signed>onboard"]);
    expect(history.slice(1).every((e) => e.actorId === a.user.id)).toBe(true);
    const told = await t.db.select().from(notifications).where(and(eq(notifications.userId, talent.user.id), eq(notifications.kind, "intent.status_changed")));
    expect(told).toHaveLength(5);
    const seen = await getTalentIntent({ talentId: talent.user.id, intentId: id });
    expect(seen!.history).toHaveLength(6);
  });

  it("refuses moves that the state or the side does not allow", async () => {
    const { a, position, talent } = await world();
    const { id } = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" });
    expect(await refusal(moveIntent({ intentId: id, move: "sign", actor: a.actor }))).toBe("conflict:intent_state");
    expect(await refusal(moveIntent({ intentId: id, move: "decline", actor: a.actor }))).toBe("reason:choose_reason");
    expect(await refusal(moveIntent({ intentId: id, move: "view", actor: talent.actor }))).toBe("conflict:intent_state");
    expect(await refusal(moveIntent({ intentId: id, move: "withdraw", actor: a.actor }))).toBe("conflict:intent_state");
    await moveIntent({ intentId: id, move: "decline", reason: "salary", actor: a.actor });
    const [row] = await t.db.select().from(intents).where(eq(intents.id, id));
    expect(row).toMatchObject({ status: "declined", declineReason: "salary" });
  });

  it("answers another organisation and another talent as if the intent did not exist", async () => {
    const { a, b, position, talent } = await world();
    const other = await createTalent(t.db);
    const { id } = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" });
    expect(await refusal(moveIntent({ intentId: id, move: "view", actor: b.actor }))).toBe("not_found:intent");
    expect(await refusal(moveIntent({ intentId: id, move: "withdraw", actor: other.actor }))).toBe("not_found:intent");
    expect(await refusal(sendIntentMessage({ intentId: id, body: "hi", actor: b.actor }))).toBe("not_found:intent");
    expect(await getEmployerIntent({ employerId: b.employer.id, intentId: id })).toBeNull();
    expect(await getTalentIntent({ talentId: other.user.id, intentId: id })).toBeNull();
    expect(await employerHandlesIntent({ employerId: b.employer.id, intentId: id })).toBe(false);
    expect(await employerHandlesIntent({ employerId: a.employer.id, intentId: id })).toBe(true);
  });

  it("lets the talent withdraw, once, and tells the employer", async () => {
    const { a, position, talent } = await world();
    const { id } = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" });
    await moveIntent({ intentId: id, move: "withdraw", actor: talent.actor });
    expect(await refusal(moveIntent({ intentId: id, move: "withdraw", actor: talent.actor }))).toBe("conflict:intent_state");
    expect(await t.db.select().from(notifications).where(and(eq(notifications.userId, a.user.id), eq(notifications.kind, "intent.withdrawn")))).toHaveLength(1);
    expect(await refusal(sendIntentMessage({ intentId: id, body: "还在吗", actor: a.actor }))).toBe("conflict:intent_closed");
  });

  it("moves many at once, skipping those that moved on", async () => {
    const { catalog, a, talent } = await world();
    const [p1, p2] = await Promise.all([createPosition(t.db, catalog, a.employer.id), createPosition(t.db, catalog, a.employer.id)]);
    const i1 = await registerIntent({ talentId: talent.user.id, positionId: p1!.id, message: "" });
    const i2 = await registerIntent({ talentId: talent.user.id, positionId: p2!.id, message: "" });
    await moveIntent({ intentId: i2.id, move: "withdraw", actor: talent.actor });
    expect(await moveIntents({ intentIds: [i1.id, i2.id], move: "negotiate", actor: a.actor })).toEqual({ done: 1, skipped: 1 });
    const board = await getPipelineBoard({ employerId: a.employer.id });
    expect(board.find((c) => c.status === "negotiating")!.total).toBe(1);
    expect(board.find((c) => c.status === "withdrawn")!.total).toBe(1);
    const list = await findPipelineIntents({ employerId: a.employer.id, status: "negotiating", positionId: p1!.id });
    expect(list.rows.map((r) => r.id)).toEqual([i1.id]);
  });
});

describe("[intents] messages", () => {
  it("keeps a thread between talent and employer with read receipts", async () => {
    const { a, position, talent } = await world();
    const { id } = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" });
    await sendIntentMessage({ intentId: id, body: "您好，简历已收到", actor: a.actor });
    await sendIntentMessage({ intentId: id, body: "谢谢", actor: talent.actor });
    await markThreadRead({ intentId: id, actor: talent.actor });
    const messages = await t.db.select().from(intentMessages).where(eq(intentMessages.intentId, id)).orderBy(intentMessages.id);
    expect(messages.map((m) => [m.body, m.readAt !== null])).toEqual([
      ["您好，简历已收到", true],
      ["谢谢", false],
    ]);
    await markThreadRead({ intentId: id, actor: a.actor });
    const detail = await getEmployerIntent({ employerId: a.employer.id, intentId: id });
    expect(detail!.thread.rows.every((m) => m.readAt !== null)).toBe(true);
    expect(await t.db.select().from(notifications).where(and(eq(notifications.userId, talent.user.id), eq(notifications.kind, "intent.message")))).toHaveLength(1);
  });
});

describe("[intents] long threads", () => {
  it("shows a thread a page at a time, the latest first, each page in the order it was written", async () => {
    const { a, position, talent } = await world();
    const { id } = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" });
    // Written straight into the table (the hourly limit allows 30 a side): a minute apart, in turn.
    const total = 2 * THREAD_PAGE + 5;
    const start = Date.parse("2026-11-01T08:00:00Z");
    await t.db.insert(intentMessages).values(
      Array.from({ length: total }, (_, i) => ({ intentId: id, senderId: i % 2 ? a.user.id : talent.user.id, body: `第${i + 1}条`, createdAt: new Date(start + i * 60_000) })),
    );
    const bodies = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `第${from + i}条`);
    const first = (await getTalentIntent({ talentId: talent.user.id, intentId: id }))!.thread;
    expect(first).toMatchObject({ page: 1, hasMore: true });
    expect(first.rows.map((m) => m.body)).toEqual(bodies(total - THREAD_PAGE + 1, total));
    const second = (await getEmployerIntent({ employerId: a.employer.id, intentId: id, threadPage: 2 }))!.thread;
    expect(second).toMatchObject({ page: 2, hasMore: true });
    expect(second.rows.map((m) => m.body)).toEqual(bodies(6, THREAD_PAGE + 5));
    const last = (await getTalentIntent({ talentId: talent.user.id, intentId: id, threadPage: 3 }))!.thread;
    expect(last).toMatchObject({ page: 3, hasMore: false });
    expect(last.rows.map((m) => m.body)).toEqual(bodies(1, 5));
    expect((await getTalentIntent({ talentId: talent.user.id, intentId: id, threadPage: 4 }))!.thread).toEqual({ rows: [], page: 4, hasMore: false });
  });

  it("pages the organisation's notes, newest first", async () => {
    const { a, position, talent } = await world();
    const { id } = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" });
    const start = Date.parse("2026-11-01T08:00:00Z");
    await t.db.insert(intentNotes).values(Array.from({ length: NOTES_PAGE + 1 }, (_, i) => ({ intentId: id, authorId: a.user.id, body: `备注${i + 1}`, createdAt: new Date(start + i * 60_000) })));
    const first = (await getEmployerIntent({ employerId: a.employer.id, intentId: id }))!.notes;
    expect(first).toMatchObject({ page: 1, hasMore: true });
    expect(first.rows.map((n) => n.body)).toEqual(Array.from({ length: NOTES_PAGE }, (_, i) => `备注${NOTES_PAGE + 1 - i}`));
    const second = (await getEmployerIntent({ employerId: a.employer.id, intentId: id, notesPage: 2 }))!.notes;
    expect(second).toMatchObject({ page: 2, hasMore: false });
    expect(second.rows.map((n) => n.body)).toEqual(["备注1"]);
  });
});

describe("[intents] projects", () => {
  it("goes to the employers posting on the platform until one takes it up", async () => {
    const { catalog, a, b, talent } = await world();
    await createPosition(t.db, catalog, b.employer.id);
    const form = { board: catalog.board.id, platform: catalog.platform.id, name: "海洋声学浮标", field: "海洋电子信息", stage: "prototype" as const, teamSize: 5, fundingSought: 300, message: "" };
    const { id } = await registerProjectIntent({ talentId: talent.user.id, form, pitch: { filename: "pitch.pdf", bytes: new TextEncoder().encode("%PDF-1.4 pitch") } });
    for (const e of [a, b]) expect(await t.db.select().from(notifications).where(and(eq(notifications.userId, e.user.id), eq(notifications.kind, "intent.submitted")))).toHaveLength(1);
    expect(await getEmployerIntent({ employerId: b.employer.id, intentId: id })).not.toBeNull();
    await moveIntent({ intentId: id, move: "negotiate", actor: a.actor });
    expect(await getEmployerIntent({ employerId: b.employer.id, intentId: id })).toBeNull();
    const detail = await getEmployerIntent({ employerId: a.employer.id, intentId: id });
    expect(detail!.project).toMatchObject({ name: "海洋声学浮标", teamSize: 5, fundingSought: 300 });
    expect(detail!.project!.pitchFileId).not.toBeNull();
  });

  it("refuses a platform of another board and a board nobody posts on", async () => {
    const { catalog, talent } = await world();
    const other = await createCatalog(t.db);
    const form = { board: catalog.board.id, platform: other.platform.id, name: "项目", field: "石化", stage: "idea" as const, teamSize: 1, message: "" };
    expect(await refusal(registerProjectIntent({ talentId: talent.user.id, form, pitch: null }))).toBe("platform:no_handlers");
    expect(await refusal(registerProjectIntent({ talentId: talent.user.id, form: { ...form, board: other.board.id, platform: undefined }, pitch: null }))).toBe("board:no_handlers");
  });
});
