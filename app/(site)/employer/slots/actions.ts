"use server";

import { revalidatePath } from "next/cache";
import { action } from "@/lib/actions/action";
import { cancelSlot, createSlots } from "@/lib/negotiations/mutations";
import { slotBulkSchema, slotIdSchema } from "@/lib/negotiations/schemas";

const manage = (user: { employerId?: number | null }) => ({ action: "employer.slots.manage" as const, employerId: user.employerId ?? -1 });

export const createSlotsAction = action({ schema: slotBulkSchema, permission: manage }, async (form, { user }) => {
  const { created } = await createSlots({ employerId: user!.employerId!, userId: user!.id, form });
  revalidatePath("/employer/slots");
  return { ok: true, message: "published", data: { count: created } };
});

export const cancelSlotAction = action({ schema: slotIdSchema, permission: manage }, async ({ slotId }, { user }) => {
  const done = await cancelSlot({ employerId: user!.employerId!, slotId });
  revalidatePath("/employer/slots");
  return { ok: true, message: done };
});
