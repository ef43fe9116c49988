import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { ActionState } from "@/lib/actions/action";
import { isClosed } from "@/lib/intents/lifecycle";
import type { IntentStatus } from "@/lib/intents/status";
import { MessageForm } from "./message-form";
import { ButtonLink } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";

export interface ThreadMessage {
  id: number;
  senderId: string | null;
  senderName: string | null;
  body: string;
  readAt: Date | null;
  createdAt: Date;
}

/** The talent–employer thread; one's own messages say whether the other side has read them. */
export async function MessageThread({ messages, viewerSide, talentId }: { messages: ThreadMessage[]; viewerSide: "talent" | "employer"; talentId: string }) {
  const [t, format] = await Promise.all([getTranslations("intents"), getFormatter()]);
  if (messages.length === 0) return <EmptyState title={t("noMessages")} />;
  return (
    <ul className="space-y-3" aria-label={t("messages")}>
      {messages.map((m) => {
        const fromTalent = m.senderId === talentId;
        const mine = viewerSide === "talent" ? fromTalent : !fromTalent;
        return (
          <li key={m.id} className={cn("flex", mine ? "justify-end" : "justify-start")} data-testid="message">
            <div className={cn("max-w-[85%] rounded-lg px-3 py-2 text-sm", mine ? "bg-brand-600 text-white" : "bg-slate-100 text-slate-900")}>
              <p className={cn("text-xs", mine ? "text-brand-100" : "text-slate-600")}>
                {mine ? t("you") : (m.senderName ?? "")} · {format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" })}
              </p>
              <p className="mt-1 break-words whitespace-pre-wrap">{m.body}</p>
              {mine ? <p className="mt-1 text-right text-xs text-brand-100">{m.readAt ? t("read") : t("unread")}</p> : null}
            </div>
          </li>
        );
      })}
    </ul>
  );
}

/** A page of the thread (lib/intents/queries.ts THREAD_PAGE), page 1 holding the latest messages. */
export interface ThreadPage {
  rows: ThreadMessage[];
  page: number;
  hasMore: boolean;
}

/**
 * The thread in its card, with the form to write while the intent is open. A long thread shows
 * its latest page; a link above it leads to earlier messages, and one below back towards the latest.
 * A message sent from an earlier page takes its writer to the latest, where it shows.
 */
export async function ThreadCard({
  intent,
  thread,
  threadHref,
  viewerSide,
  action,
}: {
  intent: { id: number; status: IntentStatus; talentId: string };
  thread: ThreadPage;
  /** The page's own address showing page `page` of the thread (1: the latest). */
  threadHref: (page: number) => string;
  viewerSide: "talent" | "employer";
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
}) {
  const t = await getTranslations("intents");
  const link = (page: number, label: string, rel: "prev" | "next") => (
    <ButtonLink href={`${threadHref(page)}#messages`} variant="ghost" size="sm" rel={rel}>
      {label}
    </ButtonLink>
  );
  return (
    <Card id="messages">
      <CardTitle>{t("messages")}</CardTitle>
      <div className="mt-4 space-y-4">
        {thread.hasMore ? <nav aria-label={t("earlierMessages")}>{link(thread.page + 1, t("earlierMessages"), "next")}</nav> : null}
        <MessageThread messages={thread.rows} viewerSide={viewerSide} talentId={intent.talentId} />
        {thread.page > 1 ? <nav aria-label={t("laterMessages")} className="flex justify-end">{link(thread.page - 1, t("laterMessages"), "prev")}</nav> : null}
        {isClosed(intent.status) ? (
          <p className="text-sm text-slate-600">{t("threadClosed")}</p>
        ) : (
          <MessageForm
            action={action}
            intentId={intent.id}
            label={t("writeMessage")}
            submit={t("send")}
            sentHref={thread.page > 1 ? `${threadHref(1)}#messages` : undefined}
          />
        )}
      </div>
    </Card>
  );
}
