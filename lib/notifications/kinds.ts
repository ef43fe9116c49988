/**
 * What a notification is about, in words and as a link: pure, so the bell's list, the e-mails
 * and the tests agree. Kinds are "<area>.<event>" (intent.message, booking.created…); data
 * is the row's JSON as its writer left it.
 */
import { NOTIFICATION_CATEGORIES } from "../../db/schema/mail";

export { NOTIFICATION_CATEGORIES };
export type NotificationCategory = (typeof NOTIFICATION_CATEGORIES)[number];
export type RecipientRole = "talent" | "employer" | "operator";

/** Every kind written today, with the category a user turns e-mail on or off by. */
const CATEGORY_OF: Record<string, NotificationCategory> = {
  "intent.submitted": "intents",
  "intent.project_leads": "intents",
  "intent.status_changed": "intents",
  "intent.withdrawn": "intents",
  "intent.reminder": "intents",
  "intent.no_response": "intents",
  "intent.message": "messages",
  "matching.invited": "intents",
  "booking.created": "bookings",
  "booking.rescheduled": "bookings",
  "booking.cancelled": "bookings",
  "booking.outcome": "bookings",
  "booking.reminder": "bookings",
  "saved.expiring": "saved",
  "position.pending_review": "postings",
  "position.approved": "postings",
  "position.rejected": "postings",
  "position.closed": "postings",
  "position.taken_down": "postings",
  "employer.pending_review": "postings",
  "employer.verified": "account",
  "employer.rejected": "account",
  "employer.suspended": "account",
  "report.dismissed": "postings",
  "report.actioned": "postings",
};

export const KNOWN_KINDS = Object.keys(CATEGORY_OF);

export function categoryOf(kind: string): NotificationCategory {
  return CATEGORY_OF[kind] ?? "account";
}

/**
 * E-mail by default for what a person has to act on or would miss (intents, messages,
 * sessions, expiring saved positions, account decisions); postings' review traffic stays in
 * the bell unless asked for.
 */
export const DEFAULT_EMAIL: Record<NotificationCategory, boolean> = {
  intents: true,
  messages: true,
  bookings: true,
  saved: true,
  postings: false,
  account: true,
};

export function wantsEmail(kind: string, preferences: Partial<Record<string, boolean>>): boolean {
  const category = categoryOf(kind);
  return preferences[category] ?? DEFAULT_EMAIL[category];
}

/** The message key under `notify.kind` (dots are key separators there). */
export function messageKey(kind: string): string {
  return kind.replace(/\./g, "_");
}

const positiveInt = (value: unknown): number | null => {
  const n = Number(value);
  return Number.isInteger(n) && n > 0 ? n : null;
};

/** Where the notification leads its recipient: the thing it concerns, as that role sees it. */
export function notificationHref(kind: string, data: Record<string, unknown>, role: RecipientRole): string {
  const intentId = positiveInt(data.intentId);
  const positionId = positiveInt(data.positionId);
  const [area] = kind.split(".");
  if (kind === "intent.project_leads" && role === "employer") return "/employer/intents?kind=project";
  if (intentId && (area === "intent" || area === "booking")) {
    if (role === "talent") return `/talent/intents/${intentId}`;
    if (role === "employer") return `/employer/intents/${intentId}`;
  }
  if (area === "position" || area === "employer") {
    if (role === "operator") return kind.startsWith("employer.") ? "/admin/employers" : "/admin/positions";
    if (area === "position" && positionId) return `/employer/positions/${positionId}`;
    return "/employer/profile";
  }
  if (area === "report") return "/account/reports";
  if (positionId && (area === "saved" || area === "matching")) return `/positions/${positionId}`;
  return "/notifications";
}

/** The values a kind's message may use, all as strings (dates as ISO, formatted by the caller). */
export function messageValues(data: Record<string, unknown>): Record<string, string> {
  const text = (v: unknown) => (v == null ? "" : String(v));
  return {
    title: text(data.title ?? data.positionTitle),
    talentName: text(data.talentName),
    employerName: text(data.employerName),
    name: text(data.name),
    reason: text(data.reason ?? data.resolution),
    days: text(data.days ?? ""),
    count: text(data.count ?? ""),
  };
}
