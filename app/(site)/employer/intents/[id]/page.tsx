import Link from "next/link";
import { notFound } from "next/navigation";
import { getFormatter, getLocale, getTranslations } from "next-intl/server";
import { addIntentNoteAction, sendEmployerMessageAction } from "@/app/(site)/employer/intents/actions";
import { IntentMoveForm } from "@/components/employer/intent-move-form";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IntentStatusBadge } from "@/components/intents/intent-status-badge";
import { IntentTimeline } from "@/components/intents/intent-timeline";
import { MessageForm } from "@/components/intents/message-form";
import { ThreadCard } from "@/components/intents/message-thread";
import { ProjectCard } from "@/components/intents/project-facts";
import { TalentProfileCard } from "@/components/employer/talent-profile-card";
import { EmployerBookingCard } from "@/components/negotiations/employer-booking-card";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { requirePermission } from "@/lib/auth/session";
import { Pager } from "@/components/ui/pager";
import { pageNumber } from "@/lib/forms/fields";
import { parseId } from "@/lib/http/ids";
import { localized } from "@/lib/i18n/localized";
import { DECLINE_REASONS, movesFor } from "@/lib/intents/lifecycle";
import { markIntentViewed, markThreadRead } from "@/lib/intents/mutations";
import { employerHandlesIntent, getEmployerIntent } from "@/lib/intents/queries";
import { getProfileForEmployer } from "@/lib/talents/profile";

export async function generateMetadata() {
  const t = await getTranslations("intents");
  return { title: t("intent") };
}

const pageSchema = pageNumber();

/** The intent's address with the given pages of its thread and notes (1, the first, left out). */
function intentHref(intentId: number, pages: { thread: number; notes: number }, hash: string): string {
  const query = new URLSearchParams(Object.entries(pages).flatMap(([key, page]) => (page > 1 ? [[key, String(page)]] : [])));
  return `/employer/intents/${intentId}${query.size > 0 ? `?${query}` : ""}${hash}`;
}

export default async function EmployerIntentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { id } = await params;
  const query = await searchParams;
  const pages = { thread: pageSchema.parse(query.thread), notes: pageSchema.parse(query.notes) };
  const user = await requirePermission({ action: "account.use" }, `/employer/intents/${id}`);
  await requirePermission({ action: "employer.intents.handle", employerId: user.employerId ?? -1 }, `/employer/intents/${id}`);
  const intentId = parseId(id);
  const actor = { role: "employer" as const, id: user.id, employerId: user.employerId! };
  if (!intentId || !(await employerHandlesIntent({ employerId: actor.employerId, intentId }))) notFound();
  // Opening it is seeing it: the talent learns the intent was viewed, and the messages read.
  await markIntentViewed({ intentId, actor });
  await markThreadRead({ intentId, actor });
  const found = await getEmployerIntent({ employerId: actor.employerId, intentId, threadPage: pages.thread, notesPage: pages.notes });
  if (!found) notFound();
  const { intent, history, thread, project, notes } = found;
  const [t, format, locale, profile] = await Promise.all([getTranslations("intents"), getFormatter(), getLocale(), getProfileForEmployer({ actor: user, talentId: intent.talentId })]);
  const moves = movesFor(intent.status, "employer", intent.kind);
  const target = intent.positionId ? intent.title : localized(locale, intent.platformZh ?? intent.boardZh, intent.platformEn ?? intent.boardEn);
  return (
    <ClientMessages namespaces={["formErrors", "intents", "negotiations", "validation"]}>
      <div className="space-y-6">
        <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
          <Link href="/employer/intents" className="hover:underline">
            {t("pipeline")}
          </Link>
          <span aria-hidden="true"> / </span>
          <span>{intent.talentName}</span>
        </nav>
        <div className="flex flex-col gap-2 border-b border-slate-200 pb-5 sm:flex-row sm:items-end sm:justify-between">
          <div className="min-w-0">
            <h1 className="text-2xl font-bold text-slate-900">{intent.talentName}</h1>
            <p className="mt-1 text-sm text-slate-600">
              {t(`kind.${intent.kind}`)} · {target}
              {intent.positionId ? (
                <>
                  {" · "}
                  <Link href={`/employer/intents?view=list&position=${intent.positionId}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                    {t("positionPipeline")}
                  </Link>
                </>
              ) : null}
            </p>
          </div>
          <div>
            <IntentStatusBadge status={intent.status} />
          </div>
        </div>
        <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
          <div className="min-w-0 space-y-6">
            {intent.message ? (
              <Card>
                <CardTitle>{t("talentMessage")}</CardTitle>
                <p className="mt-2 text-sm whitespace-pre-wrap text-slate-700">{intent.message}</p>
              </Card>
            ) : null}
            {project ? <ProjectCard project={project} /> : null}
            {profile ? <TalentProfileCard profile={profile} /> : <Alert tone="info">{t("profileHidden")}</Alert>}
            <ThreadCard intent={intent} thread={thread} threadHref={(page) => intentHref(intent.id, { ...pages, thread: page }, "")} viewerSide="employer" action={sendEmployerMessageAction} />
          </div>
          <div className="space-y-6">
            <EmployerBookingCard userId={user.id} intentId={intent.id} talentName={intent.talentName} />
            <Card>
              <CardTitle>{t("moveTitle")}</CardTitle>
              <div className="mt-3">{moves.length > 0 ? <IntentMoveForm intentId={intent.id} moves={moves} reasons={DECLINE_REASONS} /> : <p className="text-sm text-slate-600">{t("noMoves")}</p>}</div>
            </Card>
            <Card id="notes">
              <CardTitle>{t("notes")}</CardTitle>
              <p className="mt-1 text-xs text-slate-600">{t("notesHint")}</p>
              <div className="mt-3 space-y-3">
                <MessageForm action={addIntentNoteAction} intentId={intent.id} label={t("writeNote")} submit={t("addNote")} testId="note-form" />
                <ul className="space-y-2">
                  {notes.rows.map((n) => (
                    <li key={n.id} className="rounded-md bg-amber-50 p-2 text-sm text-slate-800 ring-1 ring-amber-200 ring-inset">
                      <p className="whitespace-pre-wrap">{n.body}</p>
                      <p className="mt-1 text-xs text-slate-600">
                        {n.authorName} · {format.dateTime(n.createdAt, { dateStyle: "short", timeStyle: "short" })}
                      </p>
                    </li>
                  ))}
                </ul>
                <Pager page={notes.page} hasMore={notes.hasMore} hrefOf={(page) => intentHref(intent.id, { ...pages, notes: page }, "#notes")} labels={{ previous: t("newerNotes"), next: t("olderNotes") }} />
              </div>
            </Card>
            <Card>
              <CardTitle>{t("timeline")}</CardTitle>
              <div className="mt-4">
                <IntentTimeline events={history} viewerId={user.id} organisation={user.employerName ?? null} />
              </div>
            </Card>
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
