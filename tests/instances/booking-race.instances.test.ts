/**
 * The slot-capacity invariant across app instances: 50 talents book the same one-seat slot at
 * the same moment, half through each of two production instances on one PostgreSQL database.
 * Exactly one booking stands; the 49 others get 409 and "this slot is full" under the slot
 * field, never a 500. Runs only on PostgreSQL (vitest.config.ts says so when it is skipped).
 */
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bookings, intents, negotiationSlots, notifications } from "../../db/schema";
import { createCatalog, createEmployerWithMember, createIntent, createPosition, createSlot, createTalent } from "../support/factories";
import { startInstances, type AppInstances } from "../support/instances";

const TALENTS = 50;
let app: AppInstances;

beforeAll(async () => {
  app = await startInstances({ adminUrl: process.env.DATABASE_URL!, count: 2 });
});
afterAll(async () => {
  await app?.stop();
});

describe("[negotiations] fifty bookings of a one-seat slot through two instances", () => {
  it("lets exactly one through and tells the other 49 the slot is full", async () => {
    const db = app.database.db;
    const catalog = await createCatalog(db);
    const { employer } = await createEmployerWithMember(db);
    const position = await createPosition(db, catalog, employer.id);
    const slot = await createSlot(db, employer.id, 1);
    const talents = await Promise.all(
      Array.from({ length: TALENTS }, async () => {
        const { user } = await createTalent(db);
        const intent = await createIntent(db, position, user.id);
        return { userId: user.id, intentId: intent.id, cookie: await app.sessionCookie(user.id) };
      }),
    );

    const answers = await Promise.all(
      talents.map(async (talent, i) => {
        const url = `${app.urls[i % app.urls.length]}/talent/intents/${talent.intentId}/booking`;
        const response = await fetch(url, {
          method: "POST",
          headers: { cookie: talent.cookie, "accept-language": "zh-CN" },
          body: new URLSearchParams({ slotId: String(slot.id) }),
        });
        return { talent, status: response.status, body: (await response.json()) as { bookingId?: number; error?: string; field?: string; message?: string } };
      }),
    );

    const statuses = answers.map((a) => a.status);
    expect(statuses.filter((s) => s >= 500), app.logs().join("\n")).toEqual([]);
    const winners = answers.filter((a) => a.status === 201);
    const losers = answers.filter((a) => a.status !== 201);
    expect(winners).toHaveLength(1);
    expect(losers).toHaveLength(TALENTS - 1);
    for (const loser of losers) {
      expect(loser.status).toBe(409);
      expect(loser.body).toEqual({ error: "conflict:slot", field: "slotId", message: "此时段已约满，请选择其他时段。" });
    }

    const winner = winners[0]!;
    const [counted] = await db.select().from(negotiationSlots).where(eq(negotiationSlots.id, slot.id));
    expect(counted!.bookedCount).toBe(1);
    const live = await db.select().from(bookings).where(and(eq(bookings.slotId, slot.id), eq(bookings.status, "booked")));
    expect(live.map((b) => [b.id, b.intentId])).toEqual([[winner.body.bookingId, winner.talent.intentId]]);
    // The losers' transactions left nothing behind: no intent moved, nobody told of a booking.
    const moved = await db.select({ id: intents.id }).from(intents).where(and(eq(intents.positionId, position.id), eq(intents.status, "negotiating")));
    expect(moved.map((m) => m.id)).toEqual([winner.talent.intentId]);
    const told = await db.select({ userId: notifications.userId }).from(notifications).where(eq(notifications.kind, "booking.created"));
    expect(told.filter((n) => talents.some((t) => t.userId === n.userId)).map((n) => n.userId)).toEqual([winner.talent.userId]);
  });
});
