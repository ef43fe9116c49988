import { getFormatter, getTranslations } from "next-intl/server";
import { Card, CardTitle } from "@/components/ui/card";
import { cn } from "@/components/ui/cn";
import type { ActionState } from "@/lib/actions/action";
import { isClosed } from "@/lib/intents/lifecycle";
import type { IntentStatus } from "@/lib/intents/status";
import { MessageForm } from "./message-form";
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

/** The thread in its card, with the form to write while the intent is open. */
export async function ThreadCard({
  intent,
  messages,
  viewerSide,
  action,
}: {
  intent: { id: number; status: IntentStatus; talentId: string };
  messages: ThreadMessage[];
  viewerSide: "talent" | "employer";
  action: (state: ActionState, data: FormData) => Promise<ActionState>;
}) {
  const t = await getTranslations("intents");
  return (
    <Card>
      <CardTitle>{t("messages")}</CardTitle>
      <div className="mt-4 space-y-4">
        <MessageThread messages={messages} viewerSide={viewerSide} talentId={intent.talentId} />
        {isClosed(intent.status) ? (
          <p className="text-sm text-slate-600">{t("threadClosed")}</p>
        ) : (
          <MessageForm action={action} intentId={intent.id} label={t("writeMessage")} submit={t("send")} />
        )}
      </div>
    </Card>
  );
}
