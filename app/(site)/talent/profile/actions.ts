"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { fileField } from "@/lib/intents/schemas";
import { removeResume, replaceResume, updateTalentProfile } from "@/lib/talents/profile";
import { talentProfileSchema } from "@/lib/talents/schemas";

const own = (user: { id: string }) => ({ action: "talent.own" as const, talentId: user.id });

export const updateTalentProfileAction = action({ schema: talentProfileSchema, permission: own }, async (form, { user }) => {
  await updateTalentProfile({ talentId: user!.id, form });
  revalidatePath("/talent", "layout");
  return { ok: true, message: "saved" };
});

export const uploadResumeAction = action({ schema: z.object({ resume: fileField }), permission: own }, async ({ resume }, { user }) => {
  await replaceResume({ talentId: user!.id, file: resume });
  revalidatePath("/talent", "layout");
  return { ok: true, message: "uploaded" };
});

export const removeResumeAction = action({ schema: z.object({}), permission: own }, async (_input, { user }) => {
  await removeResume({ talentId: user!.id });
  revalidatePath("/talent", "layout");
  return { ok: true, message: "removed" };
});
