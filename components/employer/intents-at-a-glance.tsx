import { getTranslations } from "next-intl/server";
import { NotificationList } from "@/components/notifications/notification-list";
import { ButtonLink } from "@/components/ui/button";
import { Stat } from "@/components/ui/stat";
import { countUnansweredIntents } from "@/lib/intents/queries";
import { findNotifications } from "@/lib/notifications/queries";

/** On the employer's overview: intents waiting for an answer (no ghosting) and the latest notifications. */
export async function IntentsAtGlance({ userId, employerId }: { userId: string; employerId: number }) {
  const [t, waiting, notifications] = await Promise.all([getTranslations("intents"), countUnansweredIntents({ employerId }), findNotifications({ userId, limit: 10 })]);
  return (
    <>
      <div className="flex flex-col gap-3 sm:flex-row sm:items-end">
        <dl className="sm:w-72">
          <Stat label={t("waiting")} value={waiting} detail={t("waitingDetail")} />
        </dl>
        <ButtonLink href="/employer/intents">{t("openPipeline")}</ButtonLink>
      </div>
      <NotificationList notifications={notifications} />
    </>
  );
}
