import { and, eq, inArray } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intents, notifications } from "../../db/schema";
import { createCatalog, createEmployer, createEmployerWithMember, createPosition, createTalent } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { LEAD_FANOUT_MAX } from "./access";
import { moveIntent, registerProjectIntent, sendIntentMessage } from "./mutations";
import { runProjectLeadsJob } from "./project-leads";
import { getEmployerIntent } from "./queries";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

/** A board whose platform has `employers` verified employers posting on it; a and b have a member each. */
async function board(employers: number) {
  const catalog = await createCatalog(t.db);
  const a = await createEmployerWithMember(t.db);
  const b = await createEmployerWithMember(t.db);
  for (const employer of [a.employer, b.employer]) await createPosition(t.db, catalog, employer.id);
  for (let i = 2; i < employers; i += 1) await createPosition(t.db, catalog, (await createEmployer(t.db)).id);
  return { catalog, a, b };
}

const project = (catalog: Awaited<ReturnType<typeof createCatalog>>, name: string) => ({
  board: catalog.board.id,
  platform: catalog.platform.id,
  name,
  field: "海洋电子信息",
  stage: "prototype" as const,
  teamSize: 3,
  message: "",
});

const notificationsOf = (userId: string) => t.db.select({ kind: notifications.kind, data: notifications.data }).from(notifications).where(eq(notifications.userId, userId));

describe("[intents] project leads on a board with many employers", () => {
  it("tells each handler at once on a board of at most LEAD_FANOUT_MAX employers", async () => {
    const { catalog, a, b } = await board(LEAD_FANOUT_MAX);
    const talent = await createTalent(t.db);
    const { id } = await registerProjectIntent({ talentId: talent.user.id, form: project(catalog, "小板块项目"), pitch: null });
    for (const e of [a, b]) expect((await notificationsOf(e.user.id)).map((n) => n.kind)).toEqual(["intent.submitted"]);
    const [row] = await t.db.select({ pending: intents.leadsPending }).from(intents).where(eq(intents.id, id));
    expect(row!.pending).toBe(false);
  });

  it("tells a larger board's handlers in one digest per run, counting the leads still open, not one notification per lead or message", async () => {
    const { catalog, a, b } = await board(LEAD_FANOUT_MAX + 1);
    const talents = await Promise.all([createTalent(t.db), createTalent(t.db), createTalent(t.db)]);
    const ids: number[] = [];
    for (const [i, talent] of talents.entries()) ids.push((await registerProjectIntent({ talentId: talent.user.id, form: project(catalog, `大板块项目${i}`), pitch: null })).id);
    // Nobody is told at once, not of the intents nor of a message on one; every handler's inbox lists them.
    await sendIntentMessage({ intentId: ids[0]!, body: "补充材料", actor: { id: talents[0]!.user.id, role: "talent" } });
    for (const e of [a, b]) expect(await notificationsOf(e.user.id)).toEqual([]);
    for (const id of ids) expect(await getEmployerIntent({ employerId: b.employer.id, intentId: id })).not.toBeNull();
    expect((await t.db.select({ pending: intents.leadsPending }).from(intents).where(inArray(intents.id, ids))).every((r) => r.pending)).toBe(true);

    // a takes one up before the digest: it is no longer a lead for anyone.
    await moveIntent({ intentId: ids[2]!, move: "negotiate", actor: a.actor });

    const now = new Date();
    const run = await runProjectLeadsJob({ now });
    expect(run.leads).toBeGreaterThanOrEqual(2);
    for (const e of [a, b]) {
      const told = (await notificationsOf(e.user.id)).filter((n) => n.kind === "intent.project_leads");
      expect(told, "one notification, however many leads").toHaveLength(1);
      expect(told[0]!.data).toEqual({ count: 2 });
    }
    expect((await t.db.select({ pending: intents.leadsPending }).from(intents).where(inArray(intents.id, ids))).some((r) => r.pending)).toBe(false);

    // The next run has nothing new to tell.
    await runProjectLeadsJob({ now });
    const again = await t.db.select().from(notifications).where(and(eq(notifications.userId, b.user.id), eq(notifications.kind, "intent.project_leads")));
    expect(again).toHaveLength(1);
  });
});
