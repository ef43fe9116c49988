import "server-only";
import { inArray } from "drizzle-orm";
import { z } from "zod";
import { getDb, type Database } from "../../db/index";
import { appSettings } from "../../db/schema";
import { recordAudit } from "../audit/queries";

/**
 * The intent rules operators may change at run time (app_settings), with the defaults used
 * while nobody has: remind the employer after 7 days without an answer, close after 14, and at
 * most 10 new intents per talent per day.
 */
export const INTENT_SETTING_DEFAULTS = {
  "intents.reminder_days": 7,
  "intents.no_response_days": 14,
  "intents.daily_limit": 10,
} as const;

export interface IntentSettings {
  reminderDays: number;
  noResponseDays: number;
  dailyLimit: number;
}

const days = z.number().int().min(1).max(365);

/** Pass the transaction's db when inside one (PGlite has a single connection). */
export async function getIntentSettings(within?: Database): Promise<IntentSettings> {
  const db = within ?? (await getDb());
  const rows = await db.select().from(appSettings).where(inArray(appSettings.key, Object.keys(INTENT_SETTING_DEFAULTS)));
  const value = (key: keyof typeof INTENT_SETTING_DEFAULTS, schema: z.ZodType<number>) => {
    const parsed = schema.safeParse(rows.find((r) => r.key === key)?.value);
    return parsed.success ? parsed.data : INTENT_SETTING_DEFAULTS[key];
  };
  const reminderDays = value("intents.reminder_days", days);
  const noResponseDays = Math.max(value("intents.no_response_days", days), reminderDays);
  return { reminderDays, noResponseDays, dailyLimit: value("intents.daily_limit", z.number().int().min(1).max(1000)) };
}

export async function setIntentSetting(key: keyof typeof INTENT_SETTING_DEFAULTS, value: number, updatedBy: string | null = null): Promise<void> {
  const db = await getDb();
  await db
    .insert(appSettings)
    .values({ key, value, updatedBy })
    .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedBy, updatedAt: new Date() } });
}

/** The three settings at once, as an operator saves them, audited. */
export async function updateIntentSettings(input: { form: IntentSettings; userId: string; ip: string }): Promise<void> {
  const db = await getDb();
  const values: Record<keyof typeof INTENT_SETTING_DEFAULTS, number> = {
    "intents.reminder_days": input.form.reminderDays,
    "intents.no_response_days": input.form.noResponseDays,
    "intents.daily_limit": input.form.dailyLimit,
  };
  await db.transaction(async (tx) => {
    for (const [key, value] of Object.entries(values)) {
      await tx
        .insert(appSettings)
        .values({ key, value, updatedBy: input.userId })
        .onConflictDoUpdate({ target: appSettings.key, set: { value, updatedBy: input.userId, updatedAt: new Date() } });
    }
    await recordAudit({ actorId: input.userId, action: "settings.intents.updated", entityType: "settings", entityId: "intents", data: values, ip: input.ip }, tx);
  });
}
