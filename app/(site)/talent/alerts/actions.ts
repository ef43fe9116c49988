"use server";

import { revalidatePath } from "next/cache";
import { getLocale } from "next-intl/server";
import { action } from "@/lib/actions/action";
import { deleteAlert, saveTalentAlert, setAlertFrequency } from "@/lib/alerts/mutations";
import { alertFrequencySchema, alertIdSchema, talentAlertSchema } from "@/lib/alerts/schemas";

const manage = () => ({ action: "alerts.manage" as const });

export const createTalentAlertAction = action({ schema: talentAlertSchema, permission: manage }, async (input, { user }) => {
  await saveTalentAlert({ userId: user!.id, query: input.query, frequency: input.frequency, locale: await getLocale() });
  revalidatePath("/talent/alerts");
  return { ok: true, message: "talentSaved" };
});

export const setAlertFrequencyAction = action({ schema: alertFrequencySchema, permission: manage }, async (input, { user }) => {
  await setAlertFrequency({ userId: user!.id, id: input.id, frequency: input.frequency });
  revalidatePath("/talent/alerts");
  return { ok: true, message: "frequencySaved" };
});

export const deleteAlertAction = action({ schema: alertIdSchema, permission: manage }, async (input, { user }) => {
  await deleteAlert({ userId: user!.id, id: input.id });
  revalidatePath("/talent/alerts");
});
