import Link from "next/link";
import { notFound } from "next/navigation";
import { getLocale, getTranslations } from "next-intl/server";
import { sendTalentMessageAction } from "@/app/(site)/talent/intents/actions";
import { ClientMessages } from "@/components/i18n/client-messages";
import { IntentStatusBadge } from "@/components/intents/intent-status-badge";
import { IntentTimeline } from "@/components/intents/intent-timeline";
import { ThreadCard } from "@/components/intents/message-thread";
import { ProjectCard } from "@/components/intents/project-facts";
import { WithdrawForm } from "@/components/intents/withdraw-form";
import { TalentBookingCard } from "@/components/negotiations/talent-booking-card";
import { Alert } from "@/components/ui/alert";
import { Card, CardTitle } from "@/components/ui/card";
import { requireArea } from "@/lib/auth/session";
import { pageNumber } from "@/lib/forms/fields";
import { parseId } from "@/lib/http/ids";
import { localized } from "@/lib/i18n/localized";
import { movesFor } from "@/lib/intents/lifecycle";
import { markThreadRead } from "@/lib/intents/mutations";
import { getTalentIntent } from "@/lib/intents/queries";

export async function generateMetadata() {
  const t = await getTranslations("intents");
  return { title: t("intent") };
}

const pageSchema = pageNumber();

export default async function TalentIntentPage({ params, searchParams }: { params: Promise<{ id: string }>; searchParams: Promise<Record<string, string | undefined>> }) {
  const { id } = await params;
  const user = await requireArea("talent", `/talent/intents/${id}`);
  const intentId = parseId(id);
  const query = await searchParams;
  const found = intentId ? await getTalentIntent({ talentId: user.id, intentId, threadPage: pageSchema.parse(query.thread) }) : null;
  if (!found) notFound();
  const { intent, history, thread, project } = found;
  await markThreadRead({ intentId: intent.id, actor: { role: "talent", id: user.id } });
  const [t, locale] = await Promise.all([getTranslations("intents"), getLocale()]);
  const target = intent.employerName ?? localized(locale, intent.platformZh ?? intent.boardZh, intent.platformEn ?? intent.boardEn);
  const reason = intent.declineReason ? (t.has(`reason.${intent.declineReason}`) ? t(`reason.${intent.declineReason}` as never) : intent.declineReason) : null;
  return (
    <ClientMessages namespaces={["dialog", "formErrors", "intents", "negotiations", "validation"]}>
      <div className="space-y-6">
        <nav aria-label={t("breadcrumb")} className="text-sm text-slate-600">
          <Link href="/talent/intents" className="hover:underline">
            {t("myIntents")}
          </Link>
          <span aria-hidden="true"> / </span>
          <span>{intent.title}</span>
        </nav>
        {query.registered ? <Alert tone="success">{t("registered")}</Alert> : null}
        {query.existing ? <Alert tone="info">{t("alreadyRegistered")}</Alert> : null}
        <div className="flex flex-col gap-2 border-b border-slate-200 pb-5 sm:flex-row sm:items-end sm:justify-between">
          <div className="min-w-0">
            <h1 className="text-2xl font-bold text-slate-900">{intent.title}</h1>
            <p className="mt-1 text-sm text-slate-600">
              {intent.kind === "project" ? t("kind.project") : t("kind.employment")} · {target}
              {intent.positionId ? (
                <>
                  {" · "}
                  <Link href={`/positions/${intent.positionId}`} className="text-brand-700 underline underline-offset-2 hover:text-brand-800">
                    {t("viewPosition")}
                  </Link>
                </>
              ) : null}
            </p>
          </div>
          <div className="flex items-center gap-3">
            <IntentStatusBadge status={intent.status} />
            {movesFor(intent.status, "talent", intent.kind).includes("withdraw") ? <WithdrawForm intentId={intent.id} /> : null}
          </div>
        </div>
        {reason ? <Alert tone="warning">{t("declinedBecause", { reason })}</Alert> : null}
        <div className="grid gap-6 lg:grid-cols-[1fr_22rem]">
          <div className="min-w-0 space-y-6">
            <ThreadCard intent={intent} thread={thread} threadHref={(page) => `/talent/intents/${intent.id}${page > 1 ? `?thread=${page}` : ""}`} viewerSide="talent" action={sendTalentMessageAction} />
            {intent.message ? (
              <Card>
                <CardTitle>{t("yourMessage")}</CardTitle>
                <p className="mt-2 text-sm whitespace-pre-wrap text-slate-700">{intent.message}</p>
              </Card>
            ) : null}
          </div>
          <div className="space-y-6">
            <TalentBookingCard talentId={user.id} intent={intent} />
            <Card>
              <CardTitle>{t("timeline")}</CardTitle>
              <div className="mt-4">
                <IntentTimeline events={history} viewerId={user.id} organisation={intent.employerName} />
              </div>
            </Card>
            {project ? <ProjectCard project={project} /> : null}
          </div>
        </div>
      </div>
    </ClientMessages>
  );
}
