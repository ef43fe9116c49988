import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { notificationText } from "@/lib/notifications/text";

/** The sentence of each notification, in the visitor's language (the e-mails use the recipient's). */
export async function getNotificationTexter({ timeZone }: { timeZone?: string } = {}) {
  const [t, statuses, outcomes, format] = await Promise.all([getTranslations("notify"), getTranslations("intents.status"), getTranslations("negotiations.outcome"), getFormatter()]);
  const tools = {
    t: Object.assign((key: string, values?: Record<string, string>) => t(key as never, values as never), { has: (key: string) => t.has(key as never) }),
    status: (status: string) => (statuses.has(status as never) ? statuses(status as never) : ""),
    outcome: (outcome: string) => (outcomes.has(outcome as never) ? outcomes(outcome as never) : ""),
    dateTime: (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone }),
  };
  return (n: { kind: string; data: Record<string, unknown> }) => notificationText(n, tools);
}
