import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { users } from "../../db/schema";
import { createUser } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { findAuditActions, findAuditEntries, recordAudit } from "./queries";

let t: TestDatabase;

beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

describe("[audit] the log's filters", () => {
  it("lists each action recorded once, in order, however many entries each has", async () => {
    const before = await findAuditActions();
    const actions = ["zz.test.b", "zz.test.a", "zz.test.c", "zz.test.b", "zz.test.a", "zz.test.b"];
    for (const action of actions) await recordAudit({ actorId: null, action, entityType: "test" });
    const after = await findAuditActions();
    expect(after).toEqual([...new Set([...before, "zz.test.a", "zz.test.b", "zz.test.c"])].sort());
    expect(new Set(after).size).toBe(after.length);
  });

  it("finds a person's entries by part of their name or e-mail, newest first, page by page", async () => {
    const [wang, li] = [await createUser(t.db, "operator"), await createUser(t.db, "operator")];
    await t.db.update(users).set({ name: "王审核员" }).where(eq(users.id, wang.id));
    await t.db.update(users).set({ name: "李运营" }).where(eq(users.id, li.id));
    for (let i = 0; i < 5; i++) {
      await recordAudit({ actorId: wang.id, action: "zz.actor.wang", entityType: "test", entityId: i });
      await recordAudit({ actorId: li.id, action: "zz.actor.li", entityType: "test", entityId: i });
    }
    const first = await findAuditEntries({ actor: "审核", limit: 3 });
    expect(first.rows.map((r) => [r.action, r.entityId])).toEqual([
      ["zz.actor.wang", "4"],
      ["zz.actor.wang", "3"],
      ["zz.actor.wang", "2"],
    ]);
    const second = await findAuditEntries({ actor: "审核", limit: 3, before: first.nextBefore! });
    expect(second.rows.map((r) => r.entityId)).toEqual(["1", "0"]);
    expect(second.nextBefore).toBeNull();
    // By e-mail, and LIKE's wildcards are plain characters.
    const byEmail = await findAuditEntries({ actor: li.email.toUpperCase(), limit: 50 });
    expect(byEmail.rows.map((r) => [r.actorEmail, r.entityId])).toEqual(["4", "3", "2", "1", "0"].map((id) => [li.email, id]));
    expect((await findAuditEntries({ actor: "%", limit: 50 })).rows).toEqual([]);
    // By action, newest first.
    expect((await findAuditEntries({ action: "zz.actor.li", limit: 2 })).rows.map((r) => [r.action, r.actorName])).toEqual([
      ["zz.actor.li", "李运营"],
      ["zz.actor.li", "李运营"],
    ]);
  });
});
