import { sql } from "drizzle-orm";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { execute } from "../../db/index";
import { createEmployerAccount } from "../../lib/accounts/queries";
import { generateCreditCode } from "../../lib/accounts/credit-code";
import { registerIntent } from "../../lib/intents/mutations";
import { movePosition } from "../../lib/positions/mutations";
import { createCatalog, createEmployerWithMember, createPosition, createTalent, createUser } from "../support/factories";
import { createTestDatabase, type TestDatabase } from "../support/test-database";

/**
 * A request that fails in the middle of a multi-step change leaves nothing half written: the
 * last step of each change below is made to fail in the database (a trigger raises on the table
 * it writes last, notifications), and the earlier steps must be gone with it.
 */
let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
  await t.db.execute(sql`create function zq_test_fail() returns trigger language plpgsql as $$ begin raise exception 'injected failure'; end $$`);
});
afterAll(async () => {
  await t?.destroy();
});
afterEach(async () => {
  await t.db.execute(sql`drop trigger if exists zq_test_fail on notifications`);
});

/** Every change below ends by notifying someone: make that last insert fail. */
async function failOnNotifications() {
  await t.db.execute(sql`create trigger zq_test_fail before insert on notifications for each row execute function zq_test_fail()`);
}

const count = async (query: ReturnType<typeof sql>) => Number((await execute<{ n: number }>(t.db, query))[0]?.n ?? 0);

describe("[faults] multi-step changes are all or nothing", () => {
  it("an employer's sign-up that fails at its last step leaves no account, organisation or membership", async () => {
    await createUser(t.db, "operator"); // the sign-up tells every operator
    await failOnNotifications();
    const email = `half-${Date.now()}@example.org`;
    const creditCode = generateCreditCode(Math.random);
    await expect(
      createEmployerAccount({ organisation: "半途而废科技有限公司", creditCode, kind: "enterprise", name: "李华", email, password: "Haidao#2020", locale: "zh", ip: "127.0.0.1" }),
    ).rejects.toThrow();
    expect(await count(sql`select count(*)::int as n from users where email = ${email}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from employers where credit_code = ${creditCode}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from audit_log where data->>'name' = '半途而废科技有限公司'`)).toBe(0);
  });

  it("an approval that fails while telling the employer leaves the position in review, without an audit entry", async () => {
    const catalog = await createCatalog(t.db);
    const { employer } = await createEmployerWithMember(t.db);
    const position = await createPosition(t.db, catalog, employer.id);
    await t.db.execute(sql`update positions set status = 'in_review', published_at = null where id = ${position.id}`);
    const operatorId = (await createUser(t.db, "operator")).id;
    await failOnNotifications();
    await expect(movePosition({ id: position.id, move: "approve", actor: { id: operatorId, role: "operator" }, ip: "127.0.0.1" })).rejects.toThrow();
    const [row] = await execute<{ status: string; version: number }>(t.db, sql`select status, version from positions where id = ${position.id}`);
    expect(row).toMatchObject({ status: "in_review", version: position.version });
    expect(await count(sql`select count(*)::int as n from audit_log where entity_type = 'position' and entity_id = ${String(position.id)}`)).toBe(0);
  });

  it("an intent that fails while telling the employer leaves no intent and no event", async () => {
    const catalog = await createCatalog(t.db);
    const { employer } = await createEmployerWithMember(t.db);
    const position = await createPosition(t.db, catalog, employer.id);
    const talent = await createTalent(t.db);
    await failOnNotifications();
    await expect(registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" })).rejects.toThrow();
    expect(await count(sql`select count(*)::int as n from intents where position_id = ${position.id}`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from intent_events e join intents i on i.id = e.intent_id where i.position_id = ${position.id}`)).toBe(0);
    // With the fault gone the same request goes through whole.
    await t.db.execute(sql`drop trigger zq_test_fail on notifications`);
    const registered = await registerIntent({ talentId: talent.user.id, positionId: position.id, message: "" });
    expect(registered.created).toBe(true);
    expect(await count(sql`select count(*)::int as n from intent_events where intent_id = ${registered.id}`)).toBe(1);
  });
});
