import { getFormatter, getTranslations } from "next-intl/server";
import type { IntentStatus } from "@/lib/intents/status";

export interface TimelineEvent {
  id: number;
  fromStatus: IntentStatus | null;
  toStatus: IntentStatus;
  note: string | null;
  createdAt: Date;
  actorId: string | null;
  actorName: string | null;
  actorRole: "talent" | "employer" | "operator" | null;
}

/** Every move of an intent: to what, by whom, when (the talent sees the whole of it). */
export async function IntentTimeline({ events, viewerId, organisation }: { events: TimelineEvent[]; viewerId: string; organisation: string | null }) {
  const [t, format] = await Promise.all([getTranslations("intents"), getFormatter()]);
  const who = (e: TimelineEvent) =>
    e.actorId === viewerId ? t("you") : e.actorId == null ? t("system") : e.actorRole === "employer" ? (organisation ?? e.actorName ?? "") : (e.actorName ?? "");
  return (
    <ol className="relative space-y-4 border-l-2 border-slate-200 pl-5" aria-label={t("timeline")}>
      {events.map((e) => (
        <li key={e.id} className="relative" data-testid="timeline-step">
          <span aria-hidden="true" className="absolute top-1.5 -left-[1.6rem] size-3 rounded-full bg-brand-600 ring-4 ring-white" />
          <p className="font-medium text-slate-900">{t(`status.${e.toStatus}`)}</p>
          <p className="text-sm text-slate-600">
            {who(e)} · <time dateTime={e.createdAt.toISOString()}>{format.dateTime(e.createdAt, { dateStyle: "medium", timeStyle: "short" })}</time>
          </p>
          {e.note ? <p className="mt-1 text-sm text-slate-700">{t.has(`reason.${e.note}`) ? t(`reason.${e.note}` as never) : e.note}</p> : null}
        </li>
      ))}
    </ol>
  );
}
