import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { intentMessages } from "../../db/schema";
import { createCatalog, createEmployerWithMember, createIntent, createPosition, createTalent } from "../../tests/support/factories";
import { createTestDatabase, type TestDatabase } from "../../tests/support/test-database";
import { refusal } from "../../tests/support/refusal";
import { MESSAGES_PER_HOUR, sendIntentMessage } from "./mutations";

let t: TestDatabase;
beforeAll(async () => {
  t = await createTestDatabase();
});
afterAll(async () => {
  await t?.destroy();
});

const messagesOf = async (intentId: number) => (await t.db.select().from(intentMessages).where(eq(intentMessages.intentId, intentId))).length;

describe("[intents] how many messages one person may send", () => {
  it(`takes ${MESSAGES_PER_HOUR.thread} in an hour in one thread, refuses the next, and leaves the other side free to answer`, async () => {
    const catalog = await createCatalog(t.db);
    const org = await createEmployerWithMember(t.db);
    const position = await createPosition(t.db, catalog, org.employer.id);
    const talent = await createTalent(t.db);
    const intent = await createIntent(t.db, position, talent.user.id);
    for (let i = 0; i < MESSAGES_PER_HOUR.thread; i++) await sendIntentMessage({ intentId: intent.id, body: `第${i + 1}条`, actor: talent.actor });
    expect(await refusal(sendIntentMessage({ intentId: intent.id, body: "再来一条", actor: talent.actor }))).toBe("rate_limited:messages");
    expect(await messagesOf(intent.id)).toBe(MESSAGES_PER_HOUR.thread);
    await sendIntentMessage({ intentId: intent.id, body: "收到，我们明天答复。", actor: org.actor });
    expect(await messagesOf(intent.id)).toBe(MESSAGES_PER_HOUR.thread + 1);
  });

  it(`takes ${MESSAGES_PER_HOUR.all} in an hour across threads, then refuses even a thread not yet written to`, async () => {
    const catalog = await createCatalog(t.db);
    const org = await createEmployerWithMember(t.db);
    const talent = await createTalent(t.db);
    const threads = Math.ceil(MESSAGES_PER_HOUR.all / MESSAGES_PER_HOUR.thread) + 1;
    const held = [];
    for (let i = 0; i < threads; i++) held.push(await createIntent(t.db, await createPosition(t.db, catalog, org.employer.id), talent.user.id));
    for (let i = 0; i < MESSAGES_PER_HOUR.all; i++) await sendIntentMessage({ intentId: held[i % (threads - 1)]!.id, body: `消息${i}`, actor: talent.actor });
    const fresh = held[threads - 1]!;
    expect(await refusal(sendIntentMessage({ intentId: fresh.id, body: "你好", actor: talent.actor }))).toBe("rate_limited:messages");
    expect(await messagesOf(fresh.id)).toBe(0);
  });
});
