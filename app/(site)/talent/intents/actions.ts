"use server";

import { revalidatePath } from "next/cache";
import { redirect } from "next/navigation";
import { action } from "@/lib/actions/action";
import { readPdfUpload } from "@/lib/files/queries";
import { moveIntent, registerIntent, registerProjectIntent, sendIntentMessage, setPositionSaved } from "@/lib/intents/mutations";
import { bookSlot, cancelBooking, saveTimeZone } from "@/lib/negotiations/mutations";
import { bookingIdSchema, bookSlotSchema, timeZoneSchema } from "@/lib/negotiations/schemas";
import { intentIdSchema, messageSchema, projectIntentSchema, registerIntentSchema, savePositionSchema } from "@/lib/intents/schemas";

const own = (user: { id: string }) => ({ action: "talent.own" as const, talentId: user.id });

export const registerIntentAction = action({ schema: registerIntentSchema, permission: own }, async ({ positionId, message }, { user }) => {
  const { id, created } = await registerIntent({ talentId: user!.id, positionId, message });
  revalidatePath("/talent", "layout");
  redirect(`/talent/intents/${id}?${created ? "registered" : "existing"}=1`);
});

export const registerProjectIntentAction = action({ schema: projectIntentSchema, permission: own }, async (form, { user }) => {
  const pitch = form.pitch ? await readPdfUpload(form.pitch, "pitch") : null;
  const { id } = await registerProjectIntent({ talentId: user!.id, form, pitch });
  revalidatePath("/talent", "layout");
  redirect(`/talent/intents/${id}?registered=1`);
});

export const withdrawIntentAction = action({ schema: intentIdSchema, permission: own }, async ({ intentId }, { user }) => {
  await moveIntent({ intentId, move: "withdraw", actor: { role: "talent", id: user!.id } });
  revalidatePath("/talent", "layout");
  return { ok: true, message: "withdrawn" };
});

export const sendTalentMessageAction = action({ schema: messageSchema, permission: own }, async ({ intentId, body }, { user }) => {
  await sendIntentMessage({ intentId, body, actor: { role: "talent", id: user!.id } });
  revalidatePath(`/talent/intents/${intentId}`);
  return { ok: true, message: "sent" };
});

export const savePositionAction = action({ schema: savePositionSchema, permission: own }, async ({ positionId, saved }, { user }) => {
  await setPositionSaved({ talentId: user!.id, positionId, saved: saved === "1" });
  revalidatePath(`/positions/${positionId}`);
  revalidatePath("/talent/saved");
  return { ok: true, message: saved === "1" ? "saved" : "unsaved" };
});

export const bookSlotAction = action({ schema: bookSlotSchema, permission: own }, async ({ intentId, slotId, timeZone }, { user }) => {
  const { rescheduled } = await bookSlot({ talentId: user!.id, intentId, slotId, timeZone });
  revalidatePath("/talent", "layout");
  return { ok: true, message: rescheduled ? "rescheduled" : "booked" };
});

export const cancelBookingAction = action({ schema: bookingIdSchema, permission: own }, async ({ bookingId }, { user }) => {
  await cancelBooking({ talentId: user!.id, bookingId });
  revalidatePath("/talent", "layout");
  return { ok: true, message: "bookingCancelled" };
});

export const saveTimeZoneAction = action({ schema: timeZoneSchema, permission: own }, async ({ timeZone }, { user }) => {
  await saveTimeZone({ userId: user!.id, timeZone });
  revalidatePath("/talent", "layout");
  return { ok: true, message: "timeZoneSaved" };
});
