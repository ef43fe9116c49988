import "server-only";
import { getFormatter, getTranslations } from "next-intl/server";
import { notificationText } from "@/lib/notifications/text";

/** The sentence of each notification, in the visitor's language (the e-mails use the recipient's). */
export async function getNotificationTexter() {
  const [t, statuses, format] = await Promise.all([getTranslations("notify"), getTranslations("intents.status"), getFormatter()]);
  const tools = {
    t: Object.assign((key: string, values?: Record<string, string>) => t(key as never, values as never), { has: (key: string) => t.has(key as never) }),
    status: (status: string) => (statuses.has(status as never) ? statuses(status as never) : ""),
    dateTime: (date: Date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short" }),
  };
  return (n: { kind: string; data: Record<string, unknown> }) => notificationText(n, tools);
}
