"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { action } from "@/lib/actions/action";
import { NOTIFICATION_CATEGORIES } from "@/lib/notifications/kinds";
import { type EmailPreferences, saveEmailPreferences } from "@/lib/notifications/queries";

/** Each category is a checkbox: "on" when ticked, absent when not. */
const schema = z.object(Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, z.literal("on", { error: "invalid" }).optional()])));

export const saveEmailPreferencesAction = action({ schema, permission: () => ({ action: "account.use" }) }, async (input, { user }) => {
  const preferences = Object.fromEntries(NOTIFICATION_CATEGORIES.map((c) => [c, input[c] === "on"])) as EmailPreferences;
  await saveEmailPreferences({ userId: user!.id, preferences });
  revalidatePath("/account/notifications");
  return { ok: true, message: "saved" };
});
