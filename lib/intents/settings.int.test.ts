import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { auditLog } from "../../db/schema";
import { createUser } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { getIntentSettings, INTENT_SETTING_DEFAULTS, updateIntentSettings } from "./settings";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

describe("[settings] the intent rules operators change at run time", () => {
  it("starts from the defaults, then keeps what an operator saved, audited", async () => {
    expect(await getIntentSettings()).toEqual({
      reminderDays: INTENT_SETTING_DEFAULTS["intents.reminder_days"],
      noResponseDays: INTENT_SETTING_DEFAULTS["intents.no_response_days"],
      dailyLimit: INTENT_SETTING_DEFAULTS["intents.daily_limit"],
    });
    const operator = await createUser(t.db, "operator");
    await updateIntentSettings({ form: { reminderDays: 3, noResponseDays: 9, dailyLimit: 4 }, userId: operator.id, ip: "x" });
    expect(await getIntentSettings()).toEqual({ reminderDays: 3, noResponseDays: 9, dailyLimit: 4 });
    await updateIntentSettings({ form: { reminderDays: 5, noResponseDays: 12, dailyLimit: 20 }, userId: operator.id, ip: "x" });
    expect(await getIntentSettings()).toEqual({ reminderDays: 5, noResponseDays: 12, dailyLimit: 20 });
    const audit = await t.db.select().from(auditLog).where(eq(auditLog.action, "settings.intents.updated")).orderBy(auditLog.id);
    expect(audit).toHaveLength(2);
    expect(audit[1]!.data).toMatchObject({ "intents.daily_limit": 20 });
  });
});
