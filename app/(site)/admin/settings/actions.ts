"use server";

import { action } from "@/lib/actions/action";
import { intentSettingsFormSchema } from "@/lib/intents/schemas";
import { updateIntentSettings } from "@/lib/intents/settings";

export const updateIntentSettingsAction = action({ schema: intentSettingsFormSchema, permission: () => ({ action: "admin.manage" as const }) }, async (form, { user, ip }) => {
  await updateIntentSettings({ form, userId: user!.id, ip });
  return { ok: true, message: "saved" };
});
