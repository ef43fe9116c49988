import { messageKey, messageValues } from "./kinds";

/** The few translation abilities a notification's sentence needs, from next-intl on a page or in an e-mail. */
export interface NotificationTextTools {
  /** Translates a key under `notify` (or says it has none). */
  t: { (key: string, values?: Record<string, string>): string; has(key: string): boolean };
  /** An intent status's name (intents.status.*), or "" when unknown. */
  status(status: string): string;
  /** A negotiation outcome's name (negotiations.outcome.*), or "" when unknown. */
  outcome(outcome: string): string;
  dateTime(date: Date): string;
}

function date(value: unknown, tools: NotificationTextTools): string {
  if (typeof value !== "string" && !(value instanceof Date)) return "";
  const d = new Date(value);
  return Number.isNaN(d.getTime()) ? "" : tools.dateTime(d);
}

/** One line saying what happened, in the tools' language. */
export function notificationText(n: { kind: string; data: Record<string, unknown> }, tools: NotificationTextTools): string {
  const key = `kind.${messageKey(n.kind)}`;
  if (!tools.t.has(key)) return tools.t("other");
  return tools.t(key, {
    ...messageValues(n.data),
    status: typeof n.data.to === "string" ? tools.status(n.data.to) : "",
    outcome: typeof n.data.outcome === "string" ? tools.outcome(n.data.outcome) : "",
    startsAt: date(n.data.startsAt ?? n.data.closesAt, tools),
    previousStartsAt: date(n.data.previousStartsAt, tools),
  });
}
