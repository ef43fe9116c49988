"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import type { CurrentUser } from "@/lib/auth/session";
import { addIntentNote, moveIntent, moveIntents, sendIntentMessage } from "@/lib/intents/mutations";
import { recordOutcome } from "@/lib/negotiations/mutations";
import { outcomeSchema } from "@/lib/negotiations/schemas";
import { messageSchema, moveIntentSchema, moveIntentsSchema, noteSchema } from "@/lib/intents/schemas";

const handle = (user: { employerId?: number | null }) => ({ action: "employer.intents.handle" as const, employerId: user.employerId ?? -1 });
const actorOf = (user: CurrentUser | null) => ({ role: "employer" as const, id: user!.id, employerId: user!.employerId! });

export const moveIntentAction = action({ schema: moveIntentSchema, permission: handle }, async ({ intentId, move, reason }, { user }) => {
  const to = await moveIntent({ intentId, move, reason, actor: actorOf(user) });
  revalidatePath("/employer/intents", "layout");
  return { ok: true, message: to };
});

export const moveIntentsAction = action({ schema: moveIntentsSchema, permission: handle }, async ({ intentIds, move, reason }, { user }) => {
  const { done, skipped } = await moveIntents({ intentIds, move, reason, actor: actorOf(user) });
  revalidatePath("/employer/intents", "layout");
  return { ok: true, message: "moved", data: { done, skipped } };
});

export const sendEmployerMessageAction = action({ schema: messageSchema, permission: handle }, async ({ intentId, body }, { user }) => {
  await sendIntentMessage({ intentId, body, actor: actorOf(user) });
  revalidatePath(`/employer/intents/${intentId}`);
  return { ok: true, message: "sent" };
});

export const addIntentNoteAction = action({ schema: noteSchema, permission: handle }, async ({ intentId, body }, { user }) => {
  await addIntentNote({ intentId, body, actor: actorOf(user) });
  revalidatePath(`/employer/intents/${intentId}`);
  return { ok: true, message: "noted" };
});

export const recordOutcomeAction = action({ schema: outcomeSchema, permission: handle }, async ({ bookingId, outcome, note }, { user }) => {
  await recordOutcome({ employerId: user!.employerId!, userId: user!.id, bookingId, outcome, note });
  revalidatePath("/employer", "layout");
  return { ok: true, message: "outcomeSaved" };
});
