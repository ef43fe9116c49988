import { translatorFor } from "../i18n/translator";
import { type RecipientRole, notificationHref, wantsEmail } from "../notifications/kinds";
import { notificationText } from "../notifications/text";
import { appUrl, type MailMessage } from "./transport";

/**
 * The e-mail of one notification, in the recipient's language, or null when their preferences
 * keep this kind in the bell only.
 */
export function notificationEmail(input: {
  kind: string;
  data: Record<string, unknown>;
  to: string;
  locale: string;
  /** The recipient's own zone (talents choose one); Beijing time otherwise. */
  timeZone?: string | null;
  role: RecipientRole;
  preferences: Partial<Record<string, boolean>>;
}): MailMessage | null {
  if (!wantsEmail(input.kind, input.preferences)) return null;
  const { t, format } = translatorFor(input.locale);
  const text = notificationText(input, {
    t: Object.assign((key: string, values?: Record<string, string>) => t(`notify.${key}` as never, values as never), { has: (key: string) => t.has(`notify.${key}` as never) }),
    status: (status) => (t.has(`intents.status.${status}` as never) ? t(`intents.status.${status}` as never) : ""),
    outcome: (outcome) => (t.has(`negotiations.outcome.${outcome}` as never) ? t(`negotiations.outcome.${outcome}` as never) : ""),
    dateTime: (date) => format.dateTime(date, { dateStyle: "medium", timeStyle: "short", timeZone: input.timeZone ?? "Asia/Shanghai" }),
  });
  const base = appUrl();
  return {
    to: input.to,
    subject: `${text} · ${t("brand.name")}`,
    text: [
      text,
      "",
      `${t("notify.email.open")} ${base}${notificationHref(input.kind, input.data, input.role)}`,
      "",
      `${t("notify.email.preferences")} ${base}/account/notifications`,
    ].join("\n"),
  };
}
