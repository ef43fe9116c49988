import { getFormatter, getTranslations } from "next-intl/server";
import { ButtonLink } from "@/components/ui/button";
import { Card, CardTitle } from "@/components/ui/card";
import { PageHeader } from "@/components/ui/page-header";
import { Stat } from "@/components/ui/stat";
import { requireArea } from "@/lib/auth/session";
import { NotificationList } from "@/components/notifications/notification-list";
import { CompletenessMeter } from "@/components/talent/completeness-meter";
import { getViewerTimeZone } from "@/lib/negotiations/queries";
import { findNotifications } from "@/lib/notifications/queries";
import { getTalentProfile } from "@/lib/talents/profile";
import { getTalentOverview } from "@/lib/talents/queries";

export async function generateMetadata() {
  const t = await getTranslations("talentArea");
  return { title: t("overview") };
}

export default async function TalentHomePage() {
  const user = await requireArea("talent", "/talent");
  const [t, format, overview, { completeness }, notifications, zone] = await Promise.all([
    getTranslations("talentArea"),
    getFormatter(),
    getTalentOverview({ talentId: user.id }),
    getTalentProfile({ talentId: user.id }),
    findNotifications({ userId: user.id, limit: 10 }),
    getViewerTimeZone({ userId: user.id }),
  ]);
  return (
    <div className="space-y-6">
      <PageHeader title={t("welcome", { name: user.name })} description={t("intro")} />
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3">
        <Stat label={t("intents")} value={overview.intents} />
        <Stat label={t("reached")} value={overview.reached} />
        <Stat label={t("saved")} value={overview.saved} className="col-span-2 sm:col-span-1" />
      </dl>
      <Card>
        <CompletenessMeter percent={completeness.percent} missing={completeness.missing} />
        <ButtonLink href="/talent/profile" variant="secondary" className="mt-4">
          {t("editProfile")}
        </ButtonLink>
      </Card>
      <NotificationList notifications={notifications} timeZone={zone.timeZone} />
      <Card>
        <CardTitle>{t("account")}</CardTitle>
        <dl className="mt-3 grid gap-2 text-sm sm:grid-cols-2">
          <div>
            <dt className="text-slate-600">{t("email")}</dt>
            <dd className="font-medium text-slate-900">{user.email}</dd>
          </div>
          <div>
            <dt className="text-slate-600">{t("consentGiven")}</dt>
            <dd className="font-medium text-slate-900">{overview.consentAt ? format.dateTime(overview.consentAt, { dateStyle: "long", timeStyle: "short" }) : "—"}</dd>
          </div>
        </dl>
        <div className="mt-4 flex flex-wrap gap-2">
          <ButtonLink href="/talent/privacy" variant="secondary">
            {t("privacy")}
          </ButtonLink>
          <ButtonLink href="/account" variant="ghost">
            {t("changePassword")}
          </ButtonLink>
        </div>
      </Card>
    </div>
  );
}
